/**
 * The tactic's meaning, read off the YAML tree: blocks, entries, stages, ids and references, each
 * with the node it came from so every feature can point at exact ranges. Built once per parse.
 */
import * as l10n from '@vscode/l10n';
import { Document, isAlias, isMap, isScalar, isSeq, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { getPair, scalarText } from '../parsing/ast';
import type { TacticDocument } from '../parsing/parse';
import { resolveAlias } from '../parsing/value';
import { ID_PATTERN, IdKind } from '../domain/ids';
import { BLOCK_KEYS, BlockKey } from '../domain/blocks';
import type { People } from './people';

export { ID_PATTERN };
export type { IdKind };

export interface BlockInfo {
  key: BlockKey;
  pair: Pair<Scalar, unknown>;
  /** The entries that are mappings (others are schema errors). */
  entries: YAMLMap[];
  /** True when the value is a sequence (possibly empty); false for null or a wrong type. */
  isList: boolean;
}

export interface TransitionInfo {
  to?: string;
  /** The scalar holding the target id (the short form itself, or the `to` value). */
  toNode?: Scalar;
  when?: string;
  node: unknown;
}

export interface StageInfo {
  id?: string;
  idNode?: Scalar;
  name?: string;
  outcome?: string;
  node: YAMLMap;
  nextPair?: Pair<Scalar, unknown>;
  next: TransitionInfo[];
}

export interface CycleInfo {
  pair: Pair<Scalar, unknown>;
  node: YAMLMap | null;
  start?: string;
  startNode?: Scalar;
  direction: 'TD' | 'LR';
  stages: StageInfo[];
  /** The ids reachable from the start, found by cycleGraph.ts's reachableStages on first use. */
  reachable?: ReadonlySet<string>;
}

export interface Definition {
  kind: IdKind;
  id: string;
  node: Scalar;
  entry: YAMLMap;
  /** The block (or `sales_cycle`) it is defined in. */
  block: string;
}

export interface Reference {
  kind: IdKind;
  id: string;
  node: Scalar;
  block: string;
  field: string;
}

export interface TacticModel {
  blocks: Map<BlockKey, BlockInfo>;
  cycle?: CycleInfo;
  definitions: Definition[];
  references: Reference[];
  /** The people, read by people.ts's peopleOf on first use. */
  people?: People;
}

/** Where references live: block → field → kind of id. Checked against the schema's x-ref. */
export const REFERENCE_FIELDS: Record<string, Record<string, { kind: IdKind; list: boolean }>> = {
  decision_makers: { reports_to: { kind: 'decision_maker', list: false } },
  identification: { finds: { kind: 'decision_maker', list: true } },
  gatekeepers: { for: { kind: 'decision_maker', list: true } },
  positioning: { for: { kind: 'decision_maker', list: false } },
  discovery_questions: { for: { kind: 'decision_maker', list: true } },
  advancement_actions: { stage: { kind: 'stage', list: false }, for: { kind: 'decision_maker', list: true } },
  // Steps also hold parallel groups (a list of ids) and bodies (`members`): see collectRefs.
  approval_chains: { stage: { kind: 'stage', list: false }, steps: { kind: 'decision_maker', list: true } },
  objections: { stage: { kind: 'stage', list: false }, from: { kind: 'decision_maker', list: true } },
};

/** Blocks whose entries define ids. */
export const DEFINING_BLOCKS: Partial<Record<BlockKey, IdKind>> = {
  decision_makers: 'decision_maker',
  approval_chains: 'approval_chain',
};

/** What each kind of id is called, as a label (never pasted into a sentence: see authoring/). */
export const ID_KIND_LABEL: Record<IdKind, string> = {
  get decision_maker() { return l10n.t('decision maker'); },
  get approval_chain() { return l10n.t('approval chain'); },
  get stage() { return l10n.t('stage'); },
};

export function buildModel(tdoc: TacticDocument): TacticModel {
  const model: TacticModel = { blocks: new Map(), definitions: [], references: [], people: undefined };
  const doc = tdoc.yaml;
  const root = tdoc.root;
  if (!doc || !root) return model;

  for (const key of BLOCK_KEYS) {
    const pair = getPair(root, key);
    if (!pair) continue;
    const value = deref(pair.value, doc);
    const entries = isSeq(value) ? value.items.map((i) => deref(i, doc)).filter(isMap) : [];
    model.blocks.set(key, { key, pair, entries: entries as YAMLMap[], isList: isSeq(value) });
  }

  for (const [key, block] of model.blocks) {
    const kind = DEFINING_BLOCKS[key];
    const fields = Object.entries(REFERENCE_FIELDS[key] ?? {});
    for (const entry of block.entries) {
      if (kind) {
        const idNode = getPair(entry, 'id')?.value;
        const id = scalarText(idNode);
        if (id !== undefined && isScalar(idNode)) model.definitions.push({ kind, id, node: idNode, entry, block: key });
      }
      for (const [field, spec] of fields) {
        const value = deref(getPair(entry, field)?.value, doc);
        collectRefs(value, spec.kind, key, field, model.references, doc);
      }
    }
  }

  const cyclePair = getPair(root, 'sales_cycle');
  if (cyclePair) model.cycle = buildCycle(cyclePair, doc, model);
  return model;
}

function buildCycle(pair: Pair<Scalar, unknown>, doc: Document, model: TacticModel): CycleInfo {
  const node = deref(pair.value, doc);
  const map = isMap(node) ? (node as YAMLMap) : null;
  const cycle: CycleInfo = { pair, node: map, direction: 'TD', stages: [], reachable: undefined };
  if (!map) return cycle;
  const dir = scalarText(getPair(map, 'direction')?.value);
  if (dir === 'LR') cycle.direction = 'LR';
  const startNode = getPair(map, 'start')?.value;
  if (isScalar(startNode) && typeof startNode.value === 'string') {
    cycle.start = scalarText(startNode);
    cycle.startNode = startNode;
    model.references.push({ kind: 'stage', id: cycle.start!, node: startNode, block: 'sales_cycle', field: 'start' });
  }
  const stages = deref(getPair(map, 'stages')?.value, doc);
  for (const item of isSeq(stages) ? stages.items : []) {
    const st = deref(item, doc);
    if (!isMap(st)) continue;
    const idNode = getPair(st, 'id')?.value;
    const stage: StageInfo = {
      id: scalarText(idNode),
      idNode: isScalar(idNode) ? idNode : undefined,
      name: scalarText(getPair(st, 'name')?.value),
      outcome: scalarText(getPair(st, 'outcome')?.value),
      node: st as YAMLMap,
      nextPair: getPair(st, 'next'),
      next: [],
    };
    if (stage.id !== undefined && stage.idNode) {
      model.definitions.push({ kind: 'stage', id: stage.id, node: stage.idNode, entry: st as YAMLMap, block: 'sales_cycle' });
    }
    const next = deref(stage.nextPair?.value, doc);
    for (const t of isSeq(next) ? next.items : []) {
      const tn = deref(t, doc);
      if (isScalar(tn)) {
        const to = scalarText(tn);
        stage.next.push({ to, toNode: tn, node: tn });
        if (typeof tn.value === 'string') model.references.push({ kind: 'stage', id: tn.value as string, node: tn, block: 'sales_cycle', field: 'next' });
      } else if (isMap(tn)) {
        const toNode = getPair(tn, 'to')?.value;
        const to = scalarText(toNode);
        stage.next.push({ to, toNode: isScalar(toNode) ? toNode : undefined, when: scalarText(getPair(tn, 'when')?.value), node: tn });
        if (to !== undefined && isScalar(toNode) && typeof toNode.value === 'string') model.references.push({ kind: 'stage', id: to, node: toNode, block: 'sales_cycle', field: 'to' });
      }
    }
    cycle.stages.push(stage);
  }
  return cycle;
}

function collectRefs(value: unknown, kind: IdKind, block: string, field: string, out: Reference[], doc: Document): void {
  const items = isSeq(value) ? value.items.map((i) => deref(i, doc)) : [value];
  for (const item of items) {
    if (isScalar(item) && typeof item.value === 'string') out.push({ kind, id: item.value, node: item, block, field });
    else if (field === 'steps') collectStepRefs(item, kind, block, field, out, doc);
  }
}

/** An approval step that is not one id: a parallel group `[a, b]` or a body with `members`. */
function collectStepRefs(step: unknown, kind: IdKind, block: string, field: string, out: Reference[], doc: Document): void {
  const ids = isSeq(step) ? step : isMap(step) ? deref(getPair(step, 'members')?.value, doc) : undefined;
  if (!isSeq(ids)) return;
  for (const i of ids.items) {
    const item = deref(i, doc);
    if (isScalar(item) && typeof item.value === 'string') out.push({ kind, id: item.value, node: item, block, field });
  }
}

/** Follows an alias to its anchored node (one step is enough: anchors point at real nodes). */
export function deref(node: unknown, doc: Document): Node | null | undefined {
  if (isAlias(node)) return resolveAlias(doc, node);
  return node as Node | null | undefined;
}

/** Definitions of one kind, by id (the first definition wins; duplicates are reported). */
export function definitionsOf(model: TacticModel, kind: IdKind): Map<string, Definition> {
  const out = new Map<string, Definition>();
  for (const d of model.definitions) if (d.kind === kind && !out.has(d.id)) out.set(d.id, d);
  return out;
}
