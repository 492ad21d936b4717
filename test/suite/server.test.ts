/** The language server: started from the packaged bundle, and brought back when it dies. */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { findingsOf, hasCode, waitForDiagnostics } from './helpers/diagnostics';
import { open, replaceOnce, revertAndCloseAll, workspaceFile } from './helpers/documents';
import { activeApi, serverModule, serverPids, tacticExtension } from './helpers/extension';
import { waitFor } from './helpers/events';

describe('language server', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await open(workspaceFile('deal.tactic.yaml'));
    await waitForDiagnostics(doc.uri, (ds) => hasCode(ds, 'missing-sales-cycle'), 'missing-sales-cycle');
  });
  after(revertAndCloseAll);

  it('runs from the packaged bundle', () => {
    const root = tacticExtension().extensionPath;
    assert.ok(existsSync(serverModule()), `${serverModule()} is missing`);
    // the runners load the unpacked .vsix: sources are left out by .vscodeignore
    assert.ok(!existsSync(join(root, 'server', 'src')), `${root} is the working tree, not the packaged extension`);
    assert.equal(serverPids().length, 1, `expected one server process running ${serverModule()}`);
    const client = activeApi().ctx.languageClient;
    assert.ok(client, 'the extension has no language client');
    assert.ok(client.isRunning(), 'the language client is not running');
    assert.ok(client.initializeResult?.capabilities.textDocumentSync !== undefined, 'the server did not initialize');
  });

  it('restarts after being killed, and lints edits again', async () => {
    const client = activeApi().ctx.languageClient;
    assert.ok(client);
    const [pid] = serverPids();
    assert.ok(pid, 'no server process found');
    const runningAgain = waitFor(client.onDidChangeState, (e) => (e && client.isRunning() ? true : undefined),
      () => 'the language client to run again');
    process.kill(pid, 'SIGKILL');
    await runningAgain;
    const pids = serverPids();
    assert.equal(pids.length, 1, `expected one new server process, got [${pids.join(', ')}]`);
    assert.notEqual(pids[0], pid);
    // only a live server can answer this edit
    await replaceOnce(doc, 'for: cfo', 'for: cfoo');
    await waitForDiagnostics(doc.uri, () => findingsOf(doc, 'unknown-reference').join() === 'cfoo', 'unknown-reference on cfoo');
  });
});
