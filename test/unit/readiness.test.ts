/**
 * Readiness ("Readiness" in tactic-format.md): every checklist item passes and fails exactly as
 * the format defines, the score is round(100 × passed ÷ total) of the listed items, and the weakest
 * point names the most important failure in one sentence. Small in-memory tactics, TODAY fixed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { weakestPoint, type LintConfig, type Readiness, type ReadinessItem, type ReadinessItemId } from '../../server/src/service';
import { readFixture, service } from '../helpers/service';

const NINE = ['decision_makers', 'identification', 'gatekeepers', 'positioning', 'discovery_questions', 'advancement_actions', 'approval_chains', 'objections', 'risks'];
const TACTIC_ITEMS: ReadinessItemId[] = ['won-path', 'economic-buyer', 'coach', 'objections-answered', 'risks-mitigated', 'chains-with-economic-buyer', 'review-recent'];
const PERSON_ITEMS: ReadinessItemId[] = ['decision-maker-identified', 'decision-maker-positioned', 'decision-maker-questioned', 'decision-maker-reached', 'decision-maker-attitude-known'];

const ready = (text: string, config?: LintConfig): Readiness => service.readiness(service.parse(text), config);
const cfg = (staleReviewDays: number): LintConfig => ({ rules: {}, staleReviewDays });

function item(r: Readiness, id: ReadinessItemId, subject?: string): ReadinessItem {
  const found = r.items.filter((i) => i.id === id && (subject === undefined || i.subject === subject));
  assert.equal(found.length, 1, `exactly one ${id}${subject ? ` for ${subject}` : ''} in ${JSON.stringify(r.items.map((i) => `${i.id}:${i.subject ?? ''}`))}`);
  return found[0];
}
const passes = (text: string, id: ReadinessItemId, subject?: string, config?: LintConfig) => item(ready(text, config), id, subject).passed;

/** Every item of the format passes: two people, all nine blocks, a won path, reviewed 9 days before TODAY. */
const FULL = `tactic: Full
reviewed: 2026-11-20
decision_makers:
  - id: cfo
    title: CFO
    role: economic_buyer
    attitude: supporter
  - id: analyst
    title: Analyst
    role: coach
    attitude: neutral
identification:
  - source: crm
    method: Look them up
    finds: [cfo, analyst]
gatekeepers:
  - technique: Ask the assistant for ten minutes
positioning:
  - for: cfo
    as: finance peer
  - for: analyst
    as: helper
discovery_questions:
  - question: What does month-end cost you?
    for: [cfo, analyst]
advancement_actions:
  - action: Workshop
    stage: first
    for: [cfo, analyst]
approval_chains:
  - id: main
    steps: [analyst, cfo]
objections:
  - objection: Too expensive
    responses: [Show the payback]
risks:
  - risk: Budget freeze
    mitigation: Phase the rollout
sales_cycle:
  start: first
  stages:
    - id: first
      name: First call
      next: [signed]
    - id: signed
      name: Signed
      outcome: won
`;

/** Two people `a` and `b` with nothing else, plus extra blocks. */
const TWO = (extra = '') => `tactic: T\ndecision_makers:\n  - id: a\n    title: A\n  - id: b\n    title: B\n${extra}`;

/** Replaces one top-level block (key to the next top-level key) of FULL. */
function withBlock(key: string, replacement: string, text = FULL): string {
  const re = new RegExp(`^${key}:.*\\n(?:[ ].*\\n)*`, 'm');
  assert.ok(re.test(text), `FULL has ${key}`);
  return text.replace(re, replacement);
}

describe('readiness: the complete tactic', () => {
  it('passes every item: 5 per decision maker, the nine blocks and seven more, score 100', () => {
    const r = ready(FULL);
    assert.deepEqual(r.items.filter((i) => !i.passed), []);
    assert.equal(r.total, 2 * 5 + 9 + 7);
    assert.equal(r.passed, r.total);
    assert.equal(r.score, 100);
    assert.deepEqual(service.validate(FULL).map((d) => d.code), [], 'the fixture itself is clean');
  });

  it('lists every item once, with its subject: the id for a person, the key for a block, none otherwise', () => {
    const r = ready(FULL);
    for (const dm of ['cfo', 'analyst']) for (const id of PERSON_ITEMS) item(r, id, dm);
    assert.deepEqual(r.items.filter((i) => i.id === 'block-present').map((i) => i.subject), NINE);
    for (const id of TACTIC_ITEMS) assert.equal(item(r, id).subject, undefined, id);
    for (const i of r.items) assert.ok(i.message.length > 0 && /^[A-Z0-9`].*\.$/.test(i.message), `a one-line reason: ${i.message}`);
  });
});

describe('readiness: per decision maker', () => {
  const COVERAGE: Array<[ReadinessItemId, string, keyof Readiness['decisionMakers'][number]]> = [
    ['decision-maker-identified', 'identification:\n  - source: crm\n    method: m\n    finds: [a]\n', 'identified'],
    ['decision-maker-positioned', 'positioning:\n  - for: a\n    as: expert\n', 'positioned'],
    ['decision-maker-questioned', 'discovery_questions:\n  - question: q?\n    for: [a]\n', 'questioned'],
    ['decision-maker-reached', 'advancement_actions:\n  - action: call\n    for: [a]\n', 'reached'],
  ];
  for (const [id, block, flag] of COVERAGE) {
    it(`${id}: passes for the person the block names, fails for the other, and counts for nothing else`, () => {
      const r = ready(TWO(block));
      assert.equal(item(r, id, 'a').passed, true);
      assert.match(item(r, id, 'a').message, /`a`/);
      assert.equal(item(r, id, 'b').passed, false);
      assert.match(item(r, id, 'b').message, /`b`/);
      for (const [other] of COVERAGE) if (other !== id) assert.equal(item(r, other, 'a').passed, false, `${other} for a`);
      const row = r.decisionMakers.find((d) => d.id === 'a')!;
      assert.equal(row[flag], true);
      assert.equal(r.decisionMakers.find((d) => d.id === 'b')![flag], false);
    });
  }

  it('nobody is covered by a block that names someone else or an unknown id', () => {
    const r = ready(TWO('identification:\n  - source: crm\n    method: m\n    finds: [zed]\nadvancement_actions:\n  - action: call\n    for: [zed]\n'));
    for (const id of PERSON_ITEMS) for (const dm of ['a', 'b']) assert.equal(item(r, id, dm).passed, false, `${id} ${dm}`);
  });

  it('reached needs an advancement action: a gatekeeper for them or an objection from them is not one', () => {
    const text = TWO('gatekeepers:\n  - technique: t\n    for: [a]\nobjections:\n  - objection: o\n    responses: [r]\n    from: [a]\n');
    assert.equal(passes(text, 'decision-maker-reached', 'a'), false);
  });

  it('attitude known: supporter, neutral or opponent; not unknown, absent or another word', () => {
    const withAttitude = (line: string) => `tactic: T\ndecision_makers:\n  - id: a\n    title: A\n${line}`;
    for (const a of ['supporter', 'neutral', 'opponent']) assert.equal(passes(withAttitude(`    attitude: ${a}\n`), 'decision-maker-attitude-known', 'a'), true, a);
    for (const line of ['    attitude: unknown\n', '', '    attitude: friendly\n']) assert.equal(passes(withAttitude(line), 'decision-maker-attitude-known', 'a'), false, line);
  });

  it('has five items per decision maker, none for a repeated id, and a coverage row each', () => {
    const r = ready(`tactic: T\ndecision_makers:\n  - id: a\n    title: A\n    role: coach\n    influence: high\n    attitude: opponent\n  - id: a\n    title: Again\n  - id: c\n    title: C\n`);
    assert.deepEqual(r.items.filter((i) => i.id.startsWith('decision-maker-')).map((i) => `${i.id}:${i.subject}`), [
      ...PERSON_ITEMS.map((id) => `${id}:a`), ...PERSON_ITEMS.map((id) => `${id}:c`),
    ]);
    assert.deepEqual(r.decisionMakers.map((d) => [d.id, d.title, d.role, d.influence, d.attitude]), [
      ['a', 'A', 'coach', 'high', 'opponent'],
      ['c', 'C', undefined, undefined, 'unknown'],
    ]);
  });
});

describe('readiness: per tactic', () => {
  it('block present: fails for a missing block, an empty list and a key without a value', () => {
    for (const key of NINE) {
      const missing = ready(withBlock(key, ''));
      assert.equal(item(missing, 'block-present', key).passed, false, `${key} missing`);
      assert.match(item(missing, 'block-present', key).message, new RegExp(`\`${key}\`.*missing`));
      assert.equal(missing.items.filter((i) => i.id === 'block-present' && !i.passed).length, 1, 'only that block fails');
      const empty = ready(withBlock(key, `${key}: []\n`));
      assert.equal(item(empty, 'block-present', key).passed, false, `${key} empty`);
      assert.match(item(empty, 'block-present', key).message, /empty/);
      assert.equal(passes(withBlock(key, `${key}:\n`), 'block-present', key), false, `${key} without value`);
    }
  });

  it('won path: a won stage reachable from start (short or long form); not when unreachable, only lost, or no cycle', () => {
    const cycle = (stages: string, start = 'first') => withBlock('sales_cycle', `sales_cycle:\n  start: ${start}\n  stages:\n${stages}`);
    const first = (next: string) => `    - id: first\n      name: First\n      next: ${next}\n`;
    const won = '    - id: signed\n      name: Signed\n      outcome: won\n';
    const lost = '    - id: gone\n      name: Gone\n      outcome: lost\n';
    const mid = '    - id: mid\n      name: Mid\n      next: [signed]\n';
    assert.equal(passes(cycle(first('[signed]') + won), 'won-path'), true);
    assert.equal(passes(cycle(first('[{ to: mid, when: Interested }]') + mid + won), 'won-path'), true, 'two steps, long form');
    assert.equal(passes(cycle(first('[gone]') + won + lost), 'won-path'), false, 'won exists but is unreachable');
    assert.equal(passes(cycle(first('[gone]') + lost), 'won-path'), false, 'only lost');
    assert.equal(passes(cycle(first('[signed]') + won + mid, 'mid'), 'won-path'), true, 'from the start, not from the first stage');
    assert.equal(passes(cycle(first('[gone]') + lost + won + mid, 'first'), 'won-path'), false);
    const none = ready(withBlock('sales_cycle', ''));
    assert.equal(item(none, 'won-path').passed, false);
    assert.match(item(none, 'won-path').message, /no sales cycle/);
  });

  it('economic buyer and coach: named by role, each independently', () => {
    const roles = (a: string, b: string) => TWO().replace('    title: A\n', `    title: A\n    role: ${a}\n`).replace('    title: B\n', `    title: B\n    role: ${b}\n`);
    assert.deepEqual([passes(roles('economic_buyer', 'influencer'), 'economic-buyer'), passes(roles('economic_buyer', 'influencer'), 'coach')], [true, false]);
    assert.deepEqual([passes(roles('technical_buyer', 'coach'), 'economic-buyer'), passes(roles('technical_buyer', 'coach'), 'coach')], [false, true]);
    assert.deepEqual([passes('tactic: T\n', 'economic-buyer'), passes('tactic: T\n', 'coach')], [false, false]);
  });

  it('every objection answered: fails for an objection without responses or with an empty list', () => {
    const objections = (entries: string) => withBlock('objections', `objections:\n${entries}`);
    assert.equal(passes(objections('  - objection: A\n    responses: [r]\n  - objection: B\n    responses:\n      - r1\n      - r2\n'), 'objections-answered'), true);
    for (const bad of ['  - objection: B\n', '  - objection: B\n    responses: []\n', '  - objection: B\n    responses:\n']) {
      const r = ready(objections(`  - objection: A\n    responses: [r]\n${bad}`));
      assert.equal(item(r, 'objections-answered').passed, false, bad);
      assert.match(item(r, 'objections-answered').message, /1 of 2/);
    }
  });

  it('every risk mitigated: fails for a risk without mitigation, with a blank or a null one (as risk-without-mitigation)', () => {
    const risks = (entries: string) => withBlock('risks', `risks:\n${entries}`);
    assert.equal(passes(risks('  - risk: A\n    mitigation: m\n  - risk: B\n    mitigation: |\n      Several lines\n'), 'risks-mitigated'), true);
    for (const bad of ['  - risk: B\n', '  - risk: B\n    mitigation: ""\n', '  - risk: B\n    mitigation: "   "\n', '  - risk: B\n    mitigation:\n', '  - risk: B\n    mitigation: ~\n']) {
      const text = risks(`  - risk: A\n    mitigation: m\n${bad}`);
      const r = ready(text);
      assert.equal(item(r, 'risks-mitigated').passed, false, bad);
      assert.match(item(r, 'risks-mitigated').message, /1 of 2/);
      assert.equal(service.validate(text).filter((d) => d.code === 'risk-without-mitigation').length, 1, `the lint rule agrees: ${bad}`);
    }
  });

  it('every chain with an economic buyer: as a person, a parallel signer or a member of a body', () => {
    const chains = (entries: string) => withBlock('approval_chains', `approval_chains:\n${entries}`);
    const ok = [
      '  - id: c\n    steps: [analyst, cfo]\n',
      '  - id: c\n    steps:\n      - analyst\n      - [analyst, cfo]\n',
      '  - id: c\n    steps:\n      - { body: Board, members: [analyst, cfo] }\n',
    ];
    for (const c of ok) assert.equal(passes(chains(c), 'chains-with-economic-buyer'), true, c);
    const bad = [
      '  - id: c\n    steps: [analyst]\n',
      '  - id: c\n    steps:\n      - [analyst, analyst]\n',
      '  - id: c\n    steps:\n      - { body: Board of cfo }\n',
      '  - id: c\n    steps: [nobody]\n',
    ];
    for (const c of bad) assert.equal(passes(chains(c), 'chains-with-economic-buyer'), false, c);
    const r = ready(chains('  - id: c1\n    steps: [cfo]\n  - id: c2\n    steps: [analyst]\n'));
    assert.equal(item(r, 'chains-with-economic-buyer').passed, false, 'one chain of two is enough to fail');
    assert.match(item(r, 'chains-with-economic-buyer').message, /1 of 2/);
  });

  it('"every …" items pass when there is nothing to check; the block items count the absence', () => {
    const r = ready('tactic: T\n');
    for (const id of ['objections-answered', 'risks-mitigated', 'chains-with-economic-buyer'] as const) assert.equal(item(r, id).passed, true, id);
    for (const key of ['objections', 'risks', 'approval_chains']) assert.equal(item(r, 'block-present', key).passed, false, key);
    const empty = ready(withBlock('objections', 'objections: []\n', withBlock('risks', 'risks: []\n', withBlock('approval_chains', 'approval_chains: []\n'))));
    for (const id of ['objections-answered', 'risks-mitigated', 'chains-with-economic-buyer'] as const) assert.equal(item(empty, id).passed, true, `${id} with an empty block`);
  });

  it('review recent: within staleReviewDays of today (the limit day included), config honoured, missing fails', () => {
    // TODAY is 2026-11-29
    const reviewed = (date: string) => FULL.replace('reviewed: 2026-11-20', `reviewed: ${date}`);
    assert.equal(passes(reviewed('2026-11-29'), 'review-recent'), true, 'today');
    assert.equal(passes(reviewed('2026-08-31'), 'review-recent'), true, '90 days: the default limit');
    assert.equal(passes(reviewed('2026-08-30'), 'review-recent'), false, '91 days');
    assert.match(item(ready(reviewed('2026-08-30')), 'review-recent').message, /91 days.*limit 90/);
    assert.equal(passes(reviewed('2026-10-30'), 'review-recent', undefined, cfg(30)), true, '30 of 30');
    assert.equal(passes(reviewed('2026-10-29'), 'review-recent', undefined, cfg(30)), false, '31 of 30');
    assert.equal(passes(reviewed('2026-01-01'), 'review-recent', undefined, cfg(365)), true, 'a longer limit');
    assert.equal(passes(reviewed('2026-11-29'), 'review-recent', undefined, cfg(0)), true, 'limit 0: today only');
    assert.equal(passes(reviewed('2026-11-28'), 'review-recent', undefined, cfg(0)), false, 'limit 0: yesterday is stale');
    const missing = ready(FULL.replace('reviewed: 2026-11-20\n', ''));
    assert.equal(item(missing, 'review-recent').passed, false);
    assert.match(item(missing, 'review-recent').message, /no `reviewed` date/);
    assert.equal(passes(reviewed('last week'), 'review-recent'), false, 'not a date');
    // the lint rule agrees on the same day
    for (const [date, stale] of [['2026-08-31', false], ['2026-08-30', true]] as const) {
      assert.equal(service.validate(reviewed(date)).some((d) => d.code === 'stale-review'), stale, date);
    }
  });
});

describe('readiness: the score', () => {
  const TEXTS = [
    FULL, 'tactic: T\n', TWO(), TWO('advancement_actions:\n  - action: call\n    for: [a, b]\n'),
    withBlock('risks', 'risks:\n  - risk: r\n'), withBlock('sales_cycle', ''),
    readFixture('examples', 'regional-retail-erp.tactic.yaml'), readFixture('examples', 'hospital-lab-opponent.tactic.yaml'), readFixture('examples', 'typical-findings.tactic.yaml'),
  ];
  it('is round(100 × passed ÷ total) of the listed items, an integer from 0 to 100', () => {
    for (const text of TEXTS) {
      const r = ready(text);
      const passed = r.items.filter((i) => i.passed).length;
      assert.equal(r.total, r.items.length);
      assert.equal(r.passed, passed);
      assert.equal(r.score, Math.round((100 * passed) / r.items.length));
      assert.ok(Number.isInteger(r.score) && r.score! >= 0 && r.score! <= 100);
    }
  });

  it('a text that is not valid YAML has no score, and says why (with the line)', () => {
    for (const text of ['tactic: [unclosed\n', 'tactic: T\ndecision_makers:\n  - id: a\n   title: bad indent\n  oops\n']) {
      const r = ready(text);
      assert.equal(r.score, null, text);
      assert.deepEqual([r.passed, r.total, r.items, r.decisionMakers], [0, 0, [], []]);
      assert.match(r.noScoreReason!, /not valid YAML \(line \d+: .+\), so it has no score\./);
      assert.equal(weakestPoint(r), r.noScoreReason);
    }
  });

  it('a v1 tactic (no attitudes, no v2 fields) gets a score', () => {
    const v1 = FULL.replace(/\n {4}attitude: \w+/g, '');
    assert.ok(!/attitude/.test(v1));
    const r = ready(v1);
    assert.equal(typeof r.score, 'number');
    assert.deepEqual(r.items.filter((i) => !i.passed).map((i) => `${i.id}:${i.subject}`), ['decision-maker-attitude-known:cfo', 'decision-maker-attitude-known:analyst']);
    assert.equal(r.score, Math.round((100 * 24) / 26));
  });

  it('the two shipped examples score higher than typical-findings', () => {
    const score = (name: string) => ready(readFixture('examples', `${name}.tactic.yaml`)).score!;
    const typical = score('typical-findings');
    assert.ok(score('regional-retail-erp') > typical, `${score('regional-retail-erp')} > ${typical}`);
    assert.ok(score('hospital-lab-opponent') > typical, `${score('hospital-lab-opponent')} > ${typical}`);
  });
});

/** A small tactic described as data, rendered to text, so a missing piece can be added to it. */
interface Spec {
  dms: Array<{ id: string; role?: string; attitude?: string }>;
  identified: string[]; positioned: string[]; questioned: string[]; reached: string[];
  gatekeepers: number;
  chains: string[][];
  objections: boolean[]; // answered?
  risks: boolean[]; // mitigated?
  cycle: 'none' | 'won' | 'lost';
  reviewed?: string;
}

function render(s: Spec): string {
  const out = ['tactic: Generated'];
  if (s.reviewed) out.push(`reviewed: ${s.reviewed}`);
  const block = (key: string, entries: string[]) => out.push(entries.length ? `${key}:\n${entries.join('\n')}` : `${key}: []`);
  block('decision_makers', s.dms.map((d) => `  - id: ${d.id}\n    title: T ${d.id}${d.role ? `\n    role: ${d.role}` : ''}${d.attitude ? `\n    attitude: ${d.attitude}` : ''}`));
  block('identification', s.identified.map((id) => `  - source: crm\n    method: m\n    finds: [${id}]`));
  block('gatekeepers', Array.from({ length: s.gatekeepers }, (_, i) => `  - technique: t${i}`));
  block('positioning', s.positioned.map((id) => `  - for: ${id}\n    as: expert`));
  block('discovery_questions', s.questioned.map((id) => `  - question: q?\n    for: [${id}]`));
  block('advancement_actions', s.reached.map((id) => `  - action: call\n    for: [${id}]`));
  block('approval_chains', s.chains.map((steps, i) => `  - id: c${i}\n    steps: [${steps.join(', ')}]`));
  block('objections', s.objections.map((answered, i) => `  - objection: o${i}${answered ? '\n    responses: [r]' : ''}`));
  block('risks', s.risks.map((mitigated, i) => `  - risk: r${i}${mitigated ? '\n    mitigation: m' : ''}`));
  if (s.cycle !== 'none') out.push(`sales_cycle:\n  start: s\n  stages:\n    - id: s\n      name: S\n      next: [e]\n    - id: e\n      name: E\n      outcome: ${s.cycle}`);
  return out.join('\n') + '\n';
}

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('readiness: adding a missing piece never lowers the score', () => {
  const ROLES = [undefined, 'economic_buyer', 'technical_buyer', 'user_buyer', 'coach', 'influencer'];
  const ATTITUDES = [undefined, 'unknown', 'supporter', 'neutral', 'opponent'];

  function randomSpec(r: () => number): Spec {
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const dms = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, i) => ({ id: `p${i}`, role: pick(ROLES), attitude: pick(ATTITUDES) }));
    const some = () => dms.filter(() => r() < 0.5).map((d) => d.id);
    return {
      dms, identified: some(), positioned: some(), questioned: some(), reached: some(),
      gatekeepers: r() < 0.5 ? 0 : 1,
      chains: Array.from({ length: Math.floor(r() * 3) }, () => some()).filter((c) => c.length),
      objections: Array.from({ length: Math.floor(r() * 3) }, () => r() < 0.5),
      risks: Array.from({ length: Math.floor(r() * 3) }, () => r() < 0.5),
      cycle: pick(['none', 'won', 'lost'] as const),
      reviewed: pick([undefined, '2026-11-01', '2025-01-01']),
    };
  }

  /** Every way of filling one gap of the spec (each returns a changed copy). */
  function additions(s: Spec): Array<[string, Spec]> {
    const out: Array<[string, Spec]> = [];
    const copy = (): Spec => structuredClone(s);
    for (const d of s.dms) {
      for (const k of ['identified', 'positioned', 'questioned', 'reached'] as const) {
        if (!s[k].includes(d.id)) {
          const c = copy();
          c[k].push(d.id);
          out.push([`${k} ${d.id}`, c]);
        }
      }
      if (!d.attitude || d.attitude === 'unknown') {
        const c = copy();
        c.dms.find((x) => x.id === d.id)!.attitude = 'neutral';
        out.push([`attitude of ${d.id}`, c]);
      }
    }
    if (!s.gatekeepers) out.push(['a gatekeeper', { ...copy(), gatekeepers: 1 }]);
    s.objections.forEach((a, i) => { if (!a) { const c = copy(); c.objections[i] = true; out.push([`response ${i}`, c]); } });
    s.risks.forEach((m, i) => { if (!m) { const c = copy(); c.risks[i] = true; out.push([`mitigation ${i}`, c]); } });
    if (s.cycle !== 'won') out.push(['a won stage', { ...copy(), cycle: 'won' }]);
    if (s.reviewed !== '2026-11-01') out.push(['a recent review', { ...copy(), reviewed: '2026-11-01' }]);
    const eb = s.dms.find((d) => d.role === 'economic_buyer');
    if (eb) s.chains.forEach((steps, i) => { if (!steps.includes(eb.id)) { const c = copy(); c.chains[i].push(eb.id); out.push([`${eb.id} signs chain ${i}`, c]); } });
    return out;
  }

  it('for the example: an advancement action for an unreached decision maker', () => {
    const before = readFixture('examples', 'typical-findings.tactic.yaml');
    const r0 = ready(before);
    assert.equal(item(r0, 'decision-maker-reached', 'procurement').passed, false);
    const after = before.replace(/^advancement_actions:\n/m, 'advancement_actions:\n  - action: Meet procurement\n    for: [procurement]\n');
    assert.notEqual(after, before);
    const r1 = ready(after);
    assert.equal(item(r1, 'decision-maker-reached', 'procurement').passed, true);
    assert.ok(r1.score! > r0.score!, `${r1.score} > ${r0.score}`);
  });

  it('on 300 generated tactics, each added piece keeps every passed item passed and the score at least as high', () => {
    const r = rng(20261129);
    let checked = 0;
    for (let n = 0; n < 300; n++) {
      const spec = randomSpec(r);
      const before = ready(render(spec));
      assert.notEqual(before.score, null, render(spec));
      for (const [what, next] of additions(spec)) {
        const after = ready(render(next));
        const lost = before.items.filter((i) => i.passed && !after.items.find((j) => j.id === i.id && j.subject === i.subject)?.passed);
        assert.deepEqual(lost, [], `adding ${what} to\n${render(spec)}`);
        assert.ok(after.score! >= before.score!, `adding ${what}: ${after.score} < ${before.score}\n${render(spec)}`);
        assert.equal(after.total, before.total, `adding ${what} adds no item\n${render(spec)}`);
        checked++;
      }
    }
    assert.ok(checked > 1000, `${checked} additions checked`);
  });
});

describe('weakestPoint', () => {
  /** A readiness of the given items (score from them), as computeReadiness would return it. */
  function of(items: ReadinessItem[]): Readiness {
    const passed = items.filter((i) => i.passed).length;
    return { score: Math.round((100 * passed) / items.length), passed, total: items.length, items, decisionMakers: [] };
  }

  it('is none when every item passes, and the reason when there is no score', () => {
    assert.equal(weakestPoint(ready(FULL)), undefined);
    const broken = ready('tactic: [\n');
    assert.equal(weakestPoint(broken), broken.noScoreReason);
  });

  it('names the most important failure first: economic buyer, blocks, won path, people, chains, answers, upkeep', () => {
    // Start with everything failing and fix the top failure one kind at a time.
    let text = `tactic: T
reviewed: 2020-01-01
decision_makers:
  - id: a
    title: A
  - id: b
    title: B
identification: []
approval_chains:
  - id: c
    steps: [a]
objections:
  - objection: o
risks:
  - risk: r
sales_cycle:
  start: s
  stages:
    - id: s
      name: S
      next: [l]
    - id: l
      name: L
      outcome: lost
`;
    const steps: Array<[RegExp, string, string]> = [
      [/^No decision maker is the economic buyer\.$/, '    title: B\n', '    title: B\n    role: economic_buyer\n'],
      [/^5 of the nine blocks are missing or empty\.$/, 'identification: []\n', 'identification:\n  - source: crm\n    method: m\n    finds: [a]\ngatekeepers:\n  - technique: t\npositioning:\n  - for: a\n    as: x\ndiscovery_questions:\n  - question: q\n    for: [ a ]\nadvancement_actions:\n  - action: x\n    for: [a]\n'],
      [/^No path through the sales cycle reaches a won stage\.$/, 'outcome: lost', 'outcome: won'],
      [/^1 of 2 decision makers are not reached by any advancement action\.$/, '    for: [a]\n', '    for: [a, b]\n'],
      [/^1 of 2 decision makers are not found by any identification entry\.$/, '    finds: [a]\n', '    finds: [a, b]\n'],
      [/^1 of 2 decision makers have no positioning\.$/, '  - for: a\n    as: x\n', '  - for: a\n    as: x\n  - for: b\n    as: y\n'],
      [/^1 of 1 approval chains include no economic buyer\.$/, '    steps: [a]\n', '    steps: [a, b]\n'],
      [/^1 of 1 objections have no response\.$/, '  - objection: o\n', '  - objection: o\n    responses: [r]\n'],
      [/^1 of 1 risks have no mitigation\.$/, '  - risk: r\n', '  - risk: r\n    mitigation: m\n'],
      [/^1 of 2 decision makers have no discovery question\.$/, '    for: [ a ]\n', '    for: [a, b]\n'],
      [/^No decision maker is a coach\.$/, '    title: A\n', '    title: A\n    role: coach\n'],
      [/^The attitude of 2 of 2 decision makers is not known\.$/, '    title: B\n', '    title: B\n    attitude: supporter\n'],
      [/^The attitude of 1 of 2 decision makers is not known\.$/, '    title: A\n', '    title: A\n    attitude: neutral\n'],
      [/^The tactic was last reviewed \d+ days ago \(limit 90\)\.$/, 'reviewed: 2020-01-01', 'reviewed: 2026-11-28'],
    ];
    for (const [expected, from, to] of steps) {
      assert.match(weakestPoint(ready(text)) ?? '(none)', expected, text);
      assert.ok(text.includes(from), `${from} in\n${text}`);
      text = text.replace(from, to);
    }
    assert.equal(weakestPoint(ready(text)), undefined, text);
  });

  it('says one missing block by name, and speaks of "the decision maker" when there is only one', () => {
    assert.equal(weakestPoint(ready(withBlock('gatekeepers', ''))), 'The `gatekeepers` block is missing.');
    assert.equal(weakestPoint(ready(withBlock('gatekeepers', 'gatekeepers: []\n'))), 'The `gatekeepers` block is empty.');
    const one = (missing: ReadinessItemId) => of([{ id: missing, subject: 'a', passed: false, message: `x \`a\`.` }, { id: 'coach', passed: true, message: 'A coach is named.' }]);
    assert.equal(weakestPoint(one('decision-maker-reached')), 'The decision maker is not reached by any advancement action.');
    assert.equal(weakestPoint(one('decision-maker-identified')), 'The decision maker is not found by any identification entry.');
    assert.equal(weakestPoint(one('decision-maker-positioned')), 'There is no positioning for the decision maker.');
    assert.equal(weakestPoint(one('decision-maker-questioned')), 'No discovery question is for the decision maker.');
    assert.equal(weakestPoint(one('decision-maker-attitude-known')), 'The attitude of the decision maker is not known.');
  });

  it('is always one whole sentence (capital first, full stop last, no placeholders) on generated tactics', () => {
    const r = rng(7);
    const ids = ['a', 'b', 'c'];
    for (let n = 0; n < 200; n++) {
      const blocks = NINE.filter(() => r() < 0.6);
      let text = `tactic: T\n${r() < 0.5 ? 'reviewed: 2020-02-02\n' : ''}`;
      for (const key of blocks) {
        if (key === 'decision_makers') text += `decision_makers:\n${ids.map((id) => `  - id: ${id}\n    title: ${id.toUpperCase()}\n${r() < 0.3 ? '    role: economic_buyer\n' : ''}${r() < 0.3 ? '    attitude: neutral\n' : ''}`).join('')}`;
        else text += `${key}: []\n`;
      }
      const sentence = weakestPoint(ready(text));
      if (sentence === undefined) continue;
      assert.match(sentence, /^[A-Z0-9`][^\n]*[^.]\.$|^[A-Z0-9`][^\n]*\)\.$/, sentence);
      assert.ok(!/undefined|NaN|null|\{|\}/.test(sentence), sentence);
    }
  });
});
