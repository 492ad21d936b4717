/**
 * A fast reader for the block YAML that tactics are written in, producing the node tree
 * `yaml`'s parseDocument builds (instances of the same classes, with the same ranges, scalar
 * values, types and sources; see FastScalar for how they are made) and the plain value ajv checks,
 * several times faster: `yaml` lexes into tokens, builds a CST and then composes nodes from it,
 * while this reads each line once and builds the nodes directly.
 *
 * It reads only a subset and says `undefined` for anything else, so the caller parses with `yaml`
 * (which then also reports any error exactly). The subset: a block mapping or sequence indented
 * with spaces; keys that are plain or quoted scalars on one line; values that are one-line plain
 * or quoted scalars, one-line flow collections (`[a, b]`, `{ to: x, when: y }`, nested), folded
 * or literal block scalars (`>`, `|`, `>-`, `|-`) of evenly indented lines, or nested blocks;
 * comments at the end of a line, and comment lines indented no deeper than the next content line
 * (where they change no node's range); LF or CRLF line ends, a byte order mark at the start.
 * Anything else (anchors, aliases, tags, directives, document markers, multi-line plain or
 * quoted scalars, explicit keys, tabs, control characters, other comments, duplicate keys when
 * `uniqueKeys` is set, any YAML error or warning) is left to `yaml`.
 *
 * Comments are not attached to the nodes (`comment`, `commentBefore`, `spaceBefore`): no feature
 * of the service reads them (test/unit/blockYaml.test.ts checks that); suppression comments are
 * read from the text.
 */
import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { MAX_NESTING } from './limits';
import { PlainObject } from './value';

export type YamlOptions = DocumentOptions & ParseOptions & SchemaOptions;
type Node = Scalar | YAMLMap | YAMLSeq;
type Tag = { default?: boolean | 'key'; test?: RegExp; format?: string; resolve(value: string, onError: (message: string) => void, options: unknown): unknown };

let enabled = true;

/** Tests and the bench switch the fast path off to compare with `yaml` alone. */
export function setFastYaml(on: boolean): void {
  enabled = on;
}

/** Characters the subset never contains: tabs, controls, line breaks other than LF and CRLF. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSUPPORTED_CHARACTER = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]|\r(?!\n)/;
/**
 * Flow collections nested deeper than this (at most two levels more, by where the check sits)
 * are left to `yaml`; parse.ts relies on it to skip the lexer half of its nesting guard.
 */
export const MAX_FLOW_DEPTH = 64;
/** Longer implicit keys are an error in YAML (1,024 characters); past this, `yaml` decides. */
const MAX_KEY_LENGTH = 1000;
/**
 * Collections nested deeper than this are left to `yaml` (tactics need about 6), so the plain
 * value built here never reaches value.ts's depth limit, whose finding only plainValue reports.
 */
const MAX_DEPTH = 128;

const NODE_TYPE = Symbol.for('yaml.node.type');

/**
 * yaml's node constructors give each node its type with Object.defineProperty, a call V8 does not
 * inline (with collections' own `schema`, a sixth of `tactic lint`). These make the same nodes
 * (instances of yaml's classes, with the same enumerable properties) but keep the non-enumerable
 * type on a prototype between the node and yaml's class, where isScalar(), isMap()… find it just
 * the same. Collections carry no `schema`, as the documents incremental.ts composes: only yaml's
 * methods that edit a tree read it, and the service edits text, never a parsed tree.
 */
// `declare` fields: assigned in the constructor, as yaml does, without a class field's define.
class FastScalar {
  declare value: unknown;
  constructor(value: unknown) {
    this.value = value;
  }
}
class FastPair {
  declare key: unknown;
  declare value: unknown;
  constructor(key: unknown, value: unknown) {
    this.key = key;
    this.value = value;
  }
}
class FastMap {
  declare items: Array<Pair<Scalar, Node>>;
  constructor() {
    this.items = [];
  }
}
class FastSeq {
  declare items: Node[];
  constructor() {
    this.items = [];
  }
}
for (const [fast, base, type] of [
  [FastScalar, Scalar, 'yaml.scalar'], [FastPair, Pair, 'yaml.pair'], [FastMap, YAMLMap, 'yaml.map'], [FastSeq, YAMLSeq, 'yaml.seq'],
] as const) {
  Object.setPrototypeOf(fast.prototype, base.prototype);
  Object.defineProperty(fast.prototype, NODE_TYPE, { value: Symbol.for(type) });
  Object.defineProperty(fast.prototype, 'constructor', { value: base, writable: true, configurable: true });
}
const newScalar = (value: unknown): Scalar => new FastScalar(value) as unknown as Scalar;
const newPair = (key: Scalar, value: Node): Pair<Scalar, Node> => new FastPair(key, value) as unknown as Pair<Scalar, Node>;
const newMap = (): YAMLMap<Scalar, Node> => new FastMap() as unknown as YAMLMap<Scalar, Node>;
const newSeq = (): YAMLSeq<Node> => new FastSeq() as unknown as YAMLSeq<Node>;

/** Directives and document markers start a line with these. */
const MARKER = /^(?:---|\.\.\.|%)/m;

/** Thrown on anything outside the subset; never escapes readBlockYaml. */
class Unsupported extends Error {}
const unsupported = new Unsupported();

/**
 * A document the fast reader took, with its plain value: what value.ts's plainValue gives for its
 * contents (PlainObjects, arrays and scalar values; such a document has no aliases and
 * nests less than plainValue's limit, so that call would report nothing), built during the read
 * instead of by a second walk over the nodes.
 */
export interface FastRead {
  doc: Document.Parsed;
  value: unknown;
}

/**
 * The document `parseDocument(source, options)` would give and its plain value (see FastRead), or
 * undefined to leave the text to `yaml`.
 * `refuseDuplicateKeys` leaves a text with a repeated key to `yaml` even where the options allow
 * one, so a document read here is known to have none (the caller can skip its own search).
 */
export function readBlockYaml(source: string, options: YamlOptions, { refuseDuplicateKeys = false } = {}): FastRead | undefined {
  // A byte order mark is read (and skipped) only as the first character.
  if (!enabled || UNSUPPORTED_CHARACTER.test(source) || MARKER.test(source) || source.indexOf('\ufeff', 1) > 0) return undefined;
  try {
    const reader = new Reader(source, options, refuseDuplicateKeys);
    const doc = reader.read();
    return { doc, value: reader.data };
  } catch {
    // Outside the subset, or a bug here: either way `yaml` reads it and the result is exact.
    return undefined;
  }
}

/**
 * Records a key, throwing `unsupported` when its value repeats one of `items` (compared as a Set
 * compares). Most mappings have a few keys, so they are scanned; a Set, made once a mapping passes
 * eight keys, keeps large ones linear. Returns the Set to pass with the next key.
 */
function noteKey(items: readonly Pair[], value: unknown, seen: Set<unknown> | undefined): Set<unknown> | undefined {
  if (seen) {
    if (seen.has(value)) throw unsupported;
    return seen.add(value);
  }
  for (const p of items) {
    const other = (p.key as Scalar).value;
    if (other === value || (other !== other && value !== value)) throw unsupported;
  }
  return items.length < 8 ? undefined : new Set([...items.map((p) => (p.key as Scalar).value), value]);
}

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const SQUOTE = 39;
const DQUOTE = 34;

/** Characters that may open a YAML node other than a plain scalar (or a plain scalar only sometimes). */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
/** Characters that end a plain scalar inside a flow collection (`:` and `#` are refused there). */
const FLOW_STOP = new Set([...',[]{}:#'].map((c) => c.charCodeAt(0)));
/** First characters of plain scalars that some core-schema tag may resolve (null, bool, numbers). */
const TAGGED_FIRST = new Set([...'0123456789+-.~nNtTfF'].map((c) => c.charCodeAt(0)));

const ESCAPES: Record<string, string> = {
  '0': '\0', 'a': '\x07', 'b': '\b', 'e': '\x1b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
  'N': '\u0085', '_': '\u00a0', 'L': '\u2028', 'P': '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

class Reader {
  private readonly doc: Document.Parsed;
  private readonly tags: Tag[];
  private readonly uniqueKeys: boolean;
  /** The current line: where it starts, its indentation, where its content ends (before CR LF), where the next starts. */
  private start = 0;
  private indent = 0;
  private end = 0;
  private next = 0;
  /** The last skipBlank() passed comment lines (yaml would attach them to an empty value before them). */
  private comments = false;
  /** Collections open around the one being read. */
  private depth = 0;
  /** The plain value (see FastRead) of the node the last node-reading method returned. */
  data: unknown = null;

  constructor(private readonly src: string, options: YamlOptions, refuseDuplicateKeys: boolean) {
    this.doc = new Document(undefined, options) as unknown as Document.Parsed;
    const schema = this.doc.schema as unknown as { tags: Tag[]; compat?: unknown };
    if (schema.compat) throw unsupported;
    this.tags = schema.tags.filter((t) => (t.default === true || t.default === 'key') && t.test);
    this.uniqueKeys = refuseDuplicateKeys || options.uniqueKeys !== false;
  }

  read(): Document.Parsed {
    this.seek(this.src.charCodeAt(0) === 0xfeff ? 1 : 0);
    this.skipBlank();
    if (this.start >= this.src.length) throw unsupported;
    const docStart = this.start;
    const col = this.indent;
    // yaml misreads a list or indentation on the line of a byte order mark.
    if (docStart === 1 && (col > 0 || this.isDash(1))) throw unsupported;
    const root = this.isDash(this.start + col) ? this.blockSeq(col) : this.blockMap(col, this.start + col);
    this.skipBlank();
    if (this.start < this.src.length) throw unsupported;
    this.doc.contents = root as Document.Parsed['contents'];
    // yaml ends the document after the blank lines that follow the last value, unless that value
    // is empty: then those lines went into its (empty) node's tokens.
    let last: unknown = root;
    while ((last instanceof YAMLMap || last instanceof YAMLSeq) && !last.flow) {
      const item: unknown = last.items[last.items.length - 1];
      last = item instanceof Pair ? item.value : item;
    }
    const emptyLast = (last as Scalar).source === '' && (last as Scalar).type === 'PLAIN';
    (this.doc as { range: [number, number, number] }).range = [docStart, root.range![2], emptyLast ? root.range![2] : this.src.length];
    return this.doc;
  }

  /** Makes the line starting at `pos` the current one. */
  private seek(pos: number): void {
    const src = this.src;
    this.start = pos;
    let nl = src.indexOf('\n', pos);
    if (nl < 0) nl = src.length;
    this.next = nl < src.length ? nl + 1 : nl;
    this.end = nl > pos && src.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let i = pos;
    while (i < this.end && src.charCodeAt(i) === SPACE) i++;
    this.indent = i - pos;
    // The nesting guard's measure of a line (scanNesting in parse.ts): its indentation and the
    // block indicators after it, anchors and tags skipped. A line over MAX_NESTING is left to yaml
    // and the guard (which refuses only past 2 × MAX_NESTING + 2 columns); within it, nothing read
    // here can trip the guard, which then need not run.
    let run = this.indent;
    for (; i < this.end; i++) {
      const c = src.charCodeAt(i);
      if (c === SPACE || c === DASH || c === COLON || c === 63 /* ? */) run++;
      else if (c === 38 /* & */ || c === 33 /* ! */) {
        while (i + 1 < this.end && src.charCodeAt(i + 1) !== SPACE) i++;
      } else break;
    }
    if (run > MAX_NESTING) throw unsupported;
  }

  /**
   * Moves past blank and comment lines to the next line with content (or the end). yaml files a
   * comment line under the innermost open collection; a comment indented deeper than the next
   * content line (or than column 0 at the end) can stretch the range of a node before it, so
   * those are left to yaml, as are comments after an empty value (see `comments`).
   */
  private skipBlank(): void {
    const src = this.src;
    let deepest = -1;
    while (this.start < src.length) {
      if (this.indent < this.end - this.start) {
        if (src.charCodeAt(this.start + this.indent) !== HASH) break;
        deepest = Math.max(deepest, this.indent);
      }
      this.seek(this.next);
    }
    if (deepest > (this.start < src.length ? this.indent : 0)) throw unsupported;
    this.comments = deepest >= 0;
  }

  /** The current line at column `col` is a content line of the block at that column. */
  private atColumn(col: number): boolean {
    this.skipBlank();
    if (this.start >= this.src.length || this.indent < col) return false;
    if (this.indent > col) throw unsupported; // a continuation line or bad indentation
    return true;
  }

  private isDash(at: number): boolean {
    return this.src.charCodeAt(at) === DASH && (at + 1 >= this.end || this.src.charCodeAt(at + 1) === SPACE);
  }

  /** A block mapping at column `col` whose first key starts at `at` on the current line. */
  private blockMap(col: number, at: number): YAMLMap {
    if (++this.depth > MAX_DEPTH) throw unsupported;
    const map = newMap();
    const data = new PlainObject();
    let keys: Set<unknown> | undefined;
    const first = at;
    let end: number;
    for (;;) {
      const key = this.key(at);
      if (this.uniqueKeys) keys = noteKey(map.items, key.value, keys);
      const value = this.mapValue(col, key.range![1] + 1);
      data[String(key.value)] = this.data;
      map.items.push(newPair(key, value));
      end = value.range![2];
      if (!this.atColumn(col)) break;
      at = this.start + col;
    }
    map.range = [first, end, end];
    this.depth--;
    this.data = data;
    return map;
  }

  /** A key at `at` on the current line, followed by `:` and a space or the end of the line. */
  private key(at: number): Scalar {
    const src = this.src;
    const c = src.charCodeAt(at);
    let keyEnd: number;
    let node: Scalar;
    if (c === DQUOTE || c === SQUOTE) {
      keyEnd = this.quotedEnd(at);
      node = this.quoted(at, keyEnd, keyEnd);
    } else {
      if (INDICATORS.has(c)) throw unsupported;
      let i = at;
      for (; i < this.end; i++) {
        const d = src.charCodeAt(i);
        if (d === COLON && (i + 1 === this.end || src.charCodeAt(i + 1) === SPACE)) break;
        if (d === HASH && src.charCodeAt(i - 1) === SPACE) throw unsupported;
      }
      if (i === this.end) throw unsupported; // not `key: value`
      keyEnd = i;
      while (src.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
      node = this.plain(at, keyEnd, keyEnd, true);
    }
    if (keyEnd - at > MAX_KEY_LENGTH || src.charCodeAt(keyEnd) !== COLON) throw unsupported;
    if (keyEnd + 1 < this.end && src.charCodeAt(keyEnd + 1) !== SPACE) throw unsupported;
    return node;
  }

  /** The value of a block mapping pair at column `col`, after its `:` at `at - 1`. */
  private mapValue(col: number, at: number): Node {
    const src = this.src;
    let i = at;
    while (i < this.end && src.charCodeAt(i) === SPACE) i++;
    if (i < this.end && src.charCodeAt(i) !== HASH) return this.inline(col, i);
    // Nothing (but perhaps a comment) after `key:`: a nested block, or an empty value.
    const comment = i < this.end;
    if (comment && src.charCodeAt(i - 1) !== SPACE) throw unsupported;
    const empty = i;
    this.seek(this.next);
    this.skipBlank();
    if (this.start < this.src.length) {
      const dash = this.isDash(this.start + this.indent);
      if (this.indent > col) return dash ? this.blockSeq(this.indent) : this.blockMap(this.indent, this.start + this.indent);
      // A list may sit at the same indentation as its key.
      if (this.indent === col && dash) return this.blockSeq(col);
    }
    // yaml would keep the comment on the empty value and stretch its range over it.
    if (comment || this.comments) throw unsupported;
    return this.plain(empty, empty, empty, false);
  }

  /** A block sequence at column `col`; the current line holds its first `-`. */
  private blockSeq(col: number): YAMLSeq {
    if (++this.depth > MAX_DEPTH) throw unsupported;
    const seq = newSeq();
    const data: unknown[] = [];
    const first = this.start + col;
    let end: number;
    do {
      const item = this.seqItem(col, this.start + col + 1);
      seq.items.push(item);
      data.push(this.data);
      end = item.range![2];
      // A line at this column without `-` ends the list (it sits at the indentation of its key).
    } while (this.atColumn(col) && this.isDash(this.start + col));
    seq.range = [first, end, end];
    this.depth--;
    this.data = data;
    return seq;
  }

  /** The entry of a block sequence at column `col`, after its `-` at `at - 1`. */
  private seqItem(col: number, at: number): Node {
    const src = this.src;
    let i = at;
    while (i < this.end && src.charCodeAt(i) === SPACE) i++;
    if (i === this.end) {
      this.seek(this.next);
      this.skipBlank();
      // An entry whose content starts on the next line is left to yaml, and so are comments after it.
      if ((this.start < this.src.length && this.indent > col) || this.comments) throw unsupported;
      return this.plain(i, i, i, false);
    }
    const inner = i - this.start;
    if (this.isDash(i)) return this.blockSeq(inner);
    if (this.startsPair(i)) return this.blockMap(inner, i);
    return this.inline(col, i);
  }

  /** Whether the content at `at` on the current line is `key:` (a compact mapping in a list entry). */
  private startsPair(at: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quotedEnd(at);
      return src.charCodeAt(close) === COLON;
    }
    if (c === 91 /* [ */ || c === 123 /* { */ || c === 124 /* | */ || c === 62 /* > */) return false;
    for (let i = at; i < this.end; i++) {
      const d = src.charCodeAt(i);
      if (d === COLON && (i + 1 === this.end || src.charCodeAt(i + 1) === SPACE)) return true;
      if (d === HASH && src.charCodeAt(i - 1) === SPACE) return false;
    }
    return false;
  }

  /**
   * A value that starts at `at` on the current line, in a block at column `col`: a one-line
   * scalar or flow collection, or a block scalar. Leaves the next line current.
   */
  private inline(col: number, at: number): Node {
    const src = this.src;
    const c = src.charCodeAt(at);
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(col, at);
    let node: Node;
    let valueEnd: number;
    if (c === DQUOTE || c === SQUOTE) {
      valueEnd = this.quotedEnd(at);
      node = this.quoted(at, valueEnd, 0);
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      [node, valueEnd] = this.flow(at, 0);
    } else {
      if (INDICATORS.has(c) && (c !== DASH || at + 1 === this.end || src.charCodeAt(at + 1) === SPACE)) throw unsupported;
      let i = at;
      for (; i < this.end; i++) {
        const d = src.charCodeAt(i);
        if (d === HASH && src.charCodeAt(i - 1) === SPACE) break;
        // `a: b: c` is an error; `- a: b` was taken as a mapping before.
        if (d === COLON && (i + 1 === this.end || src.charCodeAt(i + 1) === SPACE)) throw unsupported;
      }
      valueEnd = i;
      while (src.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
      node = this.plain(at, valueEnd, 0, false);
    }
    // After the value: spaces, then a comment (after a space) or the end of the line.
    let i = valueEnd;
    while (i < this.end && src.charCodeAt(i) === SPACE) i++;
    if (i < this.end && (src.charCodeAt(i) !== HASH || i === valueEnd)) throw unsupported;
    node.range![2] = this.next;
    this.seek(this.next);
    return node;
  }

  /** Where the quoted scalar opening at `at` closes (just past the quote), on this line. */
  private quotedEnd(at: number): number {
    const src = this.src;
    const q = src.charCodeAt(at);
    for (let i = at + 1; i < this.end; i++) {
      const d = src.charCodeAt(i);
      if (d === q) {
        if (q === SQUOTE && src.charCodeAt(i + 1) === SQUOTE) i++;
        else return i + 1;
      } else if (d === 92 /* \ */ && q === DQUOTE) i++;
    }
    throw unsupported; // closes on a later line, or never
  }

  private quoted(at: number, end: number, nodeEnd: number): Scalar {
    const src = this.src;
    const body = src.slice(at + 1, end - 1);
    let value: string;
    if (src.charCodeAt(at) === SQUOTE) value = body.includes("''") ? body.replace(/''/g, "'") : body;
    else value = body.includes('\\') ? unescape(body) : body;
    return this.scalar(newScalar(value), value, src.charCodeAt(at) === SQUOTE ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE', at, end, nodeEnd);
  }

  /** A plain scalar `src[at, end)`, resolved by the schema's tags as yaml resolves it. */
  private plain(at: number, end: number, nodeEnd: number, atKey: boolean): Scalar {
    const value = this.src.slice(at, end);
    let node: Scalar;
    if (value === '' || TAGGED_FIRST.has(value.charCodeAt(0))) {
      // As yaml's composer picks a tag: the first that claims the text (`key` tags only for keys).
      const tag = this.tags.find((t) => (t.default === true || atKey) && t.test!.test(value));
      if (tag) {
        const res = tag.resolve(value, () => {
          throw unsupported;
        }, this.doc.options);
        node = isScalar(res) ? (res as Scalar) : newScalar(res);
        this.scalar(node, value, 'PLAIN', at, end, nodeEnd);
        if (tag.format) node.format = tag.format;
        return node;
      }
    }
    return this.scalar(newScalar(value), value, 'PLAIN', at, end, nodeEnd);
  }

  private scalar(node: Scalar, source: string, type: Scalar.Type, at: number, end: number, nodeEnd: number): Scalar {
    node.range = [at, end, Math.max(end, nodeEnd)];
    node.source = source;
    node.type = type;
    this.data = node.value === undefined ? null : node.value;
    return node;
  }

  /**
   * A flow collection opening at `at`, closed on the same line; with the offset just past its
   * closing bracket. `nodeEnd` as for scalars: ranges end after the spaces that follow.
   */
  private flow(at: number, depth: number): [Node, number] {
    const src = this.src;
    const isMap = src.charCodeAt(at) === 123;
    const close = isMap ? 125 : 93;
    if (++this.depth > MAX_DEPTH) throw unsupported;
    const coll = isMap ? newMap() : newSeq();
    coll.flow = true;
    const data: Record<string, unknown> | unknown[] = isMap ? new PlainObject() : [];
    let keys: Set<unknown> | undefined;
    let i = this.skipSpaces(at + 1);
    while (src.charCodeAt(i) !== close) {
      if (isMap) {
        const key = this.flowNode(i, depth, true) as Scalar;
        i = key.range![1];
        if (src.charCodeAt(i) !== COLON || src.charCodeAt(i + 1) !== SPACE) throw unsupported;
        if (this.uniqueKeys) keys = noteKey((coll as YAMLMap).items, key.value, keys);
        const value = this.flowNode(this.skipSpaces(i + 1), depth, false);
        (data as Record<string, unknown>)[String(key.value)] = this.data;
        (coll as YAMLMap).items.push(newPair(key, value));
        i = value.range![2];
      } else {
        const item = this.flowNode(i, depth, false);
        (coll as YAMLSeq).items.push(item);
        (data as unknown[]).push(this.data);
        i = item.range![2];
      }
      const d = src.charCodeAt(i);
      if (d === 44 /* , */) i = this.skipSpaces(i + 1);
      else if (d !== close) throw unsupported;
    }
    const end = i + 1;
    coll.range = [at, end, end];
    this.depth--;
    this.data = data;
    return [coll, end];
  }

  private skipSpaces(i: number): number {
    while (i < this.end && this.src.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** An entry (or key) of a flow collection at `at`; its range ends after the spaces that follow it. */
  private flowNode(at: number, depth: number, atKey: boolean): Node & { value?: unknown } {
    const src = this.src;
    const c = src.charCodeAt(at);
    if (at >= this.end) throw unsupported;
    let node: Node;
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      end = this.quotedEnd(at);
      node = this.quoted(at, end, 0);
    } else if ((c === 91 || c === 123) && !atKey) {
      if (depth > MAX_FLOW_DEPTH) throw unsupported;
      [node, end] = this.flow(at, depth + 1);
    } else {
      if (INDICATORS.has(c) && (c !== DASH || src.charCodeAt(at + 1) === SPACE || FLOW_STOP.has(src.charCodeAt(at + 1)))) throw unsupported;
      let i = at;
      while (i < this.end && !FLOW_STOP.has(src.charCodeAt(i))) i++;
      const d = src.charCodeAt(i);
      if (i === this.end || (d === COLON && !atKey) || d === HASH) throw unsupported;
      end = i;
      while (src.charCodeAt(end - 1) === SPACE) end--;
      if (atKey && end !== i) throw unsupported; // `key :`
      node = this.plain(at, end, 0, atKey);
    }
    if (atKey) {
      if (!isScalar(node) || end - at > MAX_KEY_LENGTH) throw unsupported;
      return node;
    }
    node.range![2] = this.skipSpaces(end);
    return node;
  }

  /**
   * A block scalar whose header (`>`, `|`, `>-` or `|-`) is at `at`, in a block at column `col`:
   * its lines all indented alike (more than `col`), the first right after the header.
   */
  private blockScalar(col: number, at: number): Scalar {
    const src = this.src;
    const folded = src.charCodeAt(at) === 62;
    let i = at + 1;
    const strip = src.charCodeAt(i) === DASH;
    if (strip) i++;
    if (this.skipSpaces(i) !== this.end) throw unsupported; // other indicators, or a comment
    this.seek(this.next);
    const indent = this.indent;
    if (indent <= col || indent === this.end - this.start) throw unsupported;
    const lines: string[] = [];
    let blanks = 0; // blank lines since the last content line
    let end = this.start;
    while (this.start < src.length) {
      const blank = this.indent === this.end - this.start;
      if (blank) {
        if (this.indent > indent) throw unsupported; // spaces beyond the indentation are content
        blanks++;
      } else if (this.indent < indent) {
        break;
      } else {
        if (this.indent > indent && folded) throw unsupported; // more-indented lines fold differently
        for (; blanks > 0; blanks--) lines.push('');
        lines.push(src.slice(this.start + indent, this.end));
        end = this.next;
      }
      this.seek(this.next);
    }
    if (this.start < src.length && this.indent > col) throw unsupported;
    // Back to the line after the last content line; atColumn() skips the blank ones.
    this.seek(end);
    let value = folded ? fold(lines) : lines.join('\n');
    if (!strip) value += '\n';
    return this.scalar(newScalar(value), value, folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL', at, end, end);
  }
}

/** Folded lines: one line break becomes a space; n + 1 line breaks (n blank lines) give n. */
function fold(lines: string[]): string {
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') {
      out += '\n';
      continue;
    }
    out += lines[i - 1] === '' ? lines[i] : ' ' + lines[i];
  }
  return out;
}

/** The escapes of a one-line double-quoted scalar, as yaml decodes them; others are refused. */
function unescape(body: string): string {
  let out = '';
  let from = 0;
  for (let i = body.indexOf('\\'); i >= 0; i = body.indexOf('\\', from)) {
    out += body.slice(from, i);
    const e = body.charAt(i + 1);
    const length = HEX_ESCAPES[e];
    if (length) {
      const hex = body.substr(i + 2, length);
      if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw unsupported;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw unsupported;
      out += String.fromCodePoint(code);
      from = i + 2 + length;
    } else {
      const c = ESCAPES[e];
      if (c === undefined) throw unsupported;
      out += c;
      from = i + 2;
    }
  }
  return out + body.slice(from);
}
