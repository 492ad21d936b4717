/**
 * In-memory test documents with markers: `⟦…⟧` marks ranges a finding must cover and `|` (with
 * `cursor: true`) marks a cursor. Markers are removed before the text reaches the service.
 */
import { LineIndex } from '../../server/src/service/parsing/text';
import type { Position, Range } from '../../server/src/service/types';

export interface Marked {
  text: string;
  ranges: Range[];
  cursor?: Position;
  cursorOffset?: number;
}

export function marked(source: string, opts: { cursor?: boolean } = {}): Marked {
  let text = '';
  const spans: Array<[number, number]> = [];
  const open: number[] = [];
  let cursorOffset: number | undefined;
  for (const ch of source) {
    if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') spans.push([open.pop()!, text.length]);
    else if (ch === '|' && opts.cursor && cursorOffset === undefined) cursorOffset = text.length;
    else text += ch;
  }
  const lines = new LineIndex(text);
  spans.sort((a, b) => a[0] - b[0]);
  return {
    text,
    ranges: spans.map(([s, e]) => lines.range(s, e)),
    cursorOffset,
    cursor: cursorOffset === undefined ? undefined : lines.positionAt(cursorOffset),
  };
}

/** `line:col-line:col`, 1-based lines as editors show them, for readable assertion failures. */
export function fmtRange(r: Range): string {
  return `${r.start.line + 1}:${r.start.character}-${r.end.line + 1}:${r.end.character}`;
}
