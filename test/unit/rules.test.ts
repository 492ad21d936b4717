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

// Format v2: the people and the approval chains.
const PEOPLE = (dms: string, rest = '') => `tactic: T\ndecision_makers:\n${dms}${rest}`;

describe('no-economic-buyer and no-coach', () => {
  it('fire once on the decision_makers key when nobody has the role', () => {
    expectRule('no-economic-buyer', PEOPLE('  - id: a\n    title: A\n    role: coach\n').replace('decision_makers', '⟦decision_makers⟧'));
    expectRule('no-coach', PEOPLE('  - id: a\n    title: A\n    role: economic_buyer\n').replace('decision_makers', '⟦decision_makers⟧'));
  });
  it('are quiet when someone has the role', () => {
    expectRule('no-economic-buyer', PEOPLE('  - id: a\n    title: A\n    role: economic_buyer\n'));
    expectRule('no-coach', PEOPLE('  - id: a\n    title: A\n    role: coach\n'));
  });
  it('point at the tactic key when there are no decision makers at all', () => {
    expectRule('no-economic-buyer', '⟦tactic⟧: T\n');
  });
});

describe('unreached-decision-maker', () => {
  it('fires on each decision maker no advancement action is for', () => {
    expectRule('unreached-decision-maker', PEOPLE('  - id: a\n    title: A\n  - id: ⟦b⟧\n    title: B\n', 'advancement_actions:\n  - action: Call\n    for: [a]\n'));
  });
  it('is quiet when the whole block is missing (missing-block says so)', () => {
    expectRule('unreached-decision-maker', PEOPLE('  - id: a\n    title: A\n'));
  });
});

describe('unmitigated-opponent', () => {
  const opp = (extra = '', influence = 'high') => PEOPLE(`  - id: ⟦boss⟧\n    title: B\n    attitude: opponent\n    influence: ${influence}\n`, extra);
  it('fires on a high-influence opponent with no action for them and no objection from them', () => {
    expectRule('unmitigated-opponent', opp('advancement_actions:\n  - action: Call\n'));
  });
  it('is quiet with an action for them, an objection from them, or less influence', () => {
    const clean = (s: string) => s.replace(/[⟦⟧]/g, '');
    expectRule('unmitigated-opponent', clean(opp('advancement_actions:\n  - action: Call\n    for: [boss]\n')));
    expectRule('unmitigated-opponent', clean(opp('objections:\n  - objection: Too dear\n    from: [boss]\n')));
    expectRule('unmitigated-opponent', clean(opp('', 'medium')));
  });
});

describe('chain-without-economic-buyer', () => {
  const dms = '  - id: eb\n    title: E\n    role: economic_buyer\n  - id: x\n    title: X\n  - id: y\n    title: Y\n';
  it('fires on a chain whose steps hold no economic buyer', () => {
    expectRule('chain-without-economic-buyer', PEOPLE(dms, 'approval_chains:\n  - id: ⟦c1⟧\n    steps: [x, y]\n  - id: c2\n    steps: [x, eb]\n'));
  });
  it('counts parallel signers and body members', () => {
    expectRule('chain-without-economic-buyer', PEOPLE(dms, 'approval_chains:\n  - id: c1\n    steps: [x, [y, eb]]\n  - id: c2\n    steps:\n      - { body: Board, members: [eb] }\n  - id: ⟦c3⟧\n    steps:\n      - { body: Board }\n      - [nobody]\n'));
  });
});

describe('duplicate-chain', () => {
  it('fires on a later chain with the same steps in the same order', () => {
    expectRule('duplicate-chain', PEOPLE('  - id: a\n    title: A\n  - id: b\n    title: B\n', 'approval_chains:\n  - id: c1\n    steps: [a, b]\n  - id: c2\n    steps: [b, a]\n  - id: ⟦c3⟧\n    steps: [a, b]\n  - id: c4\n    steps: [[a, b]]\n  - id: ⟦c5⟧\n    steps: [[b, a]]\n'));
  });
  it('names the first chain and its line', () => {
    const ds = findings(PEOPLE('  - id: a\n    title: A\n', 'approval_chains:\n  - id: c1\n    steps: [a]\n  - id: c2\n    steps: [a]\n'), 'duplicate-chain');
    assert.equal(ds.length, 1);
    assert.match(String(ds[0].message), /`c2`.*`c1` on line 6/);
  });
});

describe('reporting-cycle', () => {
  it('fires on each reports_to of a loop, and on a self-report', () => {
    expectRule('reporting-cycle', PEOPLE('  - id: a\n    title: A\n    reports_to: ⟦b⟧\n  - id: b\n    title: B\n    reports_to: ⟦c⟧\n  - id: c\n    title: C\n    reports_to: ⟦a⟧\n  - id: d\n    title: D\n    reports_to: a\n  - id: e\n    title: E\n    reports_to: ⟦e⟧\n'));
  });
  it('is an error and says the loop', () => {
    const ds = findings(PEOPLE('  - id: a\n    title: A\n    reports_to: b\n  - id: b\n    title: B\n    reports_to: a\n'), 'reporting-cycle');
    assert.equal(ds.length, 2);
    assert.equal(ds[0].severity, 1);
    assert.match(String(ds[0].message), /`a` → `b` → `a`/);
  });
  it('is quiet for a tree and for an unknown boss (unknown-reference says so)', () => {
    expectRule('reporting-cycle', PEOPLE('  - id: a\n    title: A\n  - id: b\n    title: B\n    reports_to: a\n  - id: c\n    title: C\n    reports_to: nobody\n'));
  });
});

describe('ambiguous-branch', () => {
  it('fires on the next key of a stage with two or more transitions without when', () => {
    expectRule('ambiguous-branch', 'tactic: T\nsales_cycle:\n  stages:\n    - id: a\n      name: A\n      ⟦next⟧: [b, c]\n    - id: b\n      name: B\n      next:\n        - c\n        - { to: a, when: Again }\n    - id: c\n      name: C\n      outcome: won\n');
  });
});
