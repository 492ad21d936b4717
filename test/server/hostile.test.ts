/**
 * The hostile corpus through the built server (dist/server.js, heap capped at 512 MB): each file
 * is opened as an editor would send it, gets its expected positioned diagnostics (see
 * helpers/hostileExpectations.ts), and the server then still answers requests on it. At the end
 * the process is alive and logged no uncaught exception.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decodeAsEditor, hostileCorpus } from '../fixtures/hostile/generate.mjs';
import { unmet } from '../helpers/hostileExpectations';
import { startServer, TestServer } from '../helpers/lspClient';

/** Generous: a pathological 2 MB file takes seconds on a loaded machine; a hang takes forever. */
const ANSWER_MS = 45_000;

function answered<T>(what: string, p: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ANSWER_MS} ms`)), ANSWER_MS))),
  ]);
}

describe('hostile corpus through the language server', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ nodeArgs: ['--max-old-space-size=512'] });
  });
  after(async () => {
    await server?.stop();
  });

  it('every file gets its diagnostics and the server answers the next request', async () => {
    const problems: string[] = [];
    for (const c of hostileCorpus()) {
      const uri = `file:///hostile/${c.name}.tactic.yaml`;
      const text = decodeAsEditor(c.bytes());
      const since = server.mark();
      await server.open(uri, text, 1);
      const diagnostics = await answered(`${c.name} diagnostics`, server.diagnostics(uri, (p) => p.version === 1, ANSWER_MS, since));
      problems.push(...unmet(c.name, text, diagnostics));
      const symbols = await answered(`${c.name} documentSymbol`, server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
      assert.ok(symbols === null || Array.isArray(symbols), `${c.name}: documentSymbol answered ${JSON.stringify(symbols)?.slice(0, 200)}`);
      await answered(`${c.name} hover`, server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }));
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      assert.equal(server.process.exitCode, null, `the server exited after ${c.name}; stderr: ${server.stderr().slice(-2000)}`);
    }
    assert.deepEqual(problems, []);
    assert.doesNotMatch(server.stderr(), /Uncaught|FATAL|heap out of memory/);
  });
});
