/** Small helpers over the `yaml` package's document nodes, used by every feature. */
import { isAlias, isMap, isPair, isScalar, isSeq, Node, Pair, Scalar } from 'yaml';

/** A step of a path into the YAML tree: a mapping key or a sequence index. */
export type PathSeg = string | number;

export type AnyNode = Node | Pair | null | undefined;

/** The pair whose key is `key` in a mapping (plain scalar keys only). */
export function getPair(map: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isScalar(item.key) && String(item.key.value) === key) return item as Pair<Scalar, Node | null>;
  }
  return undefined;
}

/** The text of a scalar node as a string, or undefined when it is not a scalar. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  return typeof v === 'string' ? v : String(v);
}

/** Source range [start, end) of a node; undefined when the node has none (e.g. an implicit null). */
export function nodeSpan(node: AnyNode): [number, number] | undefined {
  if (!node) return undefined;
  if (isPair(node)) {
    const k = nodeSpan(node.key as Node);
    const v = nodeSpan(node.value as Node);
    if (k && v) return [k[0], v[1]];
    return k ?? v;
  }
  const r = (node as Node).range;
  if (!r) return undefined;
  return [r[0], r[1]];
}

export { isAlias, isMap, isPair, isScalar, isSeq };
