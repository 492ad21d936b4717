import assert from 'node:assert/strict';
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { LintWorkspaceResult } from '../../server/src/protocol';
import { LINT_WORKSPACE_METHOD } from '../../server/src/protocol';
import { tempDir } from '../helpers/cli';
import { startServer, TestServer } from '../helpers/lspClient';

describe('tactic/lintWorkspace', () => {
  let server: TestServer;
  let t: ReturnType<typeof tempDir>;
  const uriOf = (rel: string) => pathToFileURL(join(t.dir, rel)).href;
  const lint = () => server.connection.sendRequest(LINT_WORKSPACE_METHOD, { folders: [pathToFileURL(t.dir).href] }) as Promise<LintWorkspaceResult>;
  const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);

  before(async () => {
    t = tempDir();
    mkdirSync(join(t.dir, 'sub'));
    mkdirSync(join(t.dir, 'node_modules'));
    writeFileSync(join(t.dir, 'a.tactic.yaml'), 'tactic: A\n');
    writeFileSync(join(t.dir, 'sub', 'b.tactic.yml'), 'tactic: B\nrisks:\n  - risk: Churn\n');
    writeFileSync(join(t.dir, 'node_modules', 'c.tactic.yaml'), 'tactic: C\n');
    writeFileSync(join(t.dir, 'binary.tactic.yaml'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(t.dir, 'latin1.tactic.yaml'), Buffer.from('tactic: Caf\xe9\n', 'latin1'));
    server = await startServer();
  });
  after(async () => {
    await server.stop();
    t.dispose();
  });

  it('lints every tactic file in the folders, closed ones included, and publishes their diagnostics', async () => {
    const result = await lint();
    // a and b: missing blocks (9 + 8), missing-sales-cycle, b's risk-without-mitigation; format v2:
    // neither names a decision maker, so each also gets no-economic-buyer and no-coach.
    assert.deepEqual(result, {
      files: 4, filesWithProblems: 3, errors: 1, warnings: 20 + 2, information: 2, hints: 0, cancelled: false,
      unreadable: [{ uri: uriOf('latin1.tactic.yaml'), message: `${join(t.dir, 'latin1.tactic.yaml')} is not UTF-8 text; save it as UTF-8` }],
    });
    const binary = await server.diagnostics(uriOf('binary.tactic.yaml'));
    assert.deepEqual(binary.map((d) => [d.code, d.severity]), [['yaml-syntax', 1]]);
    const a = await server.diagnostics(uriOf('a.tactic.yaml'));
    assert.equal(a.filter((d) => d.code === 'missing-block').length, 9);
    const b = await server.diagnostics(uriOf('sub/b.tactic.yml'));
    assert.ok(b.some((d) => d.code === 'risk-without-mitigation'));
  });

  it('counts an open document as the editor has it, and leaves its diagnostics to the live ones', async () => {
    const uri = uriOf('a.tactic.yaml');
    await server.open(uri, 'tactic: A\nsales_cycle: {stages: [{id: s, name: S, outcome: won}]}\n', 7);
    await server.diagnostics(uri, (p) => p.version === 7);
    const mark = server.mark();
    const result = await lint();
    assert.equal(result.warnings, 9 + 10 + 2, 'a: 9 missing blocks, its open text has a cycle; b: 8 missing blocks, no cycle, no mitigation; each: no economic buyer');
    // Closing clears the document's diagnostics; before that, the run published nothing for it.
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const forA: PublishDiagnosticsParams[] = [];
    await server.diagnostics(uri, (p) => (forA.push(p), p.diagnostics.length === 0), 10_000, mark);
    assert.deepEqual(forA.map((p) => p.diagnostics.length), [0]);
  });

  it('re-lints the files it published when a .tactic-lint.yaml changes', async () => {
    await lint();
    const cfg = join(t.dir, '.tactic-lint.yaml');
    writeFileSync(cfg, 'rules:\n  missing-block: off\n');
    const mark = server.mark();
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(cfg).href, type: 1 }] });
    const b = await server.diagnostics(uriOf('sub/b.tactic.yml'), (p) => !codes(p).includes('missing-block'), 10_000, mark);
    assert.deepEqual(b.map((d) => d.code).sort(), ['missing-sales-cycle', 'no-coach', 'no-economic-buyer', 'risk-without-mitigation']);
    unlinkSync(cfg);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(cfg).href, type: 3 }] });
  });

  it('clears the diagnostics of a file that is gone at the next run', async () => {
    await lint();
    unlinkSync(join(t.dir, 'sub', 'b.tactic.yml'));
    const mark = server.mark();
    const result = await lint();
    assert.equal(result.files, 3);
    await server.diagnostics(uriOf('sub/b.tactic.yml'), (p) => p.diagnostics.length === 0, 10_000, mark);
  });

  it('answers an empty result for a folder without tactics', async () => {
    const empty = tempDir();
    try {
      const result = await server.connection.sendRequest(LINT_WORKSPACE_METHOD, { folders: [pathToFileURL(empty.dir).href] }) as LintWorkspaceResult;
      assert.equal(result.files, 0);
      assert.deepEqual(result.unreadable, []);
    } finally {
      empty.dispose();
    }
  });
});
