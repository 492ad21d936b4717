/**
 * yaml node trees as plain data, for comparing the fast reader's documents with yaml's: node
 * types (as yaml's is* functions, `instanceof` and `constructor` see them), ranges, scalar values (NaN and -0 kept apart), types, sources and every other own
 * property but the comments the fast reader does not attach (see parsing/blockYaml.ts).
 */
import { Document, isMap, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** The yaml class a node is an instance of (the fast reader's nodes too, through their prototypes). */
function instanceOf(node: object): string {
  for (const [name, type] of [['YAMLMap', YAMLMap], ['YAMLSeq', YAMLSeq], ['Pair', Pair], ['Scalar', Scalar]] as const) if (node instanceof type) return name;
  return 'other';
}

const COMMENTS = new Set(['comment', 'commentBefore', 'spaceBefore']);

function plain(node: unknown): unknown {
  if (node === null || node === undefined || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {
    class: isMap(node) ? 'map' : isSeq(node) ? 'seq' : isPair(node) ? 'pair' : isScalar(node) ? 'scalar' : (node as object).constructor.name,
    instance: instanceOf(node),
    constructor: (node as object).constructor.name,
  };
  for (const [k, v] of Object.entries(node)) {
    if (COMMENTS.has(k)) continue;
    if (k === 'items') out.items = (v as unknown[]).map(plain);
    else if (k === 'key' || (k === 'value' && isPair(node))) out[k] = plain(v);
    else if (k === 'value' && typeof v === 'number') out.value = Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v;
    else out[k] = v;
  }
  return out;
}

/** The document's tree, range, errors and warnings as plain data. */
export function yamlTree(doc: Document): unknown {
  const d = doc as Document & { range?: number[] };
  return { range: d.range, errors: d.errors.length, warnings: d.warnings.length, contents: plain(d.contents) };
}
