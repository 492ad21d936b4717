/**
 * The server's document (lsp/pieceTextDocument.ts) against `vscode-languageserver-textdocument`'s:
 * the same random edits (insertions, deletions, replacements across lines, CR, LF and CRLF in both
 * the text and the edits, reversed and out-of-range positions, whole-text changes, several changes
 * per notification), then the same text, line count, positions, offsets and line ranges. Set
 * PIECE_DOC_SEED / PIECE_DOC_RUNS to explore further.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PieceTextDocument } from '../../server/src/lsp/pieceTextDocument';

const SEED = Number(process.env.PIECE_DOC_SEED ?? 20261205);
const RUNS = Number(process.env.PIECE_DOC_RUNS ?? 300);

/** Short texts rich in line breaks, so edits often meet or split a CRLF. */
const text = fc.array(fc.constantFrom('a', 'b', 'ș', ' ', '\n', '\r', '\r\n', 'key: v', '😀'), { maxLength: 30 }).map((parts) => parts.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

function observe(doc: TextDocument): unknown {
  const length = doc.getText().length;
  const offsets = Array.from({ length: length + 3 }, (_, i) => i - 1);
  const positions = Array.from({ length: doc.lineCount + 2 }, (_, line) => [0, 1, 3, 50].map((character) => ({ line: line - 1, character }))).flat();
  return {
    text: doc.getText(),
    lineCount: doc.lineCount,
    positionAt: offsets.map((o) => doc.positionAt(o)),
    offsetAt: positions.map((p) => doc.offsetAt(p)),
    ranges: Array.from({ length: doc.lineCount + 2 }, (_, line) => [doc.getLineRange(line - 1), doc.getEOLCharacters(line - 1)]),
    slice: doc.getText({ start: { line: 1, character: 1 }, end: { line: 3, character: 2 } }),
  };
}

describe('PieceTextDocument', () => {
  it('answers as vscode-languageserver-textdocument after any sequence of edits', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), fc.boolean(), (initial, notifications, peek) => {
        const expected = TextDocument.create('file:///a', 'tactic', 1, initial);
        const actual = PieceTextDocument.create('file:///a', 'tactic', 1, initial);
        let version = 1;
        for (const changes of notifications) {
          TextDocument.update(expected, changes, ++version);
          PieceTextDocument.update(actual, changes, version);
          assert.equal(actual.version, version);
          assert.equal(actual.length, expected.getText().length);
          // Reading between edits joins the pieces; not reading lets them pile up.
          if (peek) assert.deepEqual(observe(actual), observe(expected));
        }
        assert.deepEqual(observe(actual), observe(expected));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('keeps a long run of edits right without reading the text in between (more edits than pieces kept)', () => {
    const expected = TextDocument.create('file:///a', 'tactic', 1, 'title: T\r\nrisks:\n  - r\n');
    const actual = PieceTextDocument.create('file:///a', 'tactic', 1, 'title: T\r\nrisks:\n  - r\n');
    for (let v = 2; v < 300; v++) {
      const changes = [{ range: { start: { line: v % 3, character: v % 5 }, end: { line: v % 3, character: (v % 5) + (v % 2) } }, text: v % 7 ? 'x' : '\r\n' }];
      TextDocument.update(expected, changes, v);
      PieceTextDocument.update(actual, changes, v);
    }
    assert.deepEqual(observe(actual), observe(expected));
  });

  it('refuses a change that is neither incremental nor whole, as the library does', () => {
    const doc = PieceTextDocument.create('file:///a', 'tactic', 1, 'a');
    assert.throws(() => doc.update([{ text: 'b', rangeLength: 1 } as unknown as TextDocumentContentChangeEvent], 2), /Unknown change event/);
  });
});
