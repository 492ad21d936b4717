/**
 * Quick fixes read a finding's rule code, range and `data`, never its message (which is for
 * people and will be translated): every fix kind is offered the same with the message replaced.
 * And the data every rule attaches is plain JSON with the facts a fix needs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { BLOCK_KEYS } from '../../server/src/service';
import { codeActions as computeCodeActions } from '../../server/src/service/authoring/codeActions';
import { tacticSchema } from '../../server/src/service/domain/schema';
import { applyTextEdits } from '../helpers/edits';
import { findings, readFixture, service, VALID } from '../helpers/service';

const TYPICAL = readFixture('examples', 'typical-findings.tactic.yaml');

/** What an action does, without the diagnostics it names (which are the ones handed in). */
const behaviour = (actions: ReturnType<typeof service.codeActions>) => actions.map(({ title, kind, isPreferred, edits }) => ({ title, kind, isPreferred, edits }));

/** The quick fixes for the findings of `rule` in `text`, and the same with every message rewritten. */
function withAndWithoutMessages(text: string, rule: string, rewrite: (d: Diagnostic) => string = () => 'xyz') {
  const parsed = service.parse(text);
  const ds = service.validate(parsed).filter((d) => d.code === rule);
  assert.ok(ds.length > 0, `${rule} fires`);
  const real = service.codeActions(parsed, ds, ['quickfix']);
  const rewritten = service.codeActions(parsed, ds.map((d) => ({ ...d, message: rewrite(d) })), ['quickfix']);
  return { real: behaviour(real), rewritten: behaviour(rewritten), titles: real.map((a) => a.title) };
}

/** Per fix kind: a text, its rule, and a title the fix must have. */
const FIX_KINDS: Array<{ name: string; text: string; rule: string; title: string | RegExp }> = [
  { name: 'missing-block: one block', text: 'tactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\n', rule: 'missing-block', title: 'Add the `risks` block' },
  { name: 'missing-block: all at once', text: 'tactic: T\n', rule: 'missing-block', title: 'Add the 9 missing blocks' },
  { name: 'empty-block', text: TYPICAL, rule: 'empty-block', title: 'Add an entry to `approval_chains`' },
  { name: 'missing-sales-cycle', text: TYPICAL, rule: 'missing-sales-cycle', title: /minimal sales cycle/ },
  { name: 'unknown-reference: near id', text: TYPICAL, rule: 'unknown-reference', title: 'Did you mean `medical_director`?' },
  { name: 'unknown-reference: create a stage', text: TYPICAL, rule: 'unknown-reference', title: 'Create stage `trial`' },
  { name: 'unknown-reference: create a decision maker', text: 'tactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\npositioning:\n  - for: cto\n    as: x\n', rule: 'unknown-reference', title: 'Create decision maker `cto`' },
  { name: 'schema: unknown key', text: 'tactic: T\nrisks:\n  - risk: r\n    mitigaton: m\n', rule: 'schema', title: 'Did you mean `mitigation`?' },
  { name: 'schema: unknown top-level key', text: 'tactic: T\ndecison_makers:\n  - id: cfo\n    title: CFO\n', rule: 'schema', title: 'Did you mean `decision_makers`?' },
  { name: 'schema: value outside an enum', text: 'tactic: T\nrisks:\n  - risk: r\n    impact: hihg\n    mitigation: m\n', rule: 'schema', title: 'Change to `high`' },
  { name: 'objection-without-response', text: TYPICAL, rule: 'objection-without-response', title: 'Add a response to this objection' },
  { name: 'risk-without-mitigation', text: TYPICAL, rule: 'risk-without-mitigation', title: 'Add a mitigation to this risk' },
];

describe('quick fixes come from the code, range and data, not the message', () => {
  for (const k of FIX_KINDS) {
    it(k.name, () => {
      const { real, rewritten, titles } = withAndWithoutMessages(k.text, k.rule);
      assert.ok(titles.some((t) => (typeof k.title === 'string' ? t === k.title : k.title.test(t))), `offered: ${titles.join(' | ')}`);
      assert.deepEqual(rewritten, real);
    });
  }

  it('a message that names something else misleads no fix', () => {
    // Each message names another block, key or id than its data.
    const misleading = () => 'The tactic has no `gatekeepers` block. `tactic` is not a field of the tactic. Did you mean `lab_head`? `x` is not a valid `impact`.';
    for (const k of FIX_KINDS) {
      const { real, rewritten } = withAndWithoutMessages(k.text, k.rule, misleading);
      assert.deepEqual(rewritten, real, k.name);
    }
  });

  it('fix all gives the same result when every message is rewritten', () => {
    for (const text of [TYPICAL, 'tactic: T\nrisks:\n  - risk: r\n    mitigaton: m\n    impact: hihg\n', 'tactic: T\n']) {
      const parsed = service.parse(text);
      const deps = (rewrite: boolean) => ({
        parse: (t: string) => service.parse(t),
        validate: (p: typeof parsed) => service.validate(p).map((d) => (rewrite ? { ...d, message: 'xyz' } : d)),
      });
      const real = computeCodeActions(parsed, [], ['source.fixAll'], deps(false));
      assert.equal(real.length, 1, 'fix all offered');
      assert.deepEqual(computeCodeActions(parsed, [], ['source.fixAll'], deps(true)), real);
    }
  });

  it('every quick fix on the typical example survives a rewritten message', () => {
    const parsed = service.parse(TYPICAL);
    const ds = service.validate(parsed);
    const real = behaviour(service.codeActions(parsed, ds, ['quickfix']));
    assert.ok(real.length >= 7);
    assert.deepEqual(behaviour(service.codeActions(parsed, ds.map((d) => ({ ...d, message: '' })), ['quickfix'])), real);
  });
});

describe('quick fixes for findings without data', () => {
  const strip = (text: string, rule: string) => {
    const parsed = service.parse(text);
    const ds = service.validate(parsed).filter((d) => d.code === rule).map((d) => ({ ...d, data: undefined, message: 'xyz' }));
    return service.codeActions(parsed, ds, ['quickfix']);
  };
  it('find the empty block at the range', () => {
    assert.deepEqual(strip(TYPICAL, 'empty-block').map((a) => a.title), ['Add an entry to `approval_chains`']);
  });
  it('offer each missing block once, and one action that adds them all', () => {
    const text = 'tactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\n';
    const actions = strip(text, 'missing-block');
    const missing = BLOCK_KEYS.filter((b) => b !== 'decision_makers');
    assert.deepEqual(actions.map((a) => a.title), [...missing.map((b) => `Add the \`${b}\` block`), 'Add the 8 missing blocks']);
    // each single-block action stands for every finding (they cannot be told apart)
    assert.ok(actions.every((a) => a.diagnostics?.length === missing.length));
    const withData = service.codeActions(service.parse(text), findings(text, 'missing-block'), ['quickfix']);
    assert.deepEqual(actions.at(-1)!.edits, withData.at(-1)!.edits, 'the same blocks in the same places');
  });
  it('tell an unknown key from a required field reported on an existing key', () => {
    // `risk` is missing: reported on the entry's first key, `mitigation`, which is a known field.
    const text = 'tactic: T\nrisks:\n  - mitigation: m\n';
    assert.ok(findings(text, 'schema').length > 0);
    assert.deepEqual(strip(text, 'schema').map((a) => a.title), []);
  });
  it('offer no value from the enum for a value that is in it', () => {
    // `impact: high` is valid: a stale schema finding without data on it offers nothing.
    const text = 'tactic: T\nrisks:\n  - risk: r\n    impact: high\n    mitigation: m\n';
    const parsed = service.parse(text);
    const range = { start: { line: 3, character: 12 }, end: { line: 3, character: 16 } };
    const stale: Diagnostic = { range, code: 'schema', message: 'xyz' };
    assert.deepEqual(service.codeActions(parsed, [stale], ['quickfix']), []);
  });
});

describe('quick fixes ignore data that no longer describes the text', () => {
  it('an unknown key that was retyped since', () => {
    const before = 'tactic: T\nrisks:\n  - risk: r\n    mitigaton: m\n';
    const after = 'tactic: T\nrisks:\n  - risk: r\n    likelihod: m\n';
    const stale = findings(before, 'schema');
    assert.equal(stale.length, 1);
    assert.deepEqual(service.codeActions(service.parse(after), stale, ['quickfix']).map((a) => a.title), []);
  });
  it('a value that was retyped since', () => {
    const before = 'tactic: T\nrisks:\n  - risk: r\n    impact: hihg\n    mitigation: m\n';
    const after = 'tactic: T\nrisks:\n  - risk: r\n    impact: lwo\n    mitigation: m\n';
    const stale = findings(before, 'schema');
    assert.deepEqual(service.codeActions(service.parse(after), stale, ['quickfix']).map((a) => a.title), []);
  });
  it('a reference that was retyped since gets suggestions for what is written now', () => {
    const before = 'tactic: T\ndecision_makers:\n  - id: cfo\n    title: A\n  - id: coo\n    title: B\npositioning:\n  - for: cfx\n    as: x\n';
    const after = before.replace('for: cfx', 'for: cox');
    const stale = findings(before, 'unknown-reference');
    assert.deepEqual((stale[0].data as { suggestions: string[] }).suggestions, ['cfo']);
    const titles = service.codeActions(service.parse(after), stale, ['quickfix']).map((a) => a.title);
    assert.equal(titles[0], 'Did you mean `coo`?');
  });
  it('data of another shape', () => {
    const text = 'tactic: T\nrisks:\n  - risk: r\n    mitigaton: m\n';
    const [d] = findings(text, 'schema');
    for (const data of [{ kind: 'unknown-key', key: 'mitigaton', suggestions: 'mitigation' }, { kind: 'bad-enum', value: 'mitigaton', suggestions: ['x'] }, [1, 2], 'text']) {
      assert.deepEqual(service.codeActions(service.parse(text), [{ ...d, data }], ['quickfix']), [], JSON.stringify(data));
    }
    assert.deepEqual(service.codeActions(service.parse('tactic: T\n'), [{ ...findings('tactic: T\n', 'missing-block')[0], data: { block: 'nope' } }], ['quickfix']), []);
  });
});

describe('the data of every finding', () => {
  const TEXTS = [
    TYPICAL, VALID, '', '- a\n', 'tactic: T\n',
    'tactic: T\ndecision_makers:\n  - id: cfo\n    title: A\n  - id: cfo\n    title: B\n    role: boss\n    influence: [x]\n  - title: C\n    nme: x\n',
    'tactic: T\nreviewed: 2026-1-1\nsales_cycle:\n  start: a\n  stages:\n    - id: a\n      name: A\n      outcome: won\n      next: [b]\n    - id: B\n      name: B\n      next: [5, {to: a, xyz: 1}]\n    - id: c\n      name: C\napproval_chains:\n  - id: ch\n    steps: []\n',
    '# tactic-lint-disabel\n# tactic-lint-disable stale-reviw\ntactic: T\n',
  ];
  const all = TEXTS.flatMap((t) => findings(t));

  it('is plain JSON: it survives a round trip through an LSP message unchanged', () => {
    for (const d of all) {
      if (d.data === undefined) continue;
      assert.deepStrictEqual(JSON.parse(JSON.stringify(d.data)), d.data, `${d.code}: ${JSON.stringify(d.data)}`);
      assert.equal(Object.getPrototypeOf(d.data), Object.prototype, `${d.code}: a plain object`);
    }
  });

  it('is set by every rule whose findings are about something named', () => {
    const needsData = new Set(['schema', 'unknown-suppression', 'missing-block', 'empty-block', 'duplicate-id', 'unknown-reference', 'unreachable-stage', 'unidentified-decision-maker', 'unpositioned-decision-maker']);
    const seen = new Set(all.map((d) => String(d.code)));
    for (const rule of needsData) assert.ok(seen.has(rule), `${rule} is covered by the texts`);
    for (const d of all) if (needsData.has(String(d.code))) assert.ok(d.data, `${d.code} has data: ${d.message}`);
  });

  const schemaData = (text: string) => findings(text, 'schema').map((d) => d.data);

  it('says what kind of schema finding it is, with its facts', () => {
    assert.deepEqual(schemaData(''), [{ kind: 'empty-document' }]);
    assert.deepEqual(schemaData('- a\n'), [{ kind: 'not-a-mapping' }]);
    assert.deepEqual(schemaData('tactic: T\nrisks:\n  - risk: r\n    mitigaton: m\n'), [
      { kind: 'unknown-key', key: 'mitigaton', allowed: Object.keys(tacticSchema.definitions.risk.properties!), suggestions: ['mitigation'] },
    ]);
    assert.deepEqual(schemaData('tactic: T\nrisks:\n  - impact: low\n'), [{ kind: 'missing-field', field: 'risk' }]);
    assert.deepEqual(schemaData('tactic: T\nrisks:\n  - risk: r\n    impact: hihg\n'), [
      { kind: 'bad-enum', field: 'impact', value: 'hihg', allowed: ['low', 'medium', 'high'], suggestions: ['high'] },
    ]);
    assert.deepEqual(schemaData('tactic: 5\n'), [{ kind: 'wrong-type', field: 'tactic', expected: ['string'] }]);
    assert.deepEqual(schemaData('tactic: T\nrisks: 5\n'), [{ kind: 'wrong-type', field: 'risks', expected: ['array', 'null'] }]);
    assert.deepEqual(schemaData('tactic: T\nrisks: [5]\n'), [{ kind: 'wrong-type', field: 'risks', expected: ['object'] }]);
    assert.deepEqual(schemaData('tactic: T\nreviewed: 2026-1-1\n'), [{ kind: 'bad-date', field: 'reviewed', value: '2026-1-1' }]);
    assert.deepEqual(schemaData('tactic: T\ndecision_makers:\n  - id: Cfo\n    title: A\n'), [{ kind: 'bad-id', field: 'id', value: 'Cfo' }]);
    assert.deepEqual(schemaData('tactic: T\napproval_chains:\n  - id: c\n    steps: []\n'), [{ kind: 'too-few-entries', field: 'steps', min: 1 }]);
    const cycle = (stage: string) => `tactic: T\nsales_cycle:\n  start: a\n  stages:\n    - id: a\n      name: A\n${stage}`;
    assert.deepEqual(schemaData(cycle('      outcome: won\n      next: [a]\n')), [{ kind: 'next-with-outcome' }]);
    assert.deepEqual(schemaData(cycle('      next: [[a]]\n')), [{ kind: 'bad-transition' }]);
  });

  it('names the block, the id and its kind', () => {
    const text = 'tactic: T\ndecision_makers:\n  - id: cfo\n    title: A\n  - id: cfo\n    title: B\nrisks: []\npositioning:\n  - for: cfx\n    as: x\n';
    assert.deepEqual(findings(text, 'empty-block').map((d) => d.data), [{ block: 'risks' }]);
    assert.deepEqual(findings(text, 'missing-block').map((d) => d.data), BLOCK_KEYS.filter((b) => !['decision_makers', 'risks', 'positioning'].includes(b)).map((block) => ({ block })));
    assert.deepEqual(findings(text, 'duplicate-id').map((d) => d.data), [{ id: 'cfo', refKind: 'decision_maker' }]);
    assert.deepEqual(findings(text, 'unknown-reference').map((d) => d.data), [{ refKind: 'decision_maker', id: 'cfx', suggestions: ['cfo'] }]);
    assert.deepEqual(findings(text, 'unpositioned-decision-maker').map((d) => d.data), [{ id: 'cfo' }]);
  });

  it('names the misspelt suppression directive or rule, with the close names', () => {
    const data = findings('# tactic-lint-disabel\n# tactic-lint-disable stale-reviw, zzzzzzzzzz\ntactic: T\n', 'unknown-suppression').map((d) => d.data);
    assert.deepEqual(data, [
      { kind: 'unknown-directive', directive: 'tactic-lint-disabel', suggestions: ['tactic-lint-disable'] },
      { kind: 'unknown-rule', rule: 'stale-reviw', suggestions: ['stale-review'] },
      { kind: 'unknown-rule', rule: 'zzzzzzzzzz', suggestions: [] },
    ]);
  });
});

describe('quick fixes by data, applied', () => {
  it('fix what the data names, also when the message has been replaced', () => {
    const text = 'tactic: T\nrisks:\n  - risk: r\n    mitigaton: m\n';
    const parsed = service.parse(text);
    const [d] = service.validate(parsed).filter((x) => x.code === 'schema');
    const [action] = service.codeActions(parsed, [{ ...d, message: 'xyz' }], ['quickfix']);
    assert.equal(applyTextEdits(text, action.edits), 'tactic: T\nrisks:\n  - risk: r\n    mitigation: m\n');
  });
});
