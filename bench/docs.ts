/**
 * Bench documents, generated deterministically from a seed: a realistic tactic shaped like
 * examples/regional-retail-erp.tactic.yaml (with more entries), and stress tactics of a given
 * line count. Every document is a valid tactic with no findings (test/unit/benchDocs.test.ts), so
 * the bench measures the real work of a clean document, not an early exit on a broken one.
 */
import { Random } from './random';

/** How many entries of each block a tactic has. */
export interface TacticShape {
  decisionMakers: number;
  identification: number;
  gatekeepers: number;
  questions: number;
  actions: number;
  chains: number;
  objections: number;
  risks: number;
  /** Stages before the two terminal ones (won, lost). */
  stages: number;
}

/** About 300 lines, like a well-filled tactic a team keeps for one client segment. */
export const REALISTIC_SHAPE: TacticShape = {
  decisionMakers: 8, identification: 5, gatekeepers: 3, questions: 8, actions: 7, chains: 3, objections: 4, risks: 3, stages: 7,
};

const TITLES = [
  'Chief Financial Officer', 'Chief Operating Officer', 'Head of IT', 'Store operations director', 'Procurement manager',
  'Chief Executive Officer', 'Supply chain director', 'Finance controller', 'Head of security', 'Category manager',
  'Logistics manager', 'Head of legal', 'Regional sales director', 'Chief Digital Officer', 'Warehouse manager',
];
const FIRST = ['Ana', 'Mihai', 'Elena', 'Andrei', 'Ioana', 'Radu', 'Maria', 'Victor', 'Irina', 'Dan', 'Cristina', 'Paul'];
const LAST = ['Popescu', 'Ionescu', 'Dumitrescu', 'Stan', 'Marin', 'Georgescu', 'Constantin', 'Munteanu', 'Lazar', 'Toma'];
const ROLES = ['economic_buyer', 'technical_buyer', 'user_buyer', 'coach', 'influencer'] as const;
const LEVELS = ['low', 'medium', 'high'] as const;
const SOURCES = ['website', 'linkedin', 'registry', 'press', 'referral', 'conference', 'cold_call', 'partner', 'crm'];
const QUESTION_TYPES = ['situation', 'problem', 'implication', 'need_payoff'] as const;
const NOUNS = [
  'stock', 'replenishment', 'licence cost', 'migration', 'POS integration', 'store managers', 'working capital', 'audit',
  'delivery times', 'budget', 'supplier terms', 'season peak', 'pilot stores', 'payback', 'inventory accuracy', 'training',
];
const VERBS = ['reduce', 'measure', 'improve', 'protect', 'automate', 'compare', 'approve', 'plan', 'review', 'speed up'];
const STAGE_NAMES = [
  'First call', 'Discovery workshop', 'Demo on their catalogue', 'Security review', 'Pilot in two stores', 'Proposal',
  'Negotiation', 'Legal review', 'Board presentation', 'Reference visit', 'Technical deep dive', 'Budget approval',
];
const OWNERS = ['SDR', 'Account manager', 'Presales', 'Sales director', 'Customer success'];
const ATTITUDES = ['supporter', 'neutral', 'opponent'] as const;
const BODIES = ['Board of directors', 'Investment committee', 'Procurement committee', 'Supervisory board'];

/** What a tactic holds besides its shape. */
export interface TacticOptions {
  /**
   * Format v2's people fields, as the account map and the approval chains draw them: attitudes
   * (one in four left unknown), reports_to lines (a tree, three reports per manager), gatekeepers
   * `for` whom, who on our side does each action (`by`), and chains with a stage, a parallel group
   * and a body. Drawn from a random stream of their own: the rest of the text stays the same.
   */
  people?: boolean;
}

function sentence(r: Random, words: number): string {
  const parts = [r.pick(VERBS)];
  for (let i = 1; i < words; i++) parts.push(i % 3 === 2 ? 'and' : r.pick(NOUNS));
  const s = parts.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/** The YAML text of a tactic of the given shape; the same seed gives the same text. */
export function generateTactic(shape: TacticShape, seed: number, options: TacticOptions = {}): string {
  const r = new Random(seed);
  const people = options.people ? new Random(seed * 31 + 7) : undefined;
  const out: string[] = [];
  const line = (s: string) => out.push(s);

  line('# Account-penetration tactic generated for the benchmark.');
  line(`tactic: ${r.pick(['Regional retail chains', 'Hospital networks', 'Logistics firms', 'Food producers'])} — ERP upgrade ${seed}`);
  line('account: Regional retail chains, 20–200 stores');
  line('product: StoreFlow ERP (inventory, replenishment, finance)');
  line(`owner: ${r.pick(FIRST)} ${r.pick(LAST)}`);
  line('reviewed: 2026-11-02');
  line('description: >');
  line('  Chains that outgrew their first ERP. Deals are decided by the CFO with the');
  line('  COO; IT checks the fit. The store-operations director is our best coach.');
  line('');

  const dms: string[] = [];
  line('decision_makers:');
  for (let i = 0; i < shape.decisionMakers; i++) {
    const title = TITLES[i % TITLES.length];
    const id = `${slug(title)}_${i}`;
    dms.push(id);
    line(`  - id: ${id}`);
    line(`    title: ${title}`);
    if (r.next() < 0.5) line(`    name: ${r.pick(FIRST)} ${r.pick(LAST)}`);
    line(`    role: ${ROLES[i % ROLES.length]}`);
    line(`    influence: ${r.pick(LEVELS)}`);
    if (people) {
      if (people.next() < 0.75) line(`    attitude: ${people.pick(ATTITUDES)}`);
      if (i > 0) line(`    reports_to: ${dms[Math.floor((i - 1) / 3)]}`);
    }
    line('    interests:');
    for (let k = r.int(1, 3); k > 0; k--) line(`      - ${sentence(r, 4)}`);
    if (r.next() < 0.3) line(`    notes: ${sentence(r, 7)}`);
  }

  line('');
  line('identification:');
  for (let i = 0; i < shape.identification; i++) {
    // Together the entries find every decision maker, so no coverage finding fires.
    const from = Math.floor((i * dms.length) / shape.identification);
    const to = Math.floor(((i + 1) * dms.length) / shape.identification);
    line(`  - source: ${SOURCES[i % SOURCES.length]}`);
    line(`    method: ${sentence(r, 6)}`);
    line(`    finds: [${dms.slice(from, Math.max(to, from + 1)).join(', ')}]`);
  }

  line('');
  line('gatekeepers:');
  for (let i = 0; i < shape.gatekeepers; i++) {
    line(`  - technique: ${sentence(r, 6)}`);
    if (i % 2 === 0) {
      line(`    script: "Hello ${r.pick(FIRST)}, this is ${r.pick(FIRST)} from StoreFlow. Could we find fifteen minutes about ${r.pick(NOUNS)}?"`);
    }
    line(`    when: ${sentence(r, 5)}`);
    if (people) line(`    for: [${people.sample(dms, people.int(1, 2)).join(', ')}]`);
  }

  line('');
  line('positioning:');
  for (const dm of dms) {
    line(`  - for: ${dm}`);
    line(`    as: ${r.pick(NOUNS)} expert`);
    line(`    message: ${sentence(r, 8)}`);
    if (r.next() < 0.5) {
      line('    proof:');
      for (let k = r.int(1, 2); k > 0; k--) line(`      - Case study on ${r.pick(NOUNS)}`);
    }
  }

  line('');
  line('discovery_questions:');
  for (let i = 0; i < shape.questions; i++) {
    line(`  - question: How do you ${r.pick(VERBS)} ${r.pick(NOUNS)} today?`);
    line(`    type: ${QUESTION_TYPES[i % QUESTION_TYPES.length]}`);
    line(`    for: [${r.sample(dms, 2).join(', ')}]`);
    if (r.next() < 0.6) line(`    reveals: ${sentence(r, 4)}`);
  }

  const stages = Array.from({ length: shape.stages }, (_, i) => `${slug(STAGE_NAMES[i % STAGE_NAMES.length])}_${i}`);

  line('');
  line('advancement_actions:');
  for (let i = 0; i < shape.actions; i++) {
    line(`  - action: ${sentence(r, 7)}`);
    line(`    stage: ${stages[i % stages.length]}`);
    // Two at random, plus a share of the decision makers, so that together the actions reach every
    // one (no unreached-decision-maker). The share takes no random number: the rest of the text
    // stays what it was before format v2.
    const from = Math.floor((i * dms.length) / shape.actions);
    const to = Math.floor(((i + 1) * dms.length) / shape.actions);
    const targets = new Set([...r.sample(dms, 2), ...dms.slice(from, Math.max(to, from + 1))]);
    line(`    for: [${[...targets].join(', ')}]`);
    if (people) line(`    by: ${people.pick(OWNERS)}`);
    line(`    result: ${sentence(r, 5)}`);
  }

  line('');
  line('approval_chains:');
  // Every chain ends with someone who signs (no chain-without-economic-buyer), taking no random number.
  const economicBuyers = dms.filter((_, i) => ROLES[i % ROLES.length] === 'economic_buyer');
  for (let i = 0; i < shape.chains; i++) {
    line(`  - id: chain_${i}`);
    line(`    name: ${r.pick(['Standard purchase', 'Board approval', 'Framework contract'])} ${i}`);
    line(`    when: Licence under ${r.int(1, 9) * 50}k EUR per year`);
    const steps = r.sample(dms, r.int(2, 4));
    if (!steps.some((id) => economicBuyers.includes(id))) steps.push(economicBuyers[i % economicBuyers.length]);
    if (people) {
      // Two signers in parallel first, then the others, then a body that decides together.
      line(`    stage: ${stages[(i * 3) % stages.length]}`);
      const [a, b, ...rest] = steps;
      const members = people.sample(dms.filter((d) => !steps.includes(d)), people.int(2, 4));
      const body = `{ body: ${people.pick(BODIES)}, members: [${members.join(', ')}] }`;
      line(`    steps: [${[`[${a}, ${b}]`, ...rest, body].join(', ')}]`);
    } else {
      line(`    steps: [${steps.join(', ')}]`);
    }
  }

  line('');
  line('objections:');
  for (let i = 0; i < shape.objections; i++) {
    line(`  - objection: We cannot ${r.pick(VERBS)} ${r.pick(NOUNS)} this year`);
    line('    responses:');
    for (let k = r.int(1, 3); k > 0; k--) line(`      - ${sentence(r, 8)}`);
    line(`    stage: ${stages[(i * 7) % stages.length]}`);
    line(`    from: [${r.sample(dms, 2).join(', ')}]`);
  }

  line('');
  line('risks:');
  for (let i = 0; i < shape.risks; i++) {
    line(`  - risk: ${sentence(r, 6)}`);
    line(`    likelihood: ${r.pick(LEVELS)}`);
    line(`    impact: ${r.pick(LEVELS)}`);
    line('    signals:');
    for (let k = r.int(1, 2); k > 0; k--) line(`      - ${sentence(r, 5)}`);
    line(`    mitigation: ${sentence(r, 8)}`);
  }

  line('');
  line('sales_cycle:');
  line('  direction: TD');
  line(`  start: ${stages[0]}`);
  line('  stages:');
  stages.forEach((id, i) => {
    line(`    - id: ${id}`);
    line(`      name: ${STAGE_NAMES[i % STAGE_NAMES.length]} (${i + 1})`);
    line(`      owner: ${r.pick(OWNERS)}`);
    line(`      goal: ${sentence(r, 4)}`);
    line('      next:');
    line(`        - ${i + 1 < stages.length ? stages[i + 1] : 'won'}`);
    if (r.next() < 0.4) line(`        - { to: lost, when: ${sentence(r, 3)} }`);
    if (i > 1 && r.next() < 0.2) line(`        - { to: ${stages[i - 2]}, when: Reopened }`);
  });
  line('    - id: won');
  line('      name: Contract signed');
  line('      outcome: won');
  line('    - id: lost');
  line('      name: Lost');
  line('      outcome: lost');
  return out.join('\n') + '\n';
}

export function lineCount(text: string): number {
  return text.split('\n').length - 1;
}

function scaled(shape: TacticShape, k: number): TacticShape {
  const s = {} as TacticShape;
  for (const key of Object.keys(shape) as Array<keyof TacticShape>) s[key] = Math.max(1, Math.round(shape[key] * k));
  return s;
}

/** A tactic of about `lines` lines: the realistic shape with every block scaled up. */
export function tacticOfLines(lines: number, seed: number): string {
  let k = lines / lineCount(generateTactic(REALISTIC_SHAPE, seed));
  let text = generateTactic(scaled(REALISTIC_SHAPE, k), seed);
  k *= lines / lineCount(text);
  text = generateTactic(scaled(REALISTIC_SHAPE, k), seed);
  return text;
}

export interface BenchDocument {
  name: string;
  text: string;
  lines: number;
}

/** The three documents every server row is measured on. */
export function benchDocuments(): BenchDocument[] {
  const docs = [
    { name: 'realistic', text: generateTactic(REALISTIC_SHAPE, 1) },
    { name: '5k lines', text: tacticOfLines(5_000, 2) },
    { name: '20k lines', text: tacticOfLines(20_000, 3) },
  ];
  return docs.map((d) => ({ ...d, lines: lineCount(d.text) }));
}

/** The tactics of the lint workspace: realistic, each with its own seed and slightly varied size. */
export function workspaceTactic(index: number): string {
  const r = new Random(10_000 + index);
  const shape = scaled(REALISTIC_SHAPE, 0.75 + r.next() * 0.5);
  return generateTactic(shape, 10_000 + index);
}

export interface ViewDocument {
  kind: 'map' | 'chains';
  /** Decision makers (map) or approval chains (chains). */
  size: number;
  text: string;
}

/**
 * The tactics the preview bench redraws in the other two views: an account map of 50 decision
 * makers (with their org lines, gatekeepers and the moves that reach each of them) and 10 approval
 * chains (each with a parallel group and a body). Clean tactics, like every bench document.
 */
export function viewDocuments(): ViewDocument[] {
  return [
    { kind: 'map', size: 50, text: generateTactic({ ...REALISTIC_SHAPE, decisionMakers: 50, identification: 10, gatekeepers: 10, questions: 20, actions: 20 }, 401, { people: true }) },
    { kind: 'chains', size: 10, text: generateTactic({ ...REALISTIC_SHAPE, decisionMakers: 20, chains: 10 }, 402, { people: true }) },
  ];
}
