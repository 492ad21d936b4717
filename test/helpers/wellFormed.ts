/**
 * What every diagnostic must satisfy whatever the input: a known rule id as its code, a message,
 * and a range that lies inside the document (each position on an existing line, at most at the
 * end of that line's content, start before end).
 */
import { RULES_BY_ID } from '../../server/src/service/validation/rules';
import { LineIndex } from '../../server/src/service/parsing/text';
import type { Diagnostic, Position } from '../../server/src/service/types';

/** Problems with the diagnostics of `text`, as readable strings; empty when all is well. */
export function malformed(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const lines = new LineIndex(text);
  const bad: string[] = [];
  const inside = (p: Position) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.lineCount
    && p.character >= 0 && p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line);
  for (const d of diagnostics) {
    const where = `${d.code} ${JSON.stringify(d.range)}`;
    if (typeof d.code !== 'string' || !RULES_BY_ID.has(d.code)) bad.push(`unknown code: ${where}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') bad.push(`empty message: ${where}`);
    if (!inside(d.range.start) || !inside(d.range.end)) bad.push(`range outside the document: ${where}`);
    const before = d.range.start.line < d.range.end.line
      || (d.range.start.line === d.range.end.line && d.range.start.character <= d.range.end.character);
    if (!before) bad.push(`range ends before it starts: ${where}`);
  }
  return bad;
}

/**
 * code@line for each diagnostic, sorted: what must not change when only line ends change. (The
 * yaml parser words a few errors differently after a CR, with a different extent, but always
 * on the same line.)
 */
export function codesAndLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line}`).sort();
}
