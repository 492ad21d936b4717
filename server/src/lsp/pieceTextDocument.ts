/**
 * The server's open documents: `vscode-languageserver-textdocument`'s TextDocument, except that an
 * edit does not copy the text.
 *
 * The library applies a change by concatenating strings and then reads the characters next to it,
 * which makes V8 flatten the whole text into a new string: about 5 ms a change for a 20,000-line
 * tactic on the 2-core development machine. A burst of 20 keystrokes thus queued 100 ms of copying
 * before its validation could start (bench/editProbe.ts). Here the text is kept as pieces (slices
 * of the last whole text, and the inserted strings) until something asks for it whole, which the
 * validation does once per burst. Line offsets, CRLF handling and out-of-range positions follow
 * the library (1.0.x) exactly; test/unit/pieceTextDocument.test.ts runs both on random edits.
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** Past this many pieces the text is joined, so looking up a character stays a short walk. */
const MAX_PIECES = 64;
const CR = 13;
const LF = 10;

/**
 * A text as consecutive strings. Slicing a string never copies its characters in V8; joining does,
 * once, when the whole text is needed. Indexes are read as `String.prototype` reads them.
 */
class Pieces {
  private parts: string[];
  length: number;

  constructor(text: string) {
    this.parts = [text];
    this.length = text.length;
  }

  /** As `String.prototype.charCodeAt`: NaN outside the text. */
  charCodeAt(index: number): number {
    let offset = Math.trunc(index) || 0;
    if (offset < 0 || offset >= this.length) return NaN;
    for (const part of this.parts) {
      if (offset < part.length) return part.charCodeAt(offset);
      offset -= part.length;
    }
    return NaN;
  }

  /**
   * The text becomes `substring(0, start) + text + substring(end)`, which is how the library
   * applies a change (out-of-range and reversed offsets included).
   */
  replace(start: number | undefined, end: number | undefined, text: string): void {
    const head = clamp(start === undefined ? this.length : start, this.length);
    const tail = clamp(end ?? 0, this.length);
    const parts = [...this.slice(0, head), text, ...this.slice(tail, this.length)].filter((part) => part.length > 0);
    this.length = head + text.length + (this.length - tail);
    this.parts = parts.length > MAX_PIECES ? [parts.join('')] : parts;
  }

  /** The whole text, as one string from now on. */
  whole(): string {
    if (this.parts.length !== 1) this.parts = [this.parts.join('')];
    return this.parts[0];
  }

  /** The parts, cut to cover `from` to `to` (0 ≤ from ≤ to ≤ length). */
  private slice(from: number, to: number): string[] {
    const out: string[] = [];
    let at = 0;
    for (const part of this.parts) {
      const next = at + part.length;
      if (next > from && at < to) out.push(at >= from && next <= to ? part : part.slice(Math.max(from - at, 0), Math.min(to, next) - at));
      at = next;
    }
    return out;
  }
}

/** An index as `String.prototype.substring` reads it, within `0 … length`. */
function clamp(index: number, length: number): number {
  return Math.min(Math.max(Math.trunc(index) || 0, 0), length);
}

export class PieceTextDocument implements TextDocument {
  private readonly text: Pieces;
  private lineOffsets: number[] | undefined;

  constructor(readonly uri: string, readonly languageId: string, private currentVersion: number, content: string) {
    this.text = new Pieces(content);
  }

  static create(uri: string, languageId: string, version: number, content: string): PieceTextDocument {
    return new PieceTextDocument(uri, languageId, version, content);
  }

  static update(document: PieceTextDocument, changes: TextDocumentContentChangeEvent[], version: number): PieceTextDocument {
    document.update(changes, version);
    return document;
  }

  get version(): number {
    return this.currentVersion;
  }

  /** The text's length in UTF-16 code units, without joining it. */
  get length(): number {
    return this.text.length;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  getText(range?: Range): string {
    const text = this.text.whole();
    return range ? text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : text;
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (isIncremental(change)) {
        const range = wellFormed(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this.text.replace(startOffset, endOffset, change.text);
        const insertedEnd = startOffset + change.text.length;
        const crlfAtStart = this.text.charCodeAt(startOffset - 1) === CR && this.text.charCodeAt(startOffset) === LF;
        const crlfAtEnd = this.text.charCodeAt(insertedEnd - 1) === CR && this.text.charCodeAt(insertedEnd) === LF;
        if (crlfAtStart || crlfAtEnd) {
          // A CRLF pair across the edit's edges is not in the inserted text's own line offsets.
          this.lineOffsets = undefined;
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        let lineOffsets = this.lineOffsets!;
        const added = computeLineOffsets(change.text, false, startOffset);
        if (endLine - startLine === added.length) {
          for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
        } else if (added.length < 10_000) {
          lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
        } else {
          this.lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i] += diff;
        }
      } else if (isFull(change)) {
        this.text.replace(0, this.text.length, change.text);
        this.lineOffsets = undefined;
      } else {
        throw new Error('Unknown change event received');
      }
    }
    this.currentVersion = version;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeLineEnd(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.text.length;
    return this.beforeLineEnd(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - lineOffsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line];
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineEnd(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.text.length;
    return this.text.whole().substring(this.beforeLineEnd(next, lineOffsets[line]), next);
  }

  private getLineOffsets(): number[] {
    return (this.lineOffsets ??= computeLineOffsets(this.text.whole(), true));
  }

  private beforeLineEnd(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineBreak(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

function computeLineOffsets(text: string, atLineStart: boolean, textOffset = 0): number[] {
  const result = atLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isLineBreak(ch)) {
      if (ch === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      result.push(textOffset + i + 1);
    }
  }
  return result;
}

function isLineBreak(ch: number): boolean {
  return ch === CR || ch === LF;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

function isIncremental(event: TextDocumentContentChangeEvent): event is { range: Range; rangeLength?: number; text: string } {
  const e = event as { range?: Range; rangeLength?: unknown; text?: unknown } | null | undefined;
  return e !== undefined && e !== null && typeof e.text === 'string' && e.range !== undefined
    && (e.rangeLength === undefined || typeof e.rangeLength === 'number');
}

function isFull(event: TextDocumentContentChangeEvent): event is { text: string } {
  const e = event as { range?: Range; rangeLength?: unknown; text?: unknown } | null | undefined;
  return e !== undefined && e !== null && typeof e.text === 'string' && e.range === undefined && e.rangeLength === undefined;
}
