/**
 * Schema validation: ajv's errors, mapped back to the exact YAML nodes they are about and
 * reworded for the people who write tactics.
 */
import type { ErrorObject } from 'ajv';
import { Document, isAlias, isMap, isScalar, isSeq, Node, Pair } from 'yaml';
import { nodeSpan } from '../parsing/ast';
import type { TacticDocument } from '../parsing/parse';
import { schemaValidator, SchemaNode } from '../domain/schema';
import { closestNames, hasInvisible } from '../parsing/text';
import { resolveAlias } from '../parsing/value';
import type { SchemaFindingData } from '../types';
import {
  badDateMessage, badEnumMessage, badIdMessage, badStepMessage, badTransitionMessage, emptyDocumentMessage, missingFieldMessage, nextWithOutcomeMessage, notAMappingMessage,
  otherProblemMessage, Owner, tooFewEntriesMessage, unknownKeyMessage, wrongTypeMessage,
} from './schemaMessages';

export interface SchemaFinding {
  start: number;
  end: number;
  message: string;
  data: SchemaFindingData;
}

interface Located {
  node: Node | null | undefined;
  /** The pair whose value is `node`, when it has one (gives the key's range). */
  pair?: Pair<unknown, unknown>;
}

/** At most this many schema findings per document (from at most MAX_SCHEMA_ERRORS ajv errors). */
export const MAX_SCHEMA_FINDINGS = 1000;
const MAX_SCHEMA_ERRORS = 5000;

export function validateSchema(tdoc: TacticDocument): SchemaFinding[] {
  const doc = tdoc.yaml;
  if (!doc || tdoc.value === undefined) return [];
  if (tdoc.value === null || typeof tdoc.value !== 'object' || Array.isArray(tdoc.value)) {
    const span = nodeSpan(doc.contents as Node) ?? [0, 0];
    return [tdoc.value === null
      ? { start: span[0], end: span[1], message: emptyDocumentMessage(), data: { kind: 'empty-document' } }
      : { start: span[0], end: span[1], message: notAMappingMessage(), data: { kind: 'not-a-mapping' } }];
  }
  const validate = schemaValidator();
  if (validate(tdoc.value)) return [];
  // A file with thousands of schema errors is not a tactic yet; the first ones say enough, and
  // mapping each error back to its node is not free (quadratic over a huge mapping).
  const errors = simplify((validate.errors ?? []).slice(0, MAX_SCHEMA_ERRORS));
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    if (out.length >= MAX_SCHEMA_FINDINGS) break;
    const f = describe(err, doc);
    if (!f) continue;
    const k = `${f.start}:${f.end}:${f.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Drops ajv's bookkeeping errors: `if` (its `then` error says it all) and `oneOf`, whose branch
 * errors are kept only for the branch matching the value's type.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  let out = errors.filter((e) => e.keyword !== 'if');
  for (const one of errors.filter((e) => e.keyword === 'oneOf')) {
    const prefix = `${one.schemaPath}/`;
    const branchOf = (e: ErrorObject) => Number(e.schemaPath.slice(prefix.length).split('/')[0]);
    // Errors of this oneOf's branches: its schema path, and this value or something inside it.
    const belongs = (e: ErrorObject) => e.schemaPath.startsWith(prefix)
      && (e.instancePath === one.instancePath || e.instancePath.startsWith(`${one.instancePath}/`));
    const inBranches = out.filter(belongs);
    const wrongType = new Set(inBranches.filter((e) => e.keyword === 'type' && e.instancePath === one.instancePath).map(branchOf));
    const branches = new Set(inBranches.map(branchOf));
    const matching = [...branches].filter((b) => !wrongType.has(b));
    out = out.filter((e) => {
      if (e === one) return matching.length === 0;
      if (!belongs(e)) return true;
      return matching.length > 0 && matching.includes(branchOf(e));
    });
  }
  return out;
}

function describe(err: ErrorObject, doc: Document): SchemaFinding | undefined {
  const path = parsePointer(err.instancePath);
  const at = locate(doc, path);
  const field = path.length ? String(path[path.length - 1]) : '';
  const parent = err.parentSchema as SchemaNode | undefined;
  const found = (span: [number, number], message: string, data: SchemaFindingData): SchemaFinding => ({ start: span[0], end: span[1], message, data });

  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const pair = findPair(at.node, key);
      const span = nodeSpan(pair?.key as Node) ?? valueSpan(at);
      const allowed = Object.keys(parent?.properties ?? {});
      const suggestions = closestNames(key, allowed);
      return found(span, unknownKeyMessage(ownerOf(path, parent), key, suggestions, allowed, hasInvisible(key)), { kind: 'unknown-key', key, allowed, suggestions });
    }
    case 'required': {
      const missing = String((err.params as { missingProperty: string }).missingProperty);
      return found(keySpanOfObject(at), missingFieldMessage(ownerOf(path, parent), missing), { kind: 'missing-field', field: missing });
    }
    case 'enum': {
      // A mapping where a value from the list is expected: its type finding says so. (String()
      // of the parser's prototype-less object throws, which took every finding of the file.)
      if (err.data !== null && typeof err.data === 'object' && !Array.isArray(err.data)) return undefined;
      const allowed = ((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const value = String(err.data);
      const suggestions = closestNames(value, allowed);
      return found(valueSpan(at), badEnumMessage(value, field, allowed), { kind: 'bad-enum', field, value, allowed, suggestions });
    }
    case 'type': {
      const type = (err.params as { type: string | string[] }).type;
      const expected = Array.isArray(type) ? type.map(String) : [String(type)];
      // The document itself is never of the wrong type here: validateSchema checks only a mapping.
      const entry = typeof path[path.length - 1] === 'number';
      const name = entry ? String(path[path.length - 2]) : field;
      return found(valueSpan(at), wrongTypeMessage(entry, name, expected, err.data), { kind: 'wrong-type', field: name, expected });
    }
    case 'pattern': {
      const value = String(err.data);
      if (field === 'reviewed') return found(valueSpan(at), badDateMessage(value), { kind: 'bad-date', field, value });
      return found(valueSpan(at), badIdMessage(value, hasInvisible(value)), { kind: 'bad-id', field, value });
    }
    case 'minItems': {
      const min = (err.params as { limit: number }).limit;
      return found(valueSpan(at), tooFewEntriesMessage(field, min), { kind: 'too-few-entries', field, min });
    }
    case 'not': {
      // The only `not` in the schema: a stage with an outcome must not have `next`.
      const pair = findPair(at.node, 'next');
      const span = nodeSpan(pair?.key as Node) ?? keySpanOfObject(at);
      return found(span, nextWithOutcomeMessage(), { kind: 'next-with-outcome' });
    }
    case 'oneOf':
      // Two oneOfs in the schema: an approval step, and a transition of the sales cycle.
      if (err.schemaPath.includes('chainStep')) return found(valueSpan(at), badStepMessage(err.data), { kind: 'bad-step' });
      return found(valueSpan(at), badTransitionMessage(err.data), { kind: 'bad-transition' });
    default:
      return found(valueSpan(at), otherProblemMessage(field, err.message ?? 'is not valid'), { kind: 'invalid', field, keyword: err.keyword });
  }
}

/** The object whose key or field a finding is about, for its message. */
function ownerOf(path: Array<string | number>, schema: SchemaNode | undefined): Owner {
  if (path.length === 0) return { kind: 'tactic' };
  const last = path[path.length - 1];
  if (schema?.title) return { kind: 'titled', title: schema.title.toLowerCase(), entry: typeof last === 'number', field: String(last) };
  return { kind: 'named', field: String(last) };
}

function parsePointer(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map((s) => {
    const seg = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(seg) ? Number(seg) : seg;
  });
}

/** Walks the YAML tree along a JSON path; aliases are followed except at the last step. */
export function locate(doc: Document, path: Array<string | number>): Located {
  let node = doc.contents as Node | null | undefined;
  let pair: Pair<unknown, unknown> | undefined;
  for (const seg of path) {
    if (isAlias(node)) node = resolveAlias(doc, node) as Node | undefined; // indexed, not a walk per call
    if (typeof seg === 'number' && isSeq(node)) {
      node = node.items[seg] as Node | undefined;
      pair = undefined;
    } else if (isMap(node)) {
      pair = findPair(node, String(seg));
      node = pair?.value as Node | undefined;
    } else {
      break;
    }
  }
  return { node, pair };
}

const PAIR_INDEX = new WeakMap<object, Map<string, Pair<unknown, unknown>>>();

function findPair(node: unknown, key: string): Pair<unknown, unknown> | undefined {
  if (!isMap(node)) return undefined;
  if (node.items.length > 64) {
    // Many findings in one huge mapping: index its keys once instead of scanning per finding.
    let index = PAIR_INDEX.get(node);
    if (!index) {
      index = new Map();
      for (const pair of node.items) {
        const k = pair.key;
        if (k === null || k === undefined) index.set('', pair);
        else if (isScalar(k)) index.set(String(k.value), pair);
      }
      PAIR_INDEX.set(node, index);
    }
    return index.get(key);
  }
  // The last pair wins, as it does in the parsed value (duplicates are reported separately).
  for (let i = node.items.length - 1; i >= 0; i--) {
    const k = node.items[i].key;
    if (k !== null && k !== undefined && isScalar(k) && String(k.value) === key) return node.items[i];
    if ((k === null || k === undefined) && key === '') return node.items[i];
  }
  return undefined;
}

/** The value's range; for an empty value (`key:`), the key's. */
function valueSpan(at: Located): [number, number] {
  const v = nodeSpan(at.node);
  if (v && v[1] > v[0]) return v;
  const k = nodeSpan(at.pair?.key as Node);
  return k ?? v ?? [0, 0];
}

/** For an object lacking a field: the key it hangs under, else its first key, else itself. */
function keySpanOfObject(at: Located): [number, number] {
  const k = nodeSpan(at.pair?.key as Node);
  if (k) return k;
  if (isMap(at.node) && at.node.items.length) {
    const first = nodeSpan(at.node.items[0].key as Node);
    if (first) return first;
  }
  const own = nodeSpan(at.node);
  return own ? [own[0], Math.min(own[1], own[0] + 1)] : [0, 0];
}
