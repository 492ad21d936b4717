import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fmtRange, marked } from '../helpers/marked';
import { service, VALID } from '../helpers/service';

/** The hover markdown at the `|` cursor, or undefined. */
function hoverAt(source: string): { text: string; range: string } | undefined {
  const m = marked(source, { cursor: true });
  const h = service.hover(service.parse(m.text), m.cursor!);
  if (!h) return undefined;
  return { text: (h.contents as { value: string }).value, range: h.range ? fmtRange(h.range) : '' };
}

/** VALID with the cursor placed before the `n`th occurrence of `needle`, shifted by `shift`. */
function inValid(needle: string, shift = 1, n = 1): string {
  let at = -1;
  for (let i = 0; i < n; i++) at = VALID.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return VALID.slice(0, at + shift) + '|' + VALID.slice(at + shift);
}

describe('hover', () => {
  it('explains a block key in the source article’s terms, with an example', () => {
    const h = hoverAt(inValid('\ngatekeepers:', 2))!;
    assert.match(h.text, /block 3 of 9/);
    assert.match(h.text, /get past the secretary/);
    assert.match(h.text, /```yaml/);
    assert.match(h.range, /^\d+:0-\d+:11$/);
  });
  it('describes a field with its allowed values', () => {
    const h = hoverAt(inValid('    role: economic_buyer', 5))!;
    assert.match(h.text, /\*\*`role`\*\*/);
    assert.match(h.text, /buying role/);
    assert.match(h.text, /Allowed values: `economic_buyer`, `technical_buyer`/);
  });
  it('marks required fields and reference fields', () => {
    const h = hoverAt(inValid('  - for: cfo', 4))!;
    assert.match(h.text, /required/);
    assert.match(h.text, /decision maker/);
  });
  it('shows the suggested sources of identification', () => {
    assert.match(hoverAt(inValid('  - source: website', 5))!.text, /Suggested values: `website`, `linkedin`/);
  });
  it('shows the referenced decision maker on an id reference', () => {
    const h = hoverAt(inValid('finds: [ceo, cfo, coo]', 14))!;
    assert.match(h.text, /`cfo`.*Chief Financial Officer/);
    assert.match(h.text, /role: `economic_buyer`/);
    assert.match(h.text, /interests: Working-capital tied up in stock; Predictable licence cost/);
    assert.equal(h.range.split('-')[1].split(':')[1], String(Number(h.range.split('-')[0].split(':')[1]) + 3));
  });
  it('shows the referenced stage on a stage reference and on a definition', () => {
    const h = hoverAt(inValid('stage: discovery', 9))!;
    assert.match(h.text, /`discovery`.*Discovery workshop.*stage/);
    assert.match(h.text, /goal: Pains quantified/);
    const d = hoverAt(inValid('- id: won', 7))!;
    assert.match(d.text, /Contract signed/);
    assert.match(d.text, /referenced \d+ times?/);
  });
  it('marks required fields of a transition', () => {
    assert.match(hoverAt(inValid('{ to: lost', 3))!.text, /\*\*`to`\*\* \(text, required\)/);
  });
  it('says so when a reference names no entry', () => {
    const h = hoverAt('tactic: T\npositioning:\n  - for: c|to\n    as: x\n')!;
    assert.match(h.text, /No decision maker with the id `cto`/);
  });
  it('gives the field description on an enum value', () => {
    const h = hoverAt(inValid('    influence: high', 16))!;
    assert.match(h.text, /weight/);
    assert.match(h.text, /Here: `high`/);
  });
  it('returns nothing on blank space or a comment, and survives broken text', () => {
    assert.equal(hoverAt('tactic: T\n\n|\n'), undefined);
    assert.equal(hoverAt('# just a comm|ent\ntactic: T\n'), undefined);
    assert.doesNotThrow(() => hoverAt('tactic: [unclosed\nrisks:\n  - ri|sk: x\n'));
  });
});
