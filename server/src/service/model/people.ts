/**
 * The client's people as format v2 describes them: decision makers with their role, influence,
 * attitude and org line, the gatekeepers in front of them, the moves planned toward them and the
 * approval chains they sign in. Read off the model once per parse (cached by model), for the v2
 * rules, the account map and the approval chains view, and readiness.
 */
import { isMap, isScalar, isSeq, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Document } from 'yaml';
import { getPair, scalarText } from '../parsing/ast';
import type { TacticDocument } from '../parsing/parse';
import { deref, TacticModel } from './model';

export const ATTITUDES = ['supporter', 'neutral', 'opponent', 'unknown'] as const;
export type Attitude = (typeof ATTITUDES)[number];

/** An id written somewhere, with the scalar that holds it. */
export interface IdRef {
  id: string;
  node: Scalar;
}

export interface Person {
  id?: string;
  idNode?: Scalar;
  entry: YAMLMap;
  title?: string;
  titleNode?: Node;
  name?: string;
  role?: string;
  influence?: string;
  /** `unknown` when absent or not one of the four values. */
  attitude: Attitude;
  attitudeNode?: Node;
  reportsTo?: IdRef;
}

export interface Gatekeeper {
  technique?: string;
  techniqueNode?: Node;
  entry: YAMLMap;
  for: IdRef[];
}

export interface Move {
  action?: string;
  actionNode?: Node;
  entry: YAMLMap;
  stage?: string;
  by?: string;
  for: IdRef[];
}

export type ChainStep =
  | { kind: 'person'; person: IdRef }
  | { kind: 'parallel'; node: YAMLSeq; members: IdRef[] }
  | { kind: 'body'; node: YAMLMap; body?: string; bodyNode?: Node; members: IdRef[] };

export interface Chain {
  id?: string;
  idNode?: Scalar;
  entry: YAMLMap;
  name?: string;
  when?: string;
  stage?: string;
  stepsKey?: Scalar;
  steps: ChainStep[];
}

export interface People {
  persons: Person[];
  /** The first decision maker with each id (duplicates are reported by duplicate-id). */
  byId: Map<string, Person>;
  gatekeepers: Gatekeeper[];
  moves: Move[];
  chains: Chain[];
  /** Ids named in some objection's `from`. */
  objectionsFrom: Set<string>;
}

/**
 * The model's people, read once per model and kept on the model itself. Not in a WeakMap: V8's
 * young-generation collections kept such entries (and through them each document's whole tree)
 * alive until a full collection, so every tree was copied and promoted, and `tactic lint` spent
 * a fifth of its time collecting (`node --trace-gc`: a heap growing by megabytes per collection).
 */
export function peopleOf(doc: TacticDocument, model: TacticModel): People {
  return (model.people ??= readPeople(doc, model));
}

function readPeople(tdoc: TacticDocument, model: TacticModel): People {
  const people: People = { persons: [], byId: new Map(), gatekeepers: [], moves: [], chains: [], objectionsFrom: new Set() };
  const doc = tdoc.yaml;
  if (!doc) return people;
  const entries = (block: Parameters<TacticModel['blocks']['get']>[0]) => model.blocks.get(block)?.entries ?? [];
  const value = (entry: YAMLMap, key: string) => deref(getPair(entry, key)?.value, doc);
  const text = (entry: YAMLMap, key: string) => scalarText(value(entry, key));

  for (const entry of entries('decision_makers')) {
    const idNode = value(entry, 'id');
    const attitudeNode = value(entry, 'attitude') ?? undefined;
    const attitude = scalarText(attitudeNode);
    const person: Person = {
      id: isScalar(idNode) ? scalarText(idNode) : undefined,
      idNode: isScalar(idNode) ? idNode : undefined,
      entry,
      title: text(entry, 'title'),
      titleNode: value(entry, 'title') ?? undefined,
      name: text(entry, 'name'),
      role: text(entry, 'role'),
      influence: text(entry, 'influence'),
      attitude: (ATTITUDES as readonly string[]).includes(attitude ?? '') ? (attitude as Attitude) : 'unknown',
      attitudeNode,
      // One boss: a list here is a schema error, not a line to draw.
      reportsTo: isScalar(value(entry, 'reports_to')) ? idRefs(value(entry, 'reports_to'), doc)[0] : undefined,
    };
    people.persons.push(person);
    if (person.id !== undefined && !people.byId.has(person.id)) people.byId.set(person.id, person);
  }
  for (const entry of entries('gatekeepers')) {
    people.gatekeepers.push({ technique: text(entry, 'technique'), techniqueNode: value(entry, 'technique') ?? undefined, entry, for: idRefs(value(entry, 'for'), doc) });
  }
  for (const entry of entries('advancement_actions')) {
    people.moves.push({
      action: text(entry, 'action'), actionNode: value(entry, 'action') ?? undefined, entry,
      stage: text(entry, 'stage'), by: text(entry, 'by'), for: idRefs(value(entry, 'for'), doc),
    });
  }
  for (const entry of entries('objections')) {
    for (const r of idRefs(value(entry, 'from'), doc)) people.objectionsFrom.add(r.id);
  }
  for (const entry of entries('approval_chains')) {
    const idNode = value(entry, 'id');
    const stepsPair = getPair(entry, 'steps');
    const stepsNode = deref(stepsPair?.value, doc);
    const chain: Chain = {
      id: isScalar(idNode) ? scalarText(idNode) : undefined,
      idNode: isScalar(idNode) ? idNode : undefined,
      entry,
      name: text(entry, 'name'),
      when: text(entry, 'when'),
      stage: text(entry, 'stage'),
      stepsKey: stepsPair?.key,
      steps: [],
    };
    for (const item of isSeq(stepsNode) ? stepsNode.items : []) {
      const step = deref(item, doc);
      if (isScalar(step)) {
        const [person] = idRefs(step, doc);
        if (person) chain.steps.push({ kind: 'person', person });
      } else if (isSeq(step)) {
        chain.steps.push({ kind: 'parallel', node: step, members: idRefs(step, doc) });
      } else if (isMap(step)) {
        const bodyNode = deref(getPair(step, 'body')?.value, doc) ?? undefined;
        chain.steps.push({ kind: 'body', node: step, body: scalarText(bodyNode), bodyNode, members: idRefs(deref(getPair(step, 'members')?.value, doc), doc) });
      }
    }
    people.chains.push(chain);
  }
  return people;
}

/** The string ids of a scalar or a list of scalars (anything else: none). */
function idRefs(node: unknown, doc: Document): IdRef[] {
  const items = isSeq(node) ? node.items.map((i) => deref(i, doc)) : [node];
  const out: IdRef[] = [];
  for (const item of items) if (isScalar(item) && typeof item.value === 'string') out.push({ id: item.value, node: item });
  return out;
}

/** Every decision maker a step stands for: the person, each signer of a group, each member of a body. */
export function stepMembers(step: ChainStep): IdRef[] {
  return step.kind === 'person' ? [step.person] : step.members;
}
