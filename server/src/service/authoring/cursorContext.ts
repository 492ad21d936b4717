/**
 * Where the cursor is, read from the text around it rather than from the YAML tree: while a user
 * types, the document is broken most of the time and the tree is not to be trusted. Indentation
 * gives the chain of keys above the cursor (the path the schema is looked up with), the keys that
 * already exist in the mapping, and whether a key or a value is being written.
 */
import type { LineIndex } from '../parsing/text';

export type { PathSeg } from '../parsing/ast';
import type { PathSeg } from '../parsing/ast';

/** The shape of one line: indentation, `- ` markers, and the key it starts with, if any. */
export interface LineShape {
  blank: boolean;
  indent: number;
  /** Columns of the `-` item markers at the start of the line. */
  dashes: number[];
  key?: string;
  keyCol?: number;
  /** Text after `key:` (comments included), when the line has a key. */
  rest?: string;
  /** Column where the content (after indentation and dashes) starts. */
  contentCol: number;
}

/** A mapping key, plain or quoted, and its colon: the one spelling of key syntax here. */
const KEY = String.raw`([A-Za-z_][\w-]*|"[^"]*"|'[^']*')[ \t]*:`;
/** A key that starts a line's content: its colon ends the line or is followed by a blank. */
const KEY_RE = new RegExp(`^${KEY}(?=[ \\t]|$)`);
/** `key: ` with a value being written after it. */
const KEY_VALUE_RE = new RegExp(`^${KEY}[ \\t]+`);

function unquote(key: string): string {
  return key.replace(/^["']|["']$/g, '');
}

/**
 * The indentation and leading `- ` item markers of `text`. A `-` that ends the text is a marker
 * only if `dashMayEnd`: a whole line may end in one, but before the cursor its blank is still to come.
 */
function lineStart(text: string, dashMayEnd: boolean): { indent: number; dashes: number[]; contentCol: number } {
  let i = 0;
  while (i < text.length && text[i] === ' ') i++;
  const indent = i;
  const dashes: number[] = [];
  while (text[i] === '-' && ((dashMayEnd && i + 1 === text.length) || text[i + 1] === ' ' || text[i + 1] === '\t')) {
    dashes.push(i);
    i++;
    while (text[i] === ' ' || text[i] === '\t') i++;
  }
  return { indent, dashes, contentCol: i };
}

export function shapeOf(line: string): LineShape {
  const { indent, dashes, contentCol } = lineStart(line, true);
  if (indent >= line.length || line[indent] === '#') return { blank: true, indent, dashes, contentCol }; // empty or a comment: no dashes were found
  const shape: LineShape = { blank: false, indent, dashes, contentCol };
  const m = KEY_RE.exec(line.slice(contentCol));
  if (m) {
    shape.key = unquote(m[1]);
    shape.keyCol = contentCol;
    shape.rest = line.slice(contentCol + m[0].length);
  }
  return shape;
}

/** Lazily computed line shapes of a text. */
export class Shapes {
  private readonly cache = new Map<number, LineShape>();
  /** Memo of listPath: `line:dashCol` → the list's path. */
  readonly lists = new Map<string, PathSeg[] | undefined>();
  constructor(readonly lines: LineIndex) {}
  get count(): number {
    return this.lines.lineCount;
  }
  at(line: number): LineShape {
    let s = this.cache.get(line);
    if (!s) this.cache.set(line, (s = shapeOf(this.lines.lineText(line))));
    return s;
  }
}

/** The path of the mapping whose keys sit at column `col`, for a key written on line `line`. */
export function mappingPath(shapes: Shapes, line: number, col: number, depth = 0): PathSeg[] | undefined {
  if (depth > 64) return undefined;
  for (let i = line - 1; i >= 0; i--) {
    const s = shapes.at(i);
    if (s.blank || s.contentCol > col) continue;
    if (s.keyCol === col) {
      // A sibling key; if it opens a list item, the mapping is that item.
      if (s.dashes.length) return itemPath(shapes, i, s.dashes[s.dashes.length - 1], depth + 1);
      continue;
    }
    if (s.keyCol !== undefined && s.keyCol < col) {
      const parent = containerOfKey(shapes, i, depth + 1);
      return parent && [...parent, s.key!];
    }
    if (s.dashes.length && s.dashes[s.dashes.length - 1] < col) return itemPath(shapes, i, s.dashes[s.dashes.length - 1], depth + 1);
    return undefined; // a scalar or something unreadable at this indentation
  }
  return col === 0 ? [] : undefined;
}

/** The path of the mapping that holds the key on line `line`. */
export function containerOfKey(shapes: Shapes, line: number, depth = 0): PathSeg[] | undefined {
  const s = shapes.at(line);
  if (s.keyCol === undefined) return undefined;
  if (s.dashes.length) return itemPath(shapes, line, s.dashes[s.dashes.length - 1], depth + 1);
  return mappingPath(shapes, line, s.keyCol, depth + 1);
}

/** The path of a list item whose `-` is at column `dashCol` on line `line` (ends in 0). */
export function itemPath(shapes: Shapes, line: number, dashCol: number, depth = 0): PathSeg[] | undefined {
  const list = listPath(shapes, line, dashCol, depth + 1);
  return list && [...list, 0];
}

/** The path of the list whose items start with `-` at column `dashCol`, for an item on `line`. */
export function listPath(shapes: Shapes, line: number, dashCol: number, depth = 0): PathSeg[] | undefined {
  if (depth > 64) return undefined;
  const own = shapes.at(line);
  const k = own.dashes.indexOf(dashCol);
  if (k > 0) return itemPath(shapes, line, own.dashes[k - 1], depth + 1); // `- - x`: nested list
  // Earlier items of the same list share the answer; remembering it keeps a scan over every
  // item of a long list linear.
  const key = (l: number) => `${l}:${dashCol}`;
  if (shapes.lists.has(key(line))) return shapes.lists.get(key(line));
  const items = [line];
  let result: PathSeg[] | undefined;
  let i = line - 1;
  for (; i >= 0; i--) {
    const s = shapes.at(i);
    if (s.blank) continue;
    if (s.dashes[0] === dashCol && s.indent === dashCol) {
      if (shapes.lists.has(key(i))) {
        result = shapes.lists.get(key(i));
        break;
      }
      items.push(i); // an earlier item of the same list
      continue;
    }
    if (s.contentCol > dashCol && !(s.keyCol !== undefined && s.keyCol <= dashCol)) continue;
    if (s.keyCol !== undefined && s.keyCol <= dashCol) {
      const parent = containerOfKey(shapes, i, depth + 1);
      result = parent && [...parent, s.key!];
    } else if (s.dashes.length && s.dashes[s.dashes.length - 1] < dashCol) {
      result = itemPath(shapes, i, s.dashes[s.dashes.length - 1], depth + 1);
    }
    break;
  }
  if (i < 0) result = dashCol === 0 ? [] : undefined;
  for (const l of items) shapes.lists.set(key(l), result);
  return result;
}

/** Keys of the mapping at column `col` that holds line `line`, above and below it. */
export function siblingKeys(shapes: Shapes, line: number, col: number, opensItem: boolean): Set<string> {
  const keys = new Set<string>();
  if (!opensItem) {
    for (let i = line - 1; i >= 0; i--) {
      const s = shapes.at(i);
      if (s.blank || s.contentCol > col) continue;
      if (s.keyCol === col) {
        keys.add(s.key!);
        if (s.dashes.length) break;
        continue;
      }
      break;
    }
  }
  for (let i = line + 1; i < shapes.count; i++) {
    const s = shapes.at(i);
    if (s.blank || s.contentCol > col) continue;
    if (s.keyCol === col && s.dashes.length === 0) {
      keys.add(s.key!);
      continue;
    }
    break;
  }
  return keys;
}

/** The state of flow collections (`[…]`, `{…}`) open at the end of `text`. */
export interface FlowState {
  /** Open collections, outermost first. */
  stack: Array<{ type: '[' | '{'; key?: string; keys: string[]; items: string[] }>;
  /** The word being written at the end of the text. */
  current: string;
}

export function flowState(text: string): FlowState | undefined {
  const stack: FlowState['stack'] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return undefined; // inside a quoted string: no completion
      current += text.slice(i, close + 1);
      i = close;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      return undefined; // a comment
    } else if (c === '[' || c === '{') {
      stack.push({ type: c, keys: [], items: [] });
      current = '';
    } else if (c === ']' || c === '}') {
      stack.pop();
      current = '';
      if (stack.length === 0) return undefined; // the collection was closed before the cursor
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top) {
        if (top.type === '[' && current.trim()) top.items.push(current.trim());
        top.key = undefined;
      }
      current = '';
    } else if (c === ':' && (i + 1 === text.length || /\s/.test(text[i + 1])) && stack[stack.length - 1]?.type === '{') {
      const top = stack[stack.length - 1];
      top.key = current.trim();
      top.keys.push(top.key);
      current = '';
    } else {
      current += c;
    }
  }
  return stack.length ? { stack, current: current.trimStart() } : undefined;
}

export type CursorContext =
  | {
      kind: 'key';
      /** Path of the mapping the key goes into. */
      path: PathSeg[];
      existing: Set<string>;
      /** The cursor line starts a new list item (`- |`). */
      newItem: boolean;
      /** Column of the key being written. */
      column: number;
      /** For a new list item: the column of its `-`. */
      dashColumn?: number;
      /** The key is being written inside `{ … }`. */
      flow: boolean;
      /** Text after the word on the cursor line already has `:` (renaming a key). */
      hasColon: boolean;
      word: Word;
    }
  | {
      kind: 'value';
      /** Path of the value being written (a field, or a list item ending in 0). */
      path: PathSeg[];
      /** Items already in the list, for flow lists and block lists. */
      existing: Set<string>;
      /** The value is written right after `key:` on the same line (not in a list). */
      inline: boolean;
      word: Word;
    };

/** The word at the cursor: its text before the cursor and the offsets it spans. */
export interface Word {
  prefix: string;
  start: number;
  end: number;
}

export function cursorContext(lines: LineIndex, offset: number): CursorContext | undefined {
  const shapes = new Shapes(lines);
  const pos = lines.positionAt(offset);
  const lineText = lines.lineText(pos.line);
  const before = lineText.slice(0, pos.character);
  const after = lineText.slice(pos.character);
  const word = (prefix: string): Word => {
    const tail = /^[\w-]*/.exec(after)![0];
    return { prefix, start: offset - prefix.length, end: offset + tail.length };
  };

  const { dashes, contentCol: col } = lineStart(before, false);
  const rest = before.slice(col);

  // Only a partial word after the indentation (and `- `): a key, or a list item's value.
  const partial = /^[A-Za-z_][\w-]*$|^$/.exec(rest);
  if (partial) {
    const hasColon = /^[\w-]*[ \t]*:(\s|$)/.test(after);
    if (dashes.length) {
      const listP = listPath(shapes, pos.line, dashes[dashes.length - 1]);
      if (!listP) return undefined;
      const existing = siblingKeys(shapes, pos.line, col, true);
      return {
        kind: 'key', path: [...listP, 0], existing, newItem: true, column: col, dashColumn: dashes[dashes.length - 1], flow: false, hasColon, word: word(rest),
      };
    }
    const path = mappingPath(shapes, pos.line, col);
    if (!path) return undefined;
    return {
      kind: 'key', path, existing: siblingKeys(shapes, pos.line, col, false), newItem: false, column: col, flow: false, hasColon, word: word(rest),
    };
  }

  // `key: value` on this line.
  let base: PathSeg[] | undefined;
  let valueText: string;
  const kv = KEY_VALUE_RE.exec(rest);
  if (kv) {
    const key = unquote(kv[1]);
    const container = dashes.length ? itemPath(shapes, pos.line, dashes[dashes.length - 1]) : mappingPath(shapes, pos.line, col);
    base = container && [...container, key];
    valueText = rest.slice(kv[0].length);
  } else if (dashes.length) {
    base = itemPath(shapes, pos.line, dashes[dashes.length - 1]);
    valueText = rest;
  } else {
    return undefined;
  }
  if (!base) return undefined;

  if (valueText.startsWith('[') || valueText.startsWith('{')) {
    const flow = flowState(valueText);
    if (!flow) return undefined;
    const path = [...base];
    for (let i = 0; i < flow.stack.length; i++) {
      const f = flow.stack[i];
      if (f.type === '[') path.push(0);
      else if (i < flow.stack.length - 1 || f.key !== undefined) path.push(f.key ?? '');
    }
    const top = flow.stack[flow.stack.length - 1];
    const cur = flow.current;
    if (!/^[\w-]*$/.test(cur)) return undefined;
    if (top.type === '{' && top.key === undefined) {
      return { kind: 'key', path, existing: new Set(top.keys), newItem: false, column: -1, flow: true, hasColon: /^[\w-]*[ \t]*:/.test(after), word: word(cur) };
    }
    const existing = new Set(top.type === '[' ? top.items : []);
    return { kind: 'value', path, existing, inline: false, word: word(cur) };
  }
  if (valueText.startsWith('"') || valueText.startsWith("'") || /(^|\s)#/.test(valueText)) return undefined;
  if (!/^[\w-]*$/.test(valueText)) {
    // free text: still complete enum-like words at its end is not useful; leave it alone
    return undefined;
  }
  const inline = !!kv;
  let existing = new Set<string>();
  if (!inline && dashes.length) existing = listItems(shapes, pos.line, dashes[dashes.length - 1]);
  return { kind: 'value', path: base, existing, inline, word: word(valueText) };
}

/** Plain scalar items of the block list whose dashes are at `dashCol`, around `line`. */
export function listItems(shapes: Shapes, line: number, dashCol: number): Set<string> {
  const out = new Set<string>();
  const take = (i: number): boolean => {
    const s = shapes.at(i);
    if (s.blank || s.contentCol > dashCol + 1 && s.indent > dashCol) return true;
    if (s.indent === dashCol && s.dashes[0] === dashCol) {
      const text = shapes.lines.lineText(i).slice(s.contentCol).replace(/\s+#.*$/, '').trim();
      if (/^[\w-]+$/.test(text)) out.add(text);
      return true;
    }
    return false;
  };
  for (let i = line - 1; i >= 0 && take(i); i--);
  for (let i = line + 1; i < shapes.count && take(i); i++);
  return out;
}
