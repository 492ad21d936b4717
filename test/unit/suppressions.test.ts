import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fmtRange, marked } from '../helpers/marked';
import { findings, rangesOf } from '../helpers/service';

/** Empty identification/positioning blocks: every decision maker gets two information findings. */
const HEAD = 'tactic: T\nidentification: []\npositioning: []\n';
const dm = (id: string) => `  - id: ${id}\n    title: ${id.toUpperCase()}\n`;
const codesAt = (text: string) => findings(text).map((d) => `${d.range.start.line + 1} ${d.code}`);

describe('# tactic-lint-disable-next-line', () => {
  it('suppresses the named rule on the next line only', () => {
    const text = `${HEAD}decision_makers:\n${dm('cfo')}  # tactic-lint-disable-next-line unidentified-decision-maker\n${dm('coo')}${dm('cto')}`;
    const lines = rangesOf(text, 'unidentified-decision-maker');
    assert.deepEqual(lines.map((r) => r.split(':')[0]), ['5', '10']); // cfo and cto, not coo (line 8)
    // the other rule on the suppressed line still fires
    assert.ok(codesAt(text).includes('8 unpositioned-decision-maker'));
  });

  it('takes a comma-separated list, and a reason after --', () => {
    const text = `${HEAD}decision_makers:\n  # tactic-lint-disable-next-line unidentified-decision-maker, unpositioned-decision-maker -- met at a fair\n${dm('cfo')}`;
    assert.deepEqual(codesAt(text).filter((c) => c.startsWith('6 ')), []);
    assert.deepEqual(findings(text, 'unknown-suppression'), []);
  });

  it('without a rule list suppresses every rule on the next line', () => {
    const text = `${HEAD}decision_makers:\n  # tactic-lint-disable-next-line\n${dm('cfo')}${dm('coo')}`;
    assert.deepEqual(codesAt(text).filter((c) => c.startsWith('6 ')), []);
    assert.ok(codesAt(text).includes('8 unidentified-decision-maker'));
  });

  it('works as a trailing comment too: it is about the line after it', () => {
    const text = `${HEAD}decision_makers: # tactic-lint-disable-next-line unidentified-decision-maker\n${dm('cfo')}`;
    assert.deepEqual(rangesOf(text, 'unidentified-decision-maker'), []);
  });

  it('counts lines the way editors do, with CRLF and lone CR line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = `${HEAD}decision_makers:\n  # tactic-lint-disable-next-line unidentified-decision-maker\n${dm('cfo')}${dm('coo')}`.replace(/\n/g, eol);
      assert.deepEqual(rangesOf(text, 'unidentified-decision-maker').map((r) => r.split(':')[0]), ['8'], JSON.stringify(eol));
    }
  });
});

describe('# tactic-lint-disable', () => {
  it('suppresses a rule in the whole file, wherever the comment is', () => {
    const text = `${HEAD}decision_makers:\n${dm('cfo')}${dm('coo')}# tactic-lint-disable unidentified-decision-maker\n`;
    assert.deepEqual(rangesOf(text, 'unidentified-decision-maker'), []);
    assert.equal(rangesOf(text, 'unpositioned-decision-maker').length, 2);
  });

  it('can suppress yaml-syntax findings too', () => {
    const text = '# tactic-lint-disable yaml-syntax, missing-block, missing-sales-cycle, no-economic-buyer, no-coach\ntactic: T\ntactic: again\n';
    assert.deepEqual(findings(text).map((d) => d.code), []);
    assert.ok(findings(text.split('\n').slice(1).join('\n')).some((d) => d.code === 'yaml-syntax'));
  });
});

describe('what is not a suppression', () => {
  it('a # inside a quoted or block scalar is text, not a comment', () => {
    const text = `${HEAD}description: "# tactic-lint-disable missing-block"\nproduct: |\n  # tactic-lint-disable missing-sales-cycle\n`;
    const codes = findings(text).map((d) => d.code);
    assert.ok(codes.includes('missing-block'));
    assert.ok(codes.includes('missing-sales-cycle'));
    assert.deepEqual(findings(text, 'unknown-suppression'), []);
  });

  it('an ordinary comment mentioning the words is ignored', () => {
    const text = `${HEAD}# see tactic-lint-disable in the README\n`;
    assert.ok(findings(text).some((d) => d.code === 'missing-block'));
    assert.deepEqual(findings(text, 'unknown-suppression'), []);
  });
});

describe('unknown-suppression', () => {
  it('reports an unknown rule name on exactly that word, with a suggestion', () => {
    const m = marked(`${HEAD}# tactic-lint-disable missing-block, ⟦missing-blok⟧ -- typo\n`);
    const ds = findings(m.text, 'unknown-suppression');
    assert.deepEqual(ds.map((d) => fmtRange(d.range)), m.ranges.map(fmtRange));
    assert.match(String(ds[0].message), /`missing-blok` is not a lint rule.*Did you mean `missing-block`\?/);
    assert.equal(ds[0].severity, 2);
    // the known name in the same comment still works
    assert.deepEqual(findings(m.text, 'missing-block'), []);
  });

  it('a list of only unknown names suppresses nothing (it never means "every rule")', () => {
    const text = `${HEAD}# tactic-lint-disable nonsense\n`;
    assert.ok(findings(text).some((d) => d.code === 'missing-block'));
    assert.equal(findings(text, 'unknown-suppression').length, 1);
  });

  it('reports a misspelt directive', () => {
    const m = marked(`${HEAD}decision_makers:\n  # ⟦tactic-lint-disable-line⟧ unidentified-decision-maker\n${dm('cfo')}`);
    const ds = findings(m.text, 'unknown-suppression');
    assert.deepEqual(ds.map((d) => fmtRange(d.range)), m.ranges.map(fmtRange));
    assert.match(String(ds[0].message), /Did you mean `tactic-lint-disable(-next-line)?`\?/);
    assert.equal(rangesOf(m.text, 'unidentified-decision-maker').length, 1);
  });

  it('follows the configured severity and can be turned off', () => {
    const text = `${HEAD}# tactic-lint-disable nonsense\n`;
    assert.equal(findings(text, 'unknown-suppression', { rules: { 'unknown-suppression': 'error' }, staleReviewDays: 90 })[0].severity, 1);
    assert.deepEqual(findings(text, 'unknown-suppression', { rules: { 'unknown-suppression': 'off' }, staleReviewDays: 90 }), []);
  });

  it('comes out unchanged from refused input (binary text is never parsed for comments)', () => {
    assert.deepEqual(findings('# tactic-lint-disable nonsense\ntactic: a\0b\n').map((d) => d.code), ['yaml-syntax']);
  });
});
