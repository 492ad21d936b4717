import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fmtRange, marked } from '../helpers/marked';
import { findings, rangesOf, service, VALID } from '../helpers/service';

/** Asserts that `rule` fires exactly on the ⟦marked⟧ ranges of `source`. */
function expectRule(rule: string, source: string): void {
  const m = marked(source);
  assert.deepEqual(rangesOf(m.text, rule), m.ranges.map(fmtRange), `${rule} ranges`);
}

const MINIMAL_HEAD = `tactic: T
decision_makers:
  - id: cfo
    title: CFO
`;

describe('the complete example', () => {
  it('has no findings at all', () => {
    assert.deepEqual(findings(VALID).map((d) => `${d.code}: ${d.message}`), []);
  });
});

describe('missing-block', () => {
  it('names each absent block once, on the tactic key', () => {
    const ds = findings('⟦tactic⟧: T\nrisks: []\n'.replace(/[⟦⟧]/g, ''), 'missing-block');
    assert.equal(ds.length, 8);
    assert.ok(ds.every((d) => d.range.start.line === 0 && d.range.end.character === 6));
    assert.ok(ds.some((d) => String(d.message).includes('`objections`')));
    assert.ok(!ds.some((d) => String(d.message).includes('`risks`')));
    assert.equal(ds[0].severity, 2);
  });
  it('is quiet when all nine are there', () => {
    assert.deepEqual(rangesOf(VALID, 'missing-block'), []);
  });
});

describe('empty-block', () => {
  it('fires on an empty list and on a key with no value', () => {
    expectRule('empty-block', `tactic: T\n⟦risks⟧: []\n⟦objections⟧:\n`);
  });
  it('is quiet for a block with entries', () => {
    expectRule('empty-block', `tactic: T\nrisks:\n  - risk: r\n    mitigation: m\n`);
  });
});

describe('missing-sales-cycle', () => {
  it('fires without sales_cycle and is quiet with one', () => {
    expectRule('missing-sales-cycle', `⟦tactic⟧: T\n`);
    expectRule('missing-sales-cycle', `tactic: T\nsales_cycle:\n  stages: []\n`);
  });
});

describe('duplicate-id', () => {
  it('fires on the second and later use of an id within a block', () => {
    expectRule('duplicate-id', `${MINIMAL_HEAD}  - id: ⟦cfo⟧\n    title: Other\napproval_chains:\n  - id: cfo\n    steps: [cfo]\n`);
  });
  it('fires on duplicate stage ids', () => {
    expectRule('duplicate-id', `tactic: T\nsales_cycle:\n  stages:\n    - id: a\n      name: A\n      outcome: won\n    - id: ⟦a⟧\n      name: B\n      outcome: lost\n`);
  });
});

describe('unknown-reference', () => {
  it('fires on every kind of reference and suggests a near id', () => {
    const src = `${MINIMAL_HEAD}identification:
  - source: web
    method: m
    finds: [cfo, ⟦cf⟧]
positioning:
  - for: ⟦ceo⟧
    as: x
discovery_questions:
  - question: q
    for: [⟦x1⟧]
advancement_actions:
  - action: a
    stage: ⟦nope⟧
    for: [⟦x2⟧]
approval_chains:
  - id: c
    steps: [⟦x3⟧]
objections:
  - objection: o
    responses: [r]
    stage: ⟦x4⟧
    from: [⟦x5⟧]
sales_cycle:
  start: ⟦begin⟧
  stages:
    - id: a
      name: A
      next: [⟦b⟧, { to: ⟦c⟧, when: w }]
`;
    expectRule('unknown-reference', src);
    const cf = findings(marked(src).text, 'unknown-reference')[0];
    assert.match(String(cf.message), /Did you mean `cfo`\?/);
    assert.deepEqual((cf.data as { suggestions: string[] }).suggestions, ['cfo']);
  });
  it('is quiet when every id is defined', () => {
    assert.deepEqual(rangesOf(VALID, 'unknown-reference'), []);
  });
});

describe('sales-cycle graph rules', () => {
  const cycle = `tactic: T
sales_cycle:
  start: a
  stages:
    - id: a
      name: A
      next: [b]
    - id: b
      name: B
      next: [{ to: won, when: yes }]
    - id: won
      name: Won
      outcome: won
    - id: ⟦orphan⟧
      name: Orphan
      next: [a]
`;
  it('unreachable-stage fires on stages no path reaches', () => expectRule('unreachable-stage', cycle));
  it('no-won-path is quiet when won is reachable', () => assert.deepEqual(rangesOf(marked(cycle).text, 'no-won-path'), []));
  it('no-won-path fires on the start value when won cannot be reached', () => {
    expectRule('no-won-path', `tactic: T\nsales_cycle:\n  start: ⟦a⟧\n  stages:\n    - id: a\n      name: A\n      next: [l]\n    - id: l\n      name: L\n      outcome: lost\n    - id: w\n      name: W\n      outcome: won\n`);
  });
  it('start defaults to the first stage', () => {
    expectRule('unreachable-stage', `tactic: T\nsales_cycle:\n  stages:\n    - id: a\n      name: A\n      next: [w]\n    - id: w\n      name: W\n      outcome: won\n    - id: ⟦z⟧\n      name: Z\n      outcome: lost\n`);
  });
  it('dead-end-stage fires on a stage without outcome and without next', () => {
    expectRule('dead-end-stage', `tactic: T\nsales_cycle:\n  stages:\n    - id: ⟦a⟧\n      name: A\n    - id: ⟦b⟧\n      name: B\n      next: []\n    - id: w\n      name: W\n      outcome: won\n`);
  });
});

describe('entry rules', () => {
  it('objection-without-response fires on the objection text', () => {
    expectRule('objection-without-response', `tactic: T\nobjections:\n  - objection: ⟦Too expensive⟧\n  - objection: ⟦No time⟧\n    responses: []\n  - objection: Fine\n    responses: [ok]\n`);
  });
  it('risk-without-mitigation fires on the risk text', () => {
    expectRule('risk-without-mitigation', `tactic: T\nrisks:\n  - risk: ⟦Budget freeze⟧\n  - risk: Churn\n    mitigation: Call often\n`);
  });
});

describe('decision-maker coverage', () => {
  it('unidentified-decision-maker fires on DMs no identification finds', () => {
    expectRule('unidentified-decision-maker', `tactic: T\ndecision_makers:\n  - id: a\n    title: A\n  - id: ⟦b⟧\n    title: B\nidentification:\n  - source: web\n    method: m\n    finds: [a]\n`);
  });
  it('unpositioned-decision-maker fires on DMs with no positioning', () => {
    expectRule('unpositioned-decision-maker', `tactic: T\ndecision_makers:\n  - id: ⟦a⟧\n    title: A\n  - id: b\n    title: B\npositioning:\n  - for: b\n    as: expert\n`);
  });
  it('both stay quiet when their block is missing (missing-block says it)', () => {
    const text = `tactic: T\ndecision_makers:\n  - id: a\n    title: A\n`;
    assert.deepEqual(rangesOf(text, 'unidentified-decision-maker'), []);
    assert.deepEqual(rangesOf(text, 'unpositioned-decision-maker'), []);
  });
  it('default severity is information', () => {
    const d = findings(`tactic: T\ndecision_makers:\n  - id: a\n    title: A\npositioning: []\n`, 'unpositioned-decision-maker');
    assert.equal(d[0].severity, 3);
  });
});

describe('stale-review', () => {
  it('fires on the date when older than the limit, and honours the configured age', () => {
    expectRule('stale-review', `tactic: T\nreviewed: ⟦2026-08-01⟧\n`);
    expectRule('stale-review', `tactic: T\nreviewed: 2026-11-01\n`);
    const text = `tactic: T\nreviewed: 2026-11-01\n`;
    assert.equal(findings(text, 'stale-review', { rules: {}, staleReviewDays: 10 }).length, 1);
  });
});

describe('configuration', () => {
  it('a rule can be turned off or given another severity', () => {
    const text = 'tactic: T\n';
    assert.equal(findings(text, 'missing-block', { rules: { 'missing-block': 'off' }, staleReviewDays: 90 }).length, 0);
    const errs = findings(text, 'missing-sales-cycle', { rules: { 'missing-sales-cycle': 'error' }, staleReviewDays: 90 });
    assert.equal(errs[0].severity, 1);
  });
  it('every diagnostic carries its rule id as code and the tactic source', () => {
    for (const d of service.validate('tactic: T\nrisks: []\nfoo: 1\n')) {
      assert.ok(service.rules.some((r) => r.id === d.code), String(d.code));
      assert.equal(d.source, 'tactic');
    }
  });
});
