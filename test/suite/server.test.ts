/** The language server: started from the packaged bundle, and brought back when it dies. */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
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

  it('Restart while the client is still bringing a killed server back: one server lints', async () => {
    const ctx = activeApi().ctx;
    const old = ctx.languageClient;
    assert.ok(old);
    const [killed] = serverPids();
    assert.ok(killed, 'no server process found');
    // The client restarts a crashed server by itself; Restart pressed during that start must wait
    // for it (the client refuses to stop while starting) instead of failing.
    const restarting = waitFor(old.onDidChangeState, (e) => (e?.newState === State.Starting ? true : undefined),
      () => 'the language client to restart the killed server');
    process.kill(killed, 'SIGKILL');
    await restarting;
    const before = serverPids();
    await vscode.commands.executeCommand('tactic.restartServer');
    const client = ctx.languageClient;
    assert.ok(client?.isRunning(), 'the language client is not running after Restart');
    // A stopped server process may take a moment to exit after its client let go of it.
    let pids = serverPids();
    for (const deadline = Date.now() + 10_000; pids.length !== 1 && Date.now() < deadline; pids = serverPids()) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(pids.length, 1, `expected one server process, got [${pids.join(', ')}]`);
    assert.ok(!before.includes(pids[0]) && pids[0] !== killed, 'the server was not restarted');
    await replaceOnce(doc, 'for: cfoo', 'for: cfooo');
    await waitForDiagnostics(doc.uri, () => findingsOf(doc, 'unknown-reference').join() === 'cfooo', 'unknown-reference on cfooo');
  });
});
