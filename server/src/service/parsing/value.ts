/**
 * YAML nodes → the plain value ajv validates. Aliases are expanded within a node budget (alias
 * bombs), nesting is bounded (circular aliases), and objects are PlainObjects, so keys such as
 * `__proto__` or `constructor` are ordinary data.
 */
import * as l10n from '@vscode/l10n';
import { Alias, Document, isAlias, isMap, isScalar, isSeq, Node, visit } from 'yaml';

/**
 * A mapping of the plain value: an object with nothing behind it (no Object.prototype), so keys
 * such as `__proto__` or `constructor` are ordinary data. Made by a constructor whose prototype is
 * an empty object without a prototype, not by Object.create(null): V8 keeps null-prototype objects
 * in dictionary mode, slower to fill and for ajv to read (about a tenth of `tactic lint`).
 */
export const PlainObject = function PlainObject() {} as unknown as new () => Record<string, unknown>;
PlainObject.prototype = Object.freeze(Object.create(null));

/** Nodes that alias expansion may add to the value. */
export const MAX_EXPANDED_NODES = 200_000;
/** Deepest nesting followed through aliases. */
export const MAX_VALUE_DEPTH = 256;

export interface ValueOptions {
  /** The document aliases resolve in; without it, aliases become null. */
  doc?: Document;
  onProblem?(message: string, start: number, end: number, structural: boolean): void;
}

export function plainValue(root: unknown, opts: ValueOptions = {}): unknown {
  let budget = MAX_EXPANDED_NODES;
  let exhausted = false;
  const report = opts.onProblem ?? (() => undefined);
  // `via`: the last alias on the path from the root; findings point at it (the place to fix).
  const convert = (node: unknown, depth: number, via?: Alias): unknown => {
    if (exhausted) return null;
    // Only nodes reached through an alias count: the others are bounded by the text's length.
    if ((via && --budget < 0) || depth > MAX_VALUE_DEPTH) {
      exhausted = true;
      const [at, end] = via?.range ?? [(node as Node)?.range?.[0] ?? 0, ((node as Node)?.range?.[0] ?? 0) + 1];
      report(depth > MAX_VALUE_DEPTH
        ? via
          ? l10n.t('Aliases nest deeper than {0} levels here: `*{1}` leads back into its own anchor (a circular alias), or aliases are chained too deep. The file is not checked further.', MAX_VALUE_DEPTH, via.source)
          : l10n.t('Nesting is deeper than {0} levels here; a tactic needs only a few. The file is not checked further.', MAX_VALUE_DEPTH)
        : l10n.t('Aliases expand to far more data than a tactic holds (an "alias bomb"), here at `*{0}`; the file is not checked further.', via!.source),
      at, Math.max(end, at + 1), true);
      return null;
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = opts.doc ? resolveAlias(opts.doc, node) : undefined;
      if (!target) {
        const [s, e] = node.range ?? [0, 1];
        report(l10n.t('The alias `*{0}` refers to no anchor `&{0}` defined before it.', node.source), s, e, false);
        return null;
      }
      return convert(target, depth + 1, node);
    }
    if (isScalar(node)) return node.value === undefined ? null : node.value;
    if (isMap(node)) {
      const obj = new PlainObject();
      for (const pair of node.items) {
        const k = pair.key;
        let key: string;
        if (k === null || k === undefined) key = '';
        else if (isScalar(k) && k.value === null && !k.source) {
          // `: value` parses as a key that is an empty scalar: say so, rather than call it `null`.
          const [s, e] = (pair.value as Node | null)?.range ?? k.range ?? [0, 1];
          report(l10n.t('This value has no key: write it as `key: value`.'), k.range?.[0] ?? s, Math.max(e, s + 1), false);
          continue;
        } else if (isScalar(k)) key = String(k.value);
        else {
          const [s, e] = (k as Node).range ?? [0, 1];
          report(l10n.t('Keys must be plain names, not lists or mappings.'), s, e, false);
          continue;
        }
        obj[key] = convert(pair.value, depth + 1, via);
      }
      return obj;
    }
    if (isSeq(node)) return node.items.map((item) => convert(item, depth + 1, via));
    return null;
  };
  return convert(root, 0);
}

const ANCHORS = new WeakMap<Document, Map<string, Node[]>>();

/**
 * What an alias refers to: the closest anchor of that name before it, as `Alias.resolve` has it.
 * `Alias.resolve` walks the whole document on every call, which is quadratic in a file with
 * thousands of aliases; this indexes the anchors once per document.
 */
export function resolveAlias(doc: Document, alias: Alias): Node | undefined {
  let anchors = ANCHORS.get(doc);
  if (!anchors) {
    const index = new Map<string, Node[]>();
    visit(doc, {
      Node(_key, node) {
        const name = (node as { anchor?: string }).anchor;
        if (name && node.range) {
          const list = index.get(name);
          if (list) list.push(node);
          else index.set(name, [node]);
        }
      },
    });
    anchors = index;
    ANCHORS.set(doc, anchors);
  }
  const candidates = anchors.get(alias.source);
  const at = alias.range?.[0] ?? Infinity;
  let found: Node | undefined;
  // Visiting order is document order, so the last candidate starting before the alias wins.
  for (const node of candidates ?? []) {
    if (node.range![0] < at) found = node;
    else break;
  }
  return found;
}
