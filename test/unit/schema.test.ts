import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fmtRange, marked } from '../helpers/marked';
import { findings } from '../helpers/service';

/** The schema findings of a ⟦marked⟧ text: their ranges must be exactly the marked ones. */
function schemaFindings(source: string): string[] {
  const m = marked(source);
  const ds = findings(m.text, 'schema');
  assert.deepEqual(ds.map((d) => fmtRange(d.range)), m.ranges.map(fmtRange), 'schema ranges');
  return ds.map((d) => String(d.message));
}

describe('ajv errors mapped to YAML ranges', () => {
  it('an unknown key points at the key and suggests the near name', () => {
    const [msg] = schemaFindings('tactic: T\n⟦decison_makers⟧: []\n');
    assert.match(msg, /`decison_makers` is not a field of the tactic\. Did you mean `decision_makers`\?/);
  });

  it('an unknown key in an entry names the entry kind', () => {
    const [msg] = schemaFindings('tactic: T\ndecision_makers:\n  - id: a\n    title: A\n    ⟦nmae⟧: Ann\n');
    assert.match(msg, /not a field of a decision maker\. Did you mean `name`\?/);
  });

  it('a bad enum value points at the value and lists the allowed ones', () => {
    const [msg] = schemaFindings('tactic: T\ndecision_makers:\n  - id: a\n    title: A\n    role: ⟦boss⟧\n');
    assert.match(msg, /`boss` is not a valid `role`\. Use one of: `economic_buyer`/);
  });

  it('a missing required field points at the key of the object that lacks it', () => {
    const msgs = schemaFindings('tactic: T\nsales_cycle:\n  stages:\n    - ⟦id⟧: a\n      next: [a]\n');
    assert.match(msgs[0], /A stage needs `name`/);
  });

  it('a missing required field of a mapping value points at its key', () => {
    const msgs = schemaFindings('tactic: T\n⟦sales_cycle⟧:\n  start: a\n');
    assert.match(msgs[0], /needs `stages`/);
  });

  it('a missing title of the tactic points at the first key', () => {
    const msgs = schemaFindings('⟦account⟧: ACME\n');
    assert.match(msgs[0], /The tactic needs `tactic`/);
  });

  it('a wrong type points at the value and suggests quotes for text', () => {
    const [a, b] = schemaFindings('tactic: T\ndecision_makers:\n  - id: a\n    title: ⟦42⟧\n    interests: ⟦money⟧\n');
    assert.match(a, /`title` must be text, not `42`\. Put it in quotes/);
    assert.match(b, /`interests` must be a list/);
  });

  it('a block given as a mapping is a type error on the mapping', () => {
    const [msg] = schemaFindings('tactic: T\nrisks: ⟦{ risk: r }⟧\n');
    assert.match(msg, /`risks` must be a list/);
  });

  it('a mapping where a value from a list is expected is a type error, and the other findings stay', () => {
    const msgs = schemaFindings('tactic: T\nrisks:\n  - risk: r\n    impact: ⟦{ a: 1 }⟧\n    likelihood: ⟦hihg⟧\n');
    assert.deepEqual(msgs, ['`impact` must be text, not a mapping.', '`hihg` is not a valid `likelihood`. Use one of: `low`, `medium`, `high`.']);
  });

  it('a malformed id and a malformed date point at the value', () => {
    const [date, id] = schemaFindings('tactic: T\nreviewed: ⟦last week⟧\ndecision_makers:\n  - id: ⟦CFO⟧\n    title: A\n');
    assert.match(date, /YYYY-MM-DD/);
    assert.match(id, /not a valid id/);
  });

  it('an approval chain needs at least one step', () => {
    const [msg] = schemaFindings('tactic: T\napproval_chains:\n  - id: c\n    steps: ⟦[]⟧\n');
    assert.match(msg, /at least 1/);
  });

  it('a transition of the wrong shape gets one message, a long-form one its own field errors', () => {
    const msgs = schemaFindings('tactic: T\nsales_cycle:\n  stages:\n    - id: a\n      name: A\n      next: [⟦5⟧, { to: a, ⟦wen⟧: x }]\n');
    assert.equal(msgs.length, 2);
    assert.match(msgs[0], /must be a stage id or `\{ to: <stage id>, when: <condition> \}`/);
    assert.match(msgs[1], /`wen` is not a field of a transition\. Did you mean `when`\?/);
  });

  it('a stage with an outcome and next is flagged on `next`', () => {
    const [msg] = schemaFindings('tactic: T\nsales_cycle:\n  stages:\n    - id: w\n      name: W\n      outcome: won\n      ⟦next⟧: [w]\n');
    assert.match(msg, /ends the cycle/);
  });

  it('a file that is a list or a scalar gets one finding on the content', () => {
    schemaFindings('⟦- a\n- b\n⟧');
    const [msg] = schemaFindings('⟦just text⟧\n');
    assert.match(msg, /mapping of keys/);
  });

  it('an empty or comment-only file is reported as empty, once', () => {
    for (const text of ['', '# nothing yet\n', '\n\n']) {
      const ds = findings(text);
      assert.equal(ds.length, 1, JSON.stringify(text));
      assert.match(String(ds[0].message), /The tactic is empty/);
    }
  });

  it('null blocks are empty blocks, not type errors', () => {
    schemaFindings('tactic: T\nrisks:\nobjections: ~\n');
  });
});

describe('a value without a key', () => {
  it('is reported on that line as a missing key, not as a `null` field', () => {
    const m = marked('tactic: T\n⟦: orphan value⟧\n');
    const ds = findings(m.text);
    assert.deepEqual(ds.filter((d) => d.code === 'yaml-syntax').map((d) => fmtRange(d.range)), m.ranges.map(fmtRange));
    assert.match(String(ds.find((d) => d.code === 'yaml-syntax')!.message), /has no key/);
    assert.ok(!ds.some((d) => /`null`/.test(String(d.message))));
  });
});
