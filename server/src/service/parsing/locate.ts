/** Positions → YAML nodes: what sits at an offset, and the exact range of an id's text. */
import type { Range } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq, Node, Scalar, YAMLMap } from 'yaml';
import type { ParsedTactic } from '../types';
import { nodeSpan, PathSeg, scalarText } from './ast';

/** What sits at an offset in the YAML tree: a key or a scalar value, with its path. */
export interface NodeAt {
  path: PathSeg[];
  node: Node;
  onKey: boolean;
  /** The mapping holding the pair (for keys and values of pairs). */
  parent?: YAMLMap;
}

export function nodeAt(parsed: ParsedTactic, offset: number): NodeAt | undefined {
  const contents = parsed.doc.yaml?.contents as Node | null | undefined;
  if (!contents) return undefined;
  // Scalars include their end (a cursor right after a word is on it); collections do not, since
  // a block collection's range runs up to the start of the next key.
  const within = (n: unknown): boolean => {
    const span = nodeSpan(n as Node);
    if (!span) return false;
    return span[0] <= offset && (isScalar(n) ? offset <= span[1] : offset < span[1]);
  };
  let node: Node = contents;
  const path: PathSeg[] = [];
  for (let depth = 0; depth < 64; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => within(p.key)) ?? node.items.find((p) => within(p.value));
      if (!pair) return undefined;
      const key = scalarText(pair.key) ?? '';
      if (within(pair.key) && isScalar(pair.key)) return { path: [...path, key], node: pair.key as Node, onKey: true, parent: node };
      path.push(key);
      if (isScalar(pair.value)) return { path, node: pair.value, onKey: false, parent: node };
      node = pair.value as Node;
    } else if (isSeq(node)) {
      const item = node.items.find((i) => within(i));
      if (!item) return undefined;
      path.push(0);
      if (isScalar(item)) return { path, node: item, onKey: false };
      node = item as Node;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** The range of an id's text: inside the quotes for a quoted scalar. */
export function idRange(parsed: ParsedTactic, node: Scalar): Range {
  const [start, end] = idSpan(parsed, node);
  return parsed.doc.lines.range(start, end);
}

export function idSpan(parsed: ParsedTactic, node: Scalar): [number, number] {
  const [start, end] = nodeSpan(node)!;
  const q = parsed.doc.text[start];
  if ((q === '"' || q === "'") && end - start >= 2 && parsed.doc.text[end - 1] === q) return [start + 1, end - 1];
  return [start, end];
}

/** The source range of a node, for every result that points back at the text (diagram nodes, readiness items). */
export function rangeOf(parsed: ParsedTactic, node: unknown): Range | undefined {
  const span = nodeSpan(node as Node | undefined);
  return span ? parsed.doc.lines.range(span[0], span[1]) : undefined;
}
