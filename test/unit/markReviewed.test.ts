/** Mark as Reviewed (service/authoring/markReviewed.ts) and the stale-review quick fix. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTextEdits, commentsOf } from '../helpers/edits';
import { findings, service, VALID } from '../helpers/service';

const DATE = '2026-11-29';
const mark = (text: string, date = DATE) => applyTextEdits(text, service.markReviewed(service.parse(text), date));

/** The result parses without problems, has `reviewed: DATE` and every comment of the original. */
function assertMarked(before: string, after: string): void {
  assert.deepEqual(service.parse(after).doc.problems.map((p) => p.message), [], after);
  assert.deepEqual(commentsOf(after), commentsOf(before), 'comments intact');
  assert.equal(findings(after, 'stale-review').length, 0);
  const root = service.parse(after).doc.value as Record<string, unknown>;
  assert.equal(root.reviewed, DATE);
}

describe('markReviewed', () => {
  it('replaces just the value when present, keeping the comment after it', () => {
    const text = 'tactic: T\nreviewed: 2020-01-01 # last QBR\nrisks: []\n';
    const after = mark(text);
    assert.equal(after, 'tactic: T\nreviewed: 2026-11-29 # last QBR\nrisks: []\n');
    assertMarked(text, after);
  });

  it('keeps the quotes of a quoted value', () => {
    assert.equal(mark('tactic: T\nreviewed: "2020-01-01"\n'), 'tactic: T\nreviewed: "2026-11-29"\n');
    assert.equal(mark("tactic: T\nreviewed: '2020-01-01'  # q\n"), "tactic: T\nreviewed: '2026-11-29'  # q\n");
  });

  it('fills an empty value after the colon', () => {
    assert.equal(mark('tactic: T\nreviewed:\nrisks: []\n'), 'tactic: T\nreviewed: 2026-11-29\nrisks: []\n');
    assert.equal(mark('tactic: T\nreviewed: # to do\n'), 'tactic: T\nreviewed: 2026-11-29 # to do\n');
    assert.equal(mark('tactic: T\nreviewed: ~\n'), 'tactic: T\nreviewed: 2026-11-29\n');
  });

  it('inserts the key after the header keys that come before it, not at the top or the bottom', () => {
    const text = '# Segment tactic\ntactic: T # title\naccount: A\nowner: O # who\n\n# what it is\ndescription: >\n  d\ndecision_makers: []\n';
    const after = mark(text);
    assert.equal(after, '# Segment tactic\ntactic: T # title\naccount: A\nowner: O # who\nreviewed: 2026-11-29\n\n# what it is\ndescription: >\n  d\ndecision_makers: []\n');
    assertMarked(text, after);
  });

  it('inserts after the last header key written, whatever the order, and after a multi-line value', () => {
    assert.equal(mark('owner: >\n  long\n  text\ntactic: T\nrisks: []\n'), 'owner: >\n  long\n  text\ntactic: T\nreviewed: 2026-11-29\nrisks: []\n');
    assert.equal(mark('tactic: T\nowner: |\n  a\n  b\nrisks: []\n'), 'tactic: T\nowner: |\n  a\n  b\nreviewed: 2026-11-29\nrisks: []\n');
  });

  it('opens the mapping with it when there is no header key, and ends a file without a final line break', () => {
    assert.equal(mark('# c\nrisks: []\n'), '# c\nreviewed: 2026-11-29\nrisks: []\n');
    assert.equal(mark('tactic: T'), 'tactic: T\nreviewed: 2026-11-29');
  });

  it('works in a flow mapping', () => {
    assert.equal(mark('{tactic: T, owner: O, risks: []}\n'), '{tactic: T, owner: O, reviewed: 2026-11-29, risks: []}\n');
    assert.equal(mark('{risks: []}\n'), '{reviewed: 2026-11-29, risks: []}\n');
    assert.equal(mark('{tactic: T, reviewed: 2020-01-01}\n'), '{tactic: T, reviewed: 2026-11-29}\n');
    assert.equal(mark('{tactic: T, reviewed: }\n'), '{tactic: T, reviewed: 2026-11-29 }\n');
  });

  it('keeps CRLF line ends and a BOM', () => {
    assert.equal(mark('\uFEFFtactic: T\r\nowner: O\r\nrisks: []\r\n'), '\uFEFFtactic: T\r\nowner: O\r\nreviewed: 2026-11-29\r\nrisks: []\r\n');
    assert.equal(mark('\uFEFFrisks: []\r\n'), '\uFEFFreviewed: 2026-11-29\r\nrisks: []\r\n');
    assert.equal(mark('tactic: T\r\nreviewed: 2020-01-01\r\n'), 'tactic: T\r\nreviewed: 2026-11-29\r\n');
  });

  it('changes only the reviewed line of the realistic example', () => {
    const after = mark(VALID);
    const changed = VALID.split('\n').map((l, i) => [l, after.split('\n')[i]]).filter(([a, b]) => a !== b);
    assert.deepEqual(changed, [['reviewed: 2026-11-02', 'reviewed: 2026-11-29']]);
  });

  it('does nothing when already up to date, for a bad date, for a non-mapping, or to insert into broken YAML', () => {
    assert.deepEqual(service.markReviewed(service.parse('tactic: T\nreviewed: 2026-11-29\n'), DATE), []);
    assert.deepEqual(service.markReviewed(service.parse('tactic: T\n'), '29.11.2026'), []);
    assert.deepEqual(service.markReviewed(service.parse('- a\n- b\n'), DATE), []);
    assert.deepEqual(service.markReviewed(service.parse('tactic: "T\nrisks: [\n'), DATE), []);
  });

  it('replaces the value of a broken document when the key is there', () => {
    assert.equal(mark('tactic: T\nreviewed: 2020-01-01\nrisks: [\n'), 'tactic: T\nreviewed: 2026-11-29\nrisks: [\n');
  });

  it('defaults to today of the service clock', () => {
    const text = 'tactic: T\nreviewed: 2020-01-01\n';
    assert.equal(applyTextEdits(text, service.markReviewed(service.parse(text))), `tactic: T\nreviewed: ${DATE}\n`);
  });
});

describe('quick fix: stale-review', () => {
  const text = 'tactic: T # x\nreviewed: 2020-01-01 # old\n';
  const parsed = service.parse(text);
  const stale = service.validate(parsed).filter((d) => d.code === 'stale-review');

  it('offers Mark as reviewed today, which sets today and clears the finding', () => {
    assert.equal(stale.length, 1);
    const actions = service.codeActions(parsed, stale, ['quickfix']);
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [[`Mark as reviewed today (${DATE})`, 'quickfix', true]]);
    const after = applyTextEdits(text, actions[0].edits);
    assert.equal(after, 'tactic: T # x\nreviewed: 2026-11-29 # old\n');
    assert.deepEqual(findings(after, 'stale-review'), []);
  });

  it('is not part of Fix all, and not offered when only source actions are asked for', () => {
    assert.deepEqual(service.codeActions(parsed, stale, ['source.fixAll.tactic']).filter((a) => a.title.startsWith('Mark')), []);
    const fixAll = service.codeActions(parsed, [], ['source.fixAll.tactic'])[0];
    assert.ok(!fixAll || !applyTextEdits(text, fixAll.edits).includes(DATE));
  });
});
