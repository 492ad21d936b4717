/**
 * Applies LSP TextEdits to a text the way an editor does (all ranges refer to the original text),
 * written independently of the service's own helpers so tests check them rather than reuse them.
 */
import assert from 'node:assert/strict';
import type { Position, TextEdit } from 'vscode-languageserver-types';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

export function offsetOf(text: string, p: Position): number {
  const starts = lineStarts(text);
  assert.ok(p.line < starts.length, `line ${p.line} exists`);
  return starts[p.line] + p.character;
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e, i) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText, i }))
    .sort((a, b) => a.start - b.start || a.i - b.i);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].end, 'edits do not overlap');
  let out = text;
  for (const s of [...spans].reverse()) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

/** Every comment line (`# …`) of a text, trimmed, in order: to check edits keep them. */
export function commentsOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((l) => /(^|\s)(#.*)$/.exec(l)?.[2]?.trim()).filter((c): c is string => !!c);
}
