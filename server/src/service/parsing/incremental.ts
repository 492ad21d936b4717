/**
 * Incremental parsing for all but the smallest tactics. A tactic is a mapping of independent
 * top-level blocks, and most blocks are lists of independent entries, so an edit touches one small
 * chunk of text. The text is cut into chunks (one per top-level key, and one per list entry inside
 * a block list); each chunk is parsed on its own and cached by its text, and the document is
 * composed from the chunks' nodes, shifted to where each chunk now starts.
 *
 * Only plain, error-free documents take this path: any chunk with a YAML error or warning, an
 * anchor or alias, a directive or a document marker (other than one `---` before the first key),
 * or a repeated top-level key makes the caller fall back to a full parse, which reports everything
 * exactly as before. Comments are kept on the nodes but may attach to a neighbouring node
 * differently than in a full parse, so code that re-prints the document (formatting) must parse
 * the text afresh.
 */
import { Document, isAlias, isMap, isScalar, isSeq, Node, Pair, visit, YAMLMap, YAMLSeq } from 'yaml';
import type { YamlOptions } from './blockYaml';
import { plainValue, PlainObject } from './value';

interface ChunkSpan {
  start: number;
  end: number;
  /** `pair`: a whole top-level key; `header`: `key:` of a split block list; `item`: one entry. */
  kind: 'pair' | 'header' | 'item';
}

interface ParsedChunk {
  kind: ChunkSpan['kind'];
  doc: Document.Parsed;
  /** The offset the chunk's node ranges are currently relative to (0-based in the full text). */
  base: number;
  value: unknown;
}

/** Chunk parses of the previous version, by kind and text. */
export type ChunkCache = Map<string, ParsedChunk>;

export interface Composed {
  doc: Document.Parsed;
  root: YAMLMap;
  value: Record<string, unknown>;
  chunks: ChunkCache;
}

/**
 * Texts below this size (about 100 lines) parse in a millisecond or two even before V8 has
 * optimised the parser; above it, re-parsing only the edited chunk pays off even for a typical
 * tactic of 300 lines (12 KB: edits → diagnostics about 24 ms → 9 ms in `npm run bench`, where the
 * first edits meet cold code).
 */
export const INCREMENTAL_MIN_LENGTH = 4_000;

/**
 * The composed document, or, when this text must take the full parse, the chunk parses worth
 * keeping for the next version (so the edit that fixes a syntax error re-parses one chunk).
 */
export type ChunkedParse = { composed: Composed } | { composed: undefined; carry: ChunkCache };

/**
 * How one new chunk is read: its document and whether the fast reader made it (no anchors, aliases
 * or complex keys, then; and it gives the plain value too), or undefined when the chunk must not
 * be parsed (the nesting guard).
 */
export type ChunkReader = (chunk: string, options: YamlOptions) =>
  | { doc: Document.Parsed; fast: true; value: unknown }
  | { doc: Document.Parsed; fast: false }
  | undefined;

/**
 * Parses `text` from cached and new chunks, each new one read by `read`; a chunk it refuses ends
 * this path.
 */
export function parseInChunks(text: string, previous: ChunkCache | undefined, options: YamlOptions, read: ChunkReader): ChunkedParse {
  const spans = splitChunks(text);
  if (!spans) return { composed: undefined, carry: previous ?? new Map() };
  const chunks: ChunkCache = new Map();
  const fail = (): ChunkedParse => ({ composed: undefined, carry: carry(chunks, previous, spans.length * 2 + 64) });
  const parsed: Array<{ span: ChunkSpan; chunk: ParsedChunk }> = [];
  for (const span of spans) {
    // Keyed by the text alone (no copy of it); the kind is checked on the entry.
    const key = text.slice(span.start, span.end);
    let chunk = previous?.get(key);
    if (chunk && chunk.kind === span.kind && !chunks.has(key)) {
      previous!.delete(key);
      if (chunk.base !== span.start) {
        shift(chunk.doc, span.start - chunk.base);
        chunk.base = span.start;
      }
    } else {
      const result = read(key, options);
      if (!result || !acceptable(result.doc, span.kind, result.fast)) return fail();
      const doc = result.doc;
      if (span.start !== 0) shift(doc, span.start);
      chunk = { kind: span.kind, doc, base: span.start, value: result.fast ? result.value : plainValue(doc.contents) };
    }
    if (!chunks.has(key)) chunks.set(key, chunk);
    parsed.push({ span, chunk });
  }
  const composed = compose(text, parsed, chunks);
  return composed ? { composed } : fail();
}

/**
 * This version's good chunks plus the previous version's unused ones (the text an edit is about
 * to restore), at most `limit` entries so a long run of broken versions cannot grow it.
 */
function carry(chunks: ChunkCache, previous: ChunkCache | undefined, limit: number): ChunkCache {
  for (const [key, chunk] of previous ?? []) {
    if (chunks.size >= limit) break;
    if (!chunks.has(key)) chunks.set(key, chunk);
  }
  return chunks;
}

function compose(text: string, parsed: Array<{ span: ChunkSpan; chunk: ParsedChunk }>, chunks: ChunkCache): Composed | undefined {
  const root = new YAMLMap();
  const value = new PlainObject();
  let list: { seq: YAMLSeq; values: unknown[] } | undefined;
  for (const { span, chunk } of parsed) {
    const contents = chunk.doc.contents;
    if (span.kind === 'item') {
      if (!list || !isSeq(contents)) return undefined;
      list.seq.items.push(contents.items[0]);
      list.values.push((chunk.value as unknown[])[0]);
      const r = contents.range!;
      list.seq.range = [list.seq.items.length === 1 ? r[0] : list.seq.range![0], r[1], r[2]];
      continue;
    }
    const pair = (contents as YAMLMap).items[0] as Pair<Node, Node | null>;
    const key = String((pair.key as { value: unknown }).value);
    if (key in value) return undefined; // a repeated key: the full parse reports it
    if (span.kind === 'header') {
      // A new pair: the cached header chunk must keep its own (empty) value, or shifting it
      // later would also move the entries of this version.
      const seq = new YAMLSeq();
      root.items.push(new Pair(pair.key, seq));
      list = { seq, values: [] };
      value[key] = list.values;
    } else {
      root.items.push(pair);
      list = undefined;
      value[key] = (chunk.value as Record<string, unknown>)[key];
    }
  }
  if (root.items.length === 0) return undefined;
  for (const pair of root.items) {
    if (isSeq(pair.value) && (pair.value as YAMLSeq).items.length === 0) return undefined;
  }
  const first = (root.items[0].key as Node).range!;
  const lastPair = root.items[root.items.length - 1];
  const last = ((lastPair.value as Node | null)?.range ?? (lastPair.key as Node).range)!;
  root.range = [first[0], last[2], last[2]];
  const doc = new Document(undefined, { version: '1.2' }) as unknown as Document.Parsed;
  (doc as Document).contents = root;
  (doc as { range: [number, number, number] }).range = [0, text.length, text.length];
  return { doc, root, value, chunks };
}

/** `---` with nothing after it but blanks or a comment. */
const DOCUMENT_START = /^---[ \t]*(#.*)?\r?\n?$/;

/**
 * Chunk boundaries, or undefined for texts this path does not handle. Top-level keys start at
 * column 0; entries of a block list under `key:` start with `- ` at the list's indentation.
 */
export function splitChunks(text: string): ChunkSpan[] | undefined {
  const spans: ChunkSpan[] = [];
  let itemIndent = -1; // indentation of `- ` entries in the current block list, -1 outside one
  let expectList = false; // the previous top-level line was `key:` with nothing after it
  let pos = 0;
  let sawStart = false;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    eol = eol < 0 ? text.length : eol + 1;
    const c = text.charCodeAt(pos);
    // A `---` alone on a line before the first key (as yamllint asks for) starts the one document
    // and belongs to the first chunk, like leading comments; any other marker or directive does not.
    if (spans.length === 0 && DOCUMENT_START.test(text.slice(pos, eol))) {
      if (sawStart) return undefined;
      sawStart = true;
      pos = eol;
      continue;
    }
    if (c === 9 || c === 37 /* % */ || text.startsWith('---', pos) || text.startsWith('...', pos)) return undefined;
    let indent = 0;
    while (text.charCodeAt(pos + indent) === 32) indent++;
    const first = text.charCodeAt(pos + indent);
    const blank = pos + indent >= eol - 1 || first === 13 || first === 10;
    const comment = first === 35 /* # */;
    if (!blank && !comment) {
      if (indent === 0 && first !== 45 /* - */) {
        const line = text.slice(pos, eol);
        expectList = /^[^\s#'"[{][^#]*:\s*(#.*)?$/.test(line.replace(/\r?\n$/, ''));
        itemIndent = -1;
        spans.push({ start: pos, end: eol, kind: expectList ? 'header' : 'pair' });
      } else if (spans.length === 0) {
        return undefined; // content before the first key: not a mapping document
      } else if (expectList || itemIndent >= 0) {
        const isItem = first === 45 && (text.charCodeAt(pos + indent + 1) === 32 || pos + indent + 1 >= eol - 1
          || text.charCodeAt(pos + indent + 1) === 10 || text.charCodeAt(pos + indent + 1) === 13);
        if (expectList) {
          expectList = false;
          if (!isItem) {
            // `key:` followed by a mapping (e.g. sales_cycle): one chunk for the whole block.
            spans[spans.length - 1].kind = 'pair';
            spans[spans.length - 1].end = eol;
            pos = eol;
            continue;
          }
          itemIndent = indent;
        }
        if (isItem && indent === itemIndent) spans.push({ start: pos, end: eol, kind: 'item' });
        else if (indent <= itemIndent) return undefined;
        else spans[spans.length - 1].end = eol;
      } else {
        spans[spans.length - 1].end = eol;
      }
    } else if (spans.length) {
      spans[spans.length - 1].end = eol;
    }
    pos = eol;
  }
  if (spans.length === 0) return undefined;
  // Leading comments and blank lines belong to the first chunk.
  spans[0].start = 0;
  // A `key:` header with no entries under it is an ordinary pair.
  for (let i = 0; i < spans.length; i++) {
    if (spans[i].kind === 'header' && spans[i + 1]?.kind !== 'item') spans[i].kind = 'pair';
  }
  return spans;
}

/** `fast`: read by the fast reader, which leaves anchors, aliases and complex keys to `yaml`. */
function acceptable(doc: Document.Parsed, kind: ChunkSpan['kind'], fast: boolean): boolean {
  if (doc.errors.length || doc.warnings.length) return false;
  const c = doc.contents;
  if (kind === 'item') {
    if (!isSeq(c) || c.items.length !== 1) return false;
  } else if (!isMap(c) || c.items.length !== 1 || !isScalar(c.items[0].key)) {
    return false;
  }
  if (fast) return true;
  let plain = true;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || (node as { anchor?: string }).anchor || (isMap(node) && node.items.some((p) => !isScalar(p.key)))) {
        plain = false;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return plain;
}

/** Moves every node range of a chunk by `delta` characters. */
function shift(doc: Document, delta: number): void {
  const move = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const r = (node as Node).range;
    if (r) {
      r[0] += delta;
      r[1] += delta;
      r[2] += delta;
    }
    if (isMap(node) || isSeq(node)) {
      for (const item of (node as YAMLMap | YAMLSeq).items) {
        if (item && typeof item === 'object' && 'key' in (item as object) && !(item as Node).range) {
          move((item as Pair).key);
          move((item as Pair).value);
        } else {
          move(item);
        }
      }
    }
  };
  move(doc.contents);
  const dr = (doc as { range?: number[] }).range;
  if (dr) for (let i = 0; i < dr.length; i++) dr[i] += delta;
}
