import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTextEdits } from '../helpers/edits';
import { fmtRange, marked } from '../helpers/marked';
import { findings, service, VALID } from '../helpers/service';

/** VALID with the cursor inside the `n`th occurrence of `needle` (1-based), `shift` chars in. */
function cursorIn(needle: string, shift = 1, n = 1) {
  let at = -1;
  for (let i = 0; i < n; i++) at = VALID.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return marked(VALID.slice(0, at + shift) + '|' + VALID.slice(at + shift), { cursor: true });
}
const parsedValid = service.parse(VALID);
const lineOf = (needle: string, n = 1) => {
  let at = -1;
  for (let i = 0; i < n; i++) at = VALID.indexOf(needle, at + 1);
  return VALID.slice(0, at).split('\n').length; // 1-based, as fmtRange prints
};

describe('definition', () => {
  it('goes from a reference to the decision maker, stage and from a flow list item', () => {
    const m = cursorIn('finds: [it_head', 9);
    assert.deepEqual(service.definition(parsedValid, m.cursor!).map(fmtRange), [`${lineOf('- id: it_head')}:8-${lineOf('- id: it_head')}:15`]);
    const s = cursorIn('stage: demo', 8);
    assert.deepEqual(service.definition(parsedValid, s.cursor!).map(fmtRange), [`${lineOf('- id: demo')}:10-${lineOf('- id: demo')}:14`]);
    const t = cursorIn('{ to: won', 7);
    assert.equal(service.definition(parsedValid, t.cursor!).length, 1);
  });
  it('finds nothing away from ids or for an undefined id', () => {
    assert.deepEqual(service.definition(parsedValid, cursorIn('title: Chief', 9).cursor!), []);
    const m = marked('tactic: T\npositioning:\n  - for: c|to\n    as: x\n', { cursor: true });
    assert.deepEqual(service.definition(service.parse(m.text), m.cursor!), []);
  });
});

describe('references and highlights', () => {
  it('lists every use of a decision maker id, with or without its definition', () => {
    const m = cursorIn('- id: it_head', 8);
    const all = service.references(parsedValid, m.cursor!, true);
    const uses = service.references(parsedValid, m.cursor!, false);
    assert.equal(all.length, uses.length + 1);
    const expected = (VALID.match(/\bit_head\b/g) ?? []).length;
    assert.equal(all.length, expected);
  });
  it('covers start, next, to and stage references of a stage', () => {
    const m = cursorIn('- id: discovery', 8);
    const lines = service.references(parsedValid, m.cursor!, false).map((r) => r.start.line + 1);
    assert.ok(lines.includes(lineOf('stage: discovery')));
    assert.ok(lines.includes(lineOf('        - discovery')));
    assert.ok(lines.includes(lineOf('to: discovery')));
  });
  it('highlights the definition as a write and the references as reads', () => {
    const m = cursorIn('steps: [it_head, coo, cfo]', 18);
    const hs = service.documentHighlights(parsedValid, m.cursor!);
    assert.equal(hs.filter((h) => h.kind === 3).length, 1);
    assert.ok(hs.filter((h) => h.kind === 2).length >= 5);
  });
});

describe('rename', () => {
  it('prepares on an id and refuses elsewhere with a message', () => {
    const ok = service.prepareRename(parsedValid, cursorIn('finds: [cfo', 9).cursor!);
    assert.ok('range' in ok && ok.placeholder === 'cfo');
    const no = service.prepareRename(parsedValid, cursorIn('title: Chief', 9).cursor!);
    assert.ok('error' in no && /Only ids can be renamed/.test(no.error));
  });
  it('renames a decision maker everywhere and the result stays valid', () => {
    const r = service.rename(parsedValid, cursorIn('finds: [cfo', 9).cursor!, 'finance_director');
    assert.ok('edits' in r);
    const text = applyTextEdits(VALID, r.edits);
    assert.equal((text.match(/\bcfo\b/g) ?? []).length, 0);
    assert.equal((text.match(/\bfinance_director\b/g) ?? []).length, (VALID.match(/\bcfo\b/g) ?? []).length);
    assert.deepEqual(findings(text).map((d) => d.message), []);
    assert.ok(text.includes('# Account-penetration tactic'));
  });
  it('renames a stage from a transition', () => {
    const r = service.rename(parsedValid, cursorIn('{ to: nurture', 8).cursor!, 'follow-up');
    assert.ok('edits' in r);
    const text = applyTextEdits(VALID, r.edits);
    assert.ok(text.includes('- id: follow-up') && !/\bnurture\b/.test(text.replace(/Nurture/g, '')));
    assert.deepEqual(findings(text).map((d) => d.message), []);
  });
  it('renames an approval chain id', () => {
    const r = service.rename(parsedValid, cursorIn('- id: board', 7).cursor!, 'board_approval');
    assert.ok('edits' in r && r.edits.length === 1);
  });
  it('keeps quotes around quoted ids', () => {
    const m = marked(`tactic: T\ndecision_makers:\n  - id: "cfo"\n    title: CFO\npositioning:\n  - for: 'c|fo'\n    as: x\n`, { cursor: true });
    const r = service.rename(service.parse(m.text), m.cursor!, 'cto');
    assert.ok('edits' in r);
    assert.equal(applyTextEdits(m.text, r.edits), m.text.replace('"cfo"', '"cto"').replace("'cfo'", "'cto'"));
  });
  it('rejects an invalid or clashing new id with a clear message', () => {
    const at = cursorIn('finds: [cfo', 9).cursor!;
    const bad = service.rename(parsedValid, at, 'Finance Director');
    assert.ok('error' in bad && /not a valid id/.test(bad.error));
    const digit = service.rename(parsedValid, at, '1cfo');
    assert.ok('error' in digit);
    const clash = service.rename(parsedValid, at, 'coo');
    assert.ok('error' in clash && /already exists/.test(clash.error), JSON.stringify(clash));
    const yamlWord = service.rename(parsedValid, at, 'null');
    assert.ok('error' in yamlWord);
    // an id of another kind is no clash: stages and decision makers are separate
    const other = service.rename(parsedValid, at, 'demo');
    assert.ok('edits' in other);
  });
});
