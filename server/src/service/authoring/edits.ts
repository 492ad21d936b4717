/**
 * Text edits shared by quick fixes, rename and formatting: applying edits to a string, the
 * smallest single edit between two texts, and the document's indentation unit so inserted text
 * matches the user's layout.
 */
import type { TacticDocument } from '../parsing/parse';
import type { LineIndex } from '../parsing/text';
import type { TextEdit } from 'vscode-languageserver-types';

/** Applies non-overlapping edits (any order) to `text`; used to chain fixes and by tests. */
export function applyEdits(text: string, lines: LineIndex, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e, i) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText, i }))
    .sort((a, b) => a.start - b.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping edit: ignored, as LSP forbids them
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/** One edit turning `before` into `after`, touching only the span that differs (or none). */
export function diffEdit(before: string, lines: LineIndex, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // never split a CRLF pair, so the edit's range stays on valid positions
  if (start > 0 && before.charCodeAt(start - 1) === 13 && before.charCodeAt(start) === 10) start--;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  if (endB < before.length && before.charCodeAt(endB) === 10 && before.charCodeAt(endB - 1) === 13) {
    endB++;
    endA++;
  }
  return [{ range: lines.range(start, endB), newText: after.slice(start, endA) }];
}

/**
 * The indentation step the document uses: the smallest indent of a key line beyond the
 * shallowest one (which is the root's, usually 0), default 2.
 */
export function indentUnit(text: string): number {
  const indents: number[] = [];
  const re = /^( *)(?:- +)?[A-Za-z_"'][^:\n]*:(?:\s|$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) indents.push(m[1].length);
  if (!indents.length) return 2;
  let base = indents[0];
  for (const n of indents) if (n < base) base = n; // not Math.min(...): 100,000+ arguments overflow the stack
  let best = 0;
  for (const n of indents) if (n > base && (best === 0 || n - base < best)) best = n - base;
  return best > 0 && best <= 8 ? best : 2;
}

const units = new WeakMap<TacticDocument, number>();

/** `indentUnit` of a parsed document, scanned once per parse (completion asks on every keystroke). */
export function indentUnitOf(doc: TacticDocument): number {
  let unit = units.get(doc);
  if (unit === undefined) units.set(doc, (unit = indentUnit(doc.text)));
  return unit;
}
