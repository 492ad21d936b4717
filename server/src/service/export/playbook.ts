/**
 * The playbook's content: what a one-page brief of the tactic says, as plain data, before any
 * format. Read from the tactic's plain value (aliases expanded, unvalidated: every field is read
 * defensively, so a wrong type shows as absent, never as a crash). Both formats (html.ts,
 * markdown.ts) render exactly this, so they always say the same things.
 */
import type { Readiness } from '../readiness/readiness';
import type { Diagram } from '../diagram/diagram';

export interface PersonRow {
  id?: string;
  title: string;
  name?: string;
  role?: string;
  influence?: string;
  attitude: string;
  interests: string[];
  notes?: string;
  /** How we position ourselves with them (`positioning` entries `for` them). */
  positioning: Array<{ as: string; message?: string; proof: string[] }>;
}

export interface QuestionGroup {
  /** `situation`, `problem`, `implication`, `need_payoff`, or undefined: no type given. */
  type?: string;
  questions: Array<{ question: string; for: string[]; reveals?: string }>;
}

export interface ActionGroup {
  /** The stage's name (or id when it has none); undefined: actions without a known stage. */
  stage?: string;
  actions: Array<{ action: string; by?: string; for: string[]; result?: string }>;
}

export type StepText = { kind: 'person'; who: string } | { kind: 'parallel'; who: string[] } | { kind: 'body'; body: string; members: string[] };

export interface ChainText {
  id?: string;
  name?: string;
  when?: string;
  stage?: string;
  steps: StepText[];
}

export interface RiskRow {
  /** 1-based, as the matrix and the list label it (R1, R2 …). */
  number: number;
  risk: string;
  likelihood?: Level;
  impact?: Level;
  signals: string[];
  mitigation?: string;
}

export type Level = 'low' | 'medium' | 'high';
export const LEVELS: readonly Level[] = ['low', 'medium', 'high'];

export interface PlaybookDiagram {
  kind: Diagram['kind'];
  /** The Mermaid text, when the view can be drawn. */
  mermaid?: string;
  /** Why it cannot be drawn, when it cannot. */
  problem?: string;
}

export interface Playbook {
  title: string;
  account?: string;
  product?: string;
  owner?: string;
  reviewed?: string;
  description?: string;
  /** Errors in the tactic: the playbook shows what could be read. */
  errorCount: number;
  readiness: Readiness;
  decisionMakers: PersonRow[];
  identification: Array<{ source: string; method?: string; finds: string[] }>;
  gatekeepers: Array<{ technique: string; script?: string; when?: string; for: string[] }>;
  questions: QuestionGroup[];
  actions: ActionGroup[];
  chains: ChainText[];
  objections: Array<{ objection: string; responses: string[]; from: string[]; stage?: string }>;
  risks: RiskRow[];
  diagrams: PlaybookDiagram[];
}

export interface PlaybookInput {
  value: unknown;
  /** Used as the title when the tactic has none (the file name). */
  fallbackTitle: string;
  errorCount: number;
  readiness: Readiness;
  diagrams: Diagram[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A scalar as text (numbers, booleans and dates as written); anything else is absent. */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return undefined;
}

/** The texts of a list (a single scalar counts as a list of one). */
function texts(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).map(text).filter((t): t is string => t !== undefined);
}

const entries = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const level = (v: unknown): Level | undefined => (LEVELS as readonly unknown[]).includes(v) ? (v as Level) : undefined;

export function buildPlaybook(input: PlaybookInput): Playbook {
  const root: Obj = isObj(input.value) ? input.value : {};
  const people = entries(root.decision_makers);
  // A person as others name them: title (and name), or the id itself when it names nobody.
  const byId = new Map<string, Obj>();
  for (const p of people) {
    const id = text(p.id);
    if (id !== undefined && !byId.has(id)) byId.set(id, p);
  }
  const who = (id: string): string => {
    const p = byId.get(id);
    const title = p && text(p.title);
    const name = p && text(p.name);
    return title && name ? `${title} (${name})` : (title ?? name ?? id);
  };
  const whoList = (v: unknown) => texts(v).map(who);

  const stages = entries(isObj(root.sales_cycle) ? root.sales_cycle.stages : undefined);
  const stageName = (id: string | undefined): string | undefined => {
    if (id === undefined) return undefined;
    const stage = stages.find((s) => text(s.id) === id);
    return (stage && text(stage.name)) ?? id;
  };

  return {
    title: text(root.tactic) ?? input.fallbackTitle,
    account: text(root.account),
    product: text(root.product),
    owner: text(root.owner),
    reviewed: text(root.reviewed),
    description: text(root.description),
    errorCount: input.errorCount,
    readiness: input.readiness,
    decisionMakers: people.map((p) => {
      const id = text(p.id);
      return {
        id,
        title: text(p.title) ?? id ?? '',
        name: text(p.name),
        role: text(p.role),
        influence: text(p.influence),
        attitude: text(p.attitude) ?? 'unknown',
        interests: texts(p.interests),
        notes: text(p.notes),
        positioning: entries(root.positioning)
          .filter((e) => id !== undefined && texts(e.for).includes(id))
          .map((e) => ({ as: text(e.as) ?? '', message: text(e.message), proof: texts(e.proof) })),
      };
    }),
    identification: entries(root.identification).map((e) => ({ source: text(e.source) ?? '', method: text(e.method), finds: whoList(e.finds) })),
    gatekeepers: entries(root.gatekeepers).map((e) => ({ technique: text(e.technique) ?? '', script: text(e.script), when: text(e.when), for: whoList(e.for) })),
    questions: groupQuestions(entries(root.discovery_questions), whoList),
    actions: groupActions(entries(root.advancement_actions), stages, stageName, whoList),
    chains: entries(root.approval_chains).map((c) => ({
      id: text(c.id),
      name: text(c.name),
      when: text(c.when),
      stage: stageName(text(c.stage)),
      steps: (Array.isArray(c.steps) ? c.steps : []).flatMap((s): StepText[] => {
        if (Array.isArray(s)) return [{ kind: 'parallel', who: whoList(s) }];
        if (isObj(s)) return [{ kind: 'body', body: text(s.body) ?? '', members: whoList(s.members) }];
        const id = text(s);
        return id === undefined ? [] : [{ kind: 'person', who: who(id) }];
      }),
    })),
    objections: entries(root.objections).map((o) => ({ objection: text(o.objection) ?? '', responses: texts(o.responses), from: whoList(o.from), stage: stageName(text(o.stage)) })),
    risks: entries(root.risks).map((r, i) => ({ number: i + 1, risk: text(r.risk) ?? '', likelihood: level(r.likelihood), impact: level(r.impact), signals: texts(r.signals), mitigation: text(r.mitigation) })),
    diagrams: input.diagrams.map((d) => (d.ok ? { kind: d.kind, mermaid: d.mermaid } : { kind: d.kind, problem: d.problems.find((p) => p.severity === 'error')?.message ?? '' })),
  };
}

const QUESTION_TYPES = ['situation', 'problem', 'implication', 'need_payoff'];

function groupQuestions(list: Obj[], whoList: (v: unknown) => string[]): QuestionGroup[] {
  const groups = new Map<string | undefined, QuestionGroup>();
  for (const q of list) {
    const t = text(q.type);
    const type = t !== undefined && QUESTION_TYPES.includes(t) ? t : undefined;
    if (!groups.has(type)) groups.set(type, { type, questions: [] });
    groups.get(type)!.questions.push({ question: text(q.question) ?? '', for: whoList(q.for), reveals: text(q.reveals) });
  }
  // SPIN order, then the questions without a type
  return [...QUESTION_TYPES, undefined].flatMap((t) => (groups.has(t) ? [groups.get(t)!] : []));
}

function groupActions(list: Obj[], stages: Obj[], stageName: (id: string | undefined) => string | undefined, whoList: (v: unknown) => string[]): ActionGroup[] {
  const known = stages.map((s) => text(s.id)).filter((id): id is string => id !== undefined);
  const groups = new Map<string | undefined, ActionGroup>();
  for (const a of list) {
    const id = text(a.stage);
    const key = id !== undefined && known.includes(id) ? id : undefined;
    if (!groups.has(key)) groups.set(key, { stage: stageName(key), actions: [] });
    groups.get(key)!.actions.push({ action: text(a.action) ?? '', by: text(a.by), for: whoList(a.for), result: text(a.result) });
  }
  // the cycle's order, then the actions without a (known) stage
  return [...new Set(known), undefined].flatMap((k) => (groups.has(k) ? [groups.get(k)!] : []));
}
