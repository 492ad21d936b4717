/**
 * Offsets ↔ LSP positions. LSP counts `\n`, `\r\n` and a lone `\r` as line breaks and measures
 * columns in UTF-16 code units, which is what JavaScript string indices already are.
 */
import type { Position, Range } from '../types';

export class LineIndex {
  private index?: number[];

  constructor(readonly text: string) {}

  /** Offset of the first character of each line, found on first use: most files linted have no finding to place. */
  private get starts(): number[] {
    return (this.index ??= lineStarts(this.text));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    // binary search: the last line start <= o
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset inside a line break (the LF of a CRLF, or the break itself) is the line's end:
    // LSP positions cannot point between CR and LF.
    return { line: lo, character: Math.min(o, this.lineEnd(lo)) - starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  /** Offset just past the line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, with the engine's native search: large documents index in a few ms.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * The text as the `yaml` package should see it: that package treats a lone CR as no line break,
 * while editors (and LSP) treat it as one. Replacing it with LF keeps every offset the same.
 */
export function yamlSource(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** The line break the document mostly uses, so inserted text matches the user's layout. */
export function detectEol(text: string): string {
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) return '\r\n';
  if (text.indexOf('\n') < 0 && text.indexOf('\r') >= 0) return '\r';
  return '\n';
}

/** Edit distance counting a swap of two neighbouring letters as one edit ("nmae" → "name"). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

/** Longer words get no typo suggestions (an id is a few words; comparing long ones is slow). */
const MAX_SUGGESTED_LENGTH = 200;

/** Candidates close enough to `word` to be a likely typo, best first. */
export function closestNames(word: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(1, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    if (c === word) continue;
    const prefix = word.length >= 3 && c.startsWith(word);
    // The distance is at least the difference in length, and it costs length × length to
    // compute: skip hopeless candidates and names far longer than any key or id.
    const comparable = Math.abs(c.length - word.length) <= limit && word.length <= MAX_SUGGESTED_LENGTH;
    const d = comparable ? editDistance(lower, c.toLowerCase()) : Infinity;
    if (d <= limit || prefix) scored.push([c, Number.isFinite(d) ? d : c.length - word.length]);
  }
  return scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).slice(0, max).map(([c]) => c);
}

/**
 * Invisible and direction-changing characters: controls, format characters (zero-width spaces
 * and joiners, bidi embeddings, overrides and isolates, BOM) and the Unicode line separators.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * User text made safe to show inside a message: every invisible character becomes `⟨U+XXXX⟩`
 * (except tab and line breaks), so an id such as `c\u200Bfo` does not pass for `cfo` and a bidi
 * override in a value cannot reorder the message it is quoted in ("Trojan Source").
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => (c === '\t' || c === '\n' || c === '\r' ? c : `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`));
}

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return [...text.matchAll(INVISIBLE)].some(([c]) => c !== '\t' && c !== '\n' && c !== '\r');
}
