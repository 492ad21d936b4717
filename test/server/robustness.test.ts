/**
 * Garbage from the client never takes the server down: every request the server handles, sent
 * with malformed params, is answered (a result or an error; a handler that fails internally is
 * answered with InternalError and logged), malformed notifications are survived, and afterwards
 * the server still answers correctly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { startServer, TestServer } from '../helpers/lspClient';
import { VALID } from '../helpers/service';

const URI = 'file:///robust/valid.tactic.yaml';

const METHODS = [
  'textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references',
  'textDocument/documentHighlight', 'textDocument/prepareRename', 'textDocument/rename', 'textDocument/codeAction',
  'textDocument/formatting', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'tactic/flowchart',
];

const GARBAGE: unknown[] = [
  null,
  {},
  { textDocument: null, position: null },
  { textDocument: { uri: 42 }, position: 'x', range: 7, context: 'y', options: null, newName: {} },
  { textDocument: { uri: URI }, position: { line: -5, character: 1e12 }, newName: 'ok' },
  { textDocument: { uri: URI }, position: { line: 1e9, character: -1 }, range: { start: { line: 1e9, character: 0 }, end: null }, context: { diagnostics: 'no' } },
  { textDocument: { uri: URI }, position: { line: 'one', character: NaN }, options: { tabSize: 'x', insertSpaces: 'y' } },
  { textDocument: { uri: 'file:///not/open.tactic.yaml' }, position: { line: 0, character: 0 } },
  { uri: { toString: 1 }, options: [1, 2, 3] },
  [1, 2, 3],
];

describe('server robustness against malformed messages', () => {
  let server: TestServer;
  const logged: string[] = [];
  before(async () => {
    server = await startServer();
    server.connection.onNotification('window/logMessage', (p: { message: string }) => void logged.push(p.message));
    const since = server.mark();
    await server.open(URI, VALID, 1);
    await server.diagnostics(URI, (p) => p.version === 1, 10_000, since);
  });
  after(async () => {
    await server?.stop();
  });

  async function symbolsOfValid(): Promise<unknown[]> {
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(Array.isArray(symbols) && symbols.length > 5, `documentSymbol still answers: ${JSON.stringify(symbols)?.slice(0, 200)}`);
    return symbols as unknown[];
  }

  it('answers every request with garbage params, with a result or an error', async () => {
    const reference = await symbolsOfValid();
    let internalErrors = 0;
    for (const method of METHODS) {
      for (const params of GARBAGE) {
        try {
          await server.connection.sendRequest(method, params);
        } catch (e) {
          assert.ok(e instanceof ResponseError, `${method} ${JSON.stringify(params)}: ${String(e)}`);
          assert.notEqual(e.code, ErrorCodes.MethodNotFound, `${method} is handled`);
          if (e.code === ErrorCodes.InternalError) internalErrors++;
        }
        assert.equal(server.process.exitCode, null, `alive after ${method} ${JSON.stringify(params)}`);
      }
    }
    // Some of those made handlers fail inside (e.g. reading `textDocument.uri` of null): each
    // was logged with the handler's name.
    assert.ok(internalErrors > 0, 'garbage reached the handlers');
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(logged.some((m) => /^\[\w+\] failed: /.test(m)), `failures are logged: ${logged.slice(0, 3).join(' | ')}`);
    assert.deepEqual(await symbolsOfValid(), reference, 'the valid document is unaffected');
  });

  it('survives malformed notifications and keeps the document it has', async () => {
    const reference = await symbolsOfValid();
    const c = server.connection;
    await c.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.tactic.yaml', version: 2 }, contentChanges: [{ text: 'x' }] });
    await c.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: 'not a list' });
    await c.sendNotification('textDocument/didChange', { textDocument: null, contentChanges: null });
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///robust/null.tactic.yaml', languageId: 'tactic', version: 1, text: null } });
    await c.sendNotification('textDocument/didOpen', null);
    await c.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never/opened.tactic.yaml' } });
    await c.sendNotification('workspace/didChangeConfiguration', { settings: 'garbage' });
    await c.sendNotification('workspace/didChangeWatchedFiles', { changes: 'garbage' });
    await c.sendNotification('$/cancelRequest', { id: { nope: 1 } });
    await c.sendNotification('tactic/unknownNotification', [1, 2]);
    await assert.rejects(c.sendRequest('tactic/unknownRequest', {}), (e: ResponseError<unknown>) => e.code === ErrorCodes.MethodNotFound);
    assert.equal(server.process.exitCode, null);
    // A change beyond the end of the document is clamped like any editor would; the document
    // then still parses and answers.
    const since = server.mark();
    await c.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 3 },
      contentChanges: [{ range: { start: { line: 9999, character: 0 }, end: { line: 9999, character: 5 } }, text: '' }],
    });
    await server.diagnostics(URI, (p) => p.version === 3, 10_000, since);
    assert.deepEqual(await symbolsOfValid(), reference);
    assert.doesNotMatch(server.stderr(), /Uncaught/);
  });
});
