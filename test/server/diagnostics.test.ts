import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startServer, SERVER_JS, TestServer } from '../helpers/lspClient';
import { readFixture } from '../helpers/service';

describe('the built language server over stdio', () => {
  let server: TestServer;
  before(async () => {
    assert.ok(existsSync(SERVER_JS), 'dist/server.js is built (npm run build)');
    server = await startServer();
  });
  after(() => server.stop());

  it('publishes diagnostics with rule codes and exact lines on open', async () => {
    const uri = 'file:///mem/typical.tactic.yaml';
    await server.open(uri, readFixture('examples', 'typical-findings.tactic.yaml'));
    const ds = await server.diagnostics(uri);
    const byCode = (code: string) => ds.filter((d) => d.code === code).map((d) => d.range.start.line + 1);
    assert.deepEqual(byCode('unknown-reference'), [26, 44]);
    assert.deepEqual(byCode('empty-block'), [47]);
    assert.deepEqual(byCode('objection-without-response'), [50]);
    assert.deepEqual(byCode('risk-without-mitigation'), [53]);
    assert.deepEqual(byCode('missing-sales-cycle'), [2]);
  });

  it('re-validates after incremental edits and publishes only the newest version', async () => {
    const uri = 'file:///mem/edit.tactic.yaml';
    await server.open(uri, 'tactic: T\nrisks: []\n');
    await server.diagnostics(uri);
    // a burst of edits: turn `risks: []` into `riskz: []`, one character at a time
    for (let v = 2; v <= 6; v++) {
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, text: v % 2 ? 's' : 'z' }],
      });
    }
    const ds = await server.diagnostics(uri, (p) => p.version === 6);
    assert.ok(ds.some((d) => d.code === 'schema' && String(d.message).includes('`riskz`')), JSON.stringify(ds));
  });

  it('applies tactic.lint settings after a configuration change', async () => {
    const uri = 'file:///mem/settings.tactic.yaml';
    await server.open(uri, 'tactic: T\n');
    const before = await server.diagnostics(uri);
    assert.ok(before.some((d) => d.code === 'missing-block'));
    server.settings['tactic.lint'] = { rules: { 'missing-block': 'off', 'missing-sales-cycle': 'error' } };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const afterChange = await server.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'missing-block'));
    assert.equal(afterChange.find((d) => d.code === 'missing-sales-cycle')?.severity, 1);
    delete server.settings['tactic.lint'];
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('answers hostile input with a diagnostic and keeps serving', async () => {
    const hostile: Record<string, string> = {
      bomb: `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
      deep: 'tactic: x\nbad: [}\n' + '['.repeat(20000),
      nul: 'tactic: a\0b\n',
      huge: 'tactic: T\ndescription: "' + 'x'.repeat(5_000_000) + '"\n',
      undefinedAlias: 'tactic: *nope\n',
    };
    for (const [name, text] of Object.entries(hostile)) {
      const uri = `file:///mem/hostile-${name}.tactic.yaml`;
      await server.open(uri, text);
      const ds = await server.diagnostics(uri);
      assert.ok(ds.some((d) => d.code === 'yaml-syntax'), `${name}: ${JSON.stringify(ds.map((d) => d.message))}`);
    }
    const uri = 'file:///mem/after-hostile.tactic.yaml';
    await server.open(uri, 'tactic: T\n');
    assert.ok((await server.diagnostics(uri)).length > 0);
    assert.equal(server.process.exitCode, null, 'server still running');
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = 'file:///mem/close.tactic.yaml';
    await server.open(uri, 'tactic: T\n');
    await server.diagnostics(uri, (p) => p.diagnostics.length > 0);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const ds = await server.diagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.deepEqual(ds, []);
  });
});
