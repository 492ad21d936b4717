/**
 * Random sequences of incremental didChange edits (fast-check, fixed seed) against the built
 * server. The client keeps its own copy of the text, applying each edit with an implementation
 * independent of the server's; after the sequence, the server's view must be the same text: its
 * diagnostics, outline, folding and formatting for the edited document equal those for a fresh
 * didOpen of the client's copy. The server never crashes.
 */
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer, TestServer } from '../helpers/lspClient';
import { readFixture } from '../helpers/service';

const SEED = Number(process.env.PROPERTY_SEED ?? 4242);
const BASES = [readFixture('examples', 'regional-retail-erp.tactic.yaml'), readFixture('examples', 'typical-findings.tactic.yaml')];
const INSERTS = [
  '', 'x', ' ', '  ', '\n', '\r\n', '\r', '\n  - ', '- id: a\n', ': ', '[', ']', '{', '}', '"', "'", '#', '\t',
  'decision_makers:\n  - id: new\n    title: T\n', 'é', '😀', '\u200B', '\r\n\r\n', 'stage: demo', '*a', '&a ',
];

/** Offset → LSP position, counting \r\n, \r and \n as line breaks (written apart from the server's code). */
function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Moves an offset off the middle of a CRLF or a surrogate pair, where no editor puts a cursor. */
function boundary(text: string, offset: number): number {
  const o = Math.max(0, Math.min(offset, text.length));
  if (text[o - 1] === '\r' && text[o] === '\n') return o - 1;
  const c = text.charCodeAt(o);
  if (c >= 0xdc00 && c <= 0xdfff && o > 0) return o - 1;
  return o;
}

interface Edit {
  at: number;
  length: number;
  insert: string;
  /** Sent together with the previous edit, in one didChange. */
  batched: boolean;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  length: fc.oneof(fc.constant(0), fc.nat({ max: 12 }), fc.nat({ max: 400 })),
  insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 5 })),
  batched: fc.boolean(),
});

describe('random incremental edits over LSP', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  async function viewOf(uri: string, version: number, since: number) {
    const diagnostics = await server.diagnostics(uri, (p) => p.version === version, 20_000, since);
    const c = server.connection;
    const doc = { textDocument: { uri } };
    return {
      diagnostics,
      symbols: await c.sendRequest('textDocument/documentSymbol', doc),
      folding: await c.sendRequest('textDocument/foldingRange', doc),
      formatting: await c.sendRequest('textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } }),
    };
  }

  it("the server's text stays the client's text", async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 25 }), async (base, edits) => {
      run++;
      const uri = `file:///random/edited-${run}.tactic.yaml`;
      let text = BASES[base];
      let version = 1;
      await server.open(uri, text, version);
      let pending: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }> = [];
      const flush = async () => {
        if (!pending.length) return;
        version++;
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: pending });
        pending = [];
      };
      for (const e of edits) {
        if (!e.batched) await flush();
        const start = boundary(text, e.at % (text.length + 1));
        const end = boundary(text, start + e.length);
        pending.push({ range: { start: positionOf(text, start), end: positionOf(text, end) }, text: e.insert });
        text = text.slice(0, start) + e.insert + text.slice(end);
      }
      const since = server.mark();
      await flush();
      const edited = await viewOf(uri, version, since);

      const freshUri = `file:///random/fresh-${run}.tactic.yaml`;
      const freshSince = server.mark();
      await server.open(freshUri, text, 1);
      const fresh = await viewOf(freshUri, 1, freshSince);
      assert.deepEqual(edited, fresh, `after ${JSON.stringify(edits)}`);

      for (const u of [uri, freshUri]) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
      assert.equal(server.process.exitCode, null, 'the server is alive');
    }), { seed: SEED, numRuns: 25, endOnFailure: true });
    assert.doesNotMatch(server.stderr(), /Uncaught/);
  });
});
