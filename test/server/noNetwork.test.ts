/**
 * No telemetry and no network: the built server, with every network API of Node trapped
 * (helpers/netTrap.cjs), serves a whole session without trying to reach anything; and the
 * extension, server and CLI bundles do not even load Node's HTTP, TLS, UDP or DNS modules.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startServer } from '../helpers/lspClient';
import { ROOT, VALID } from '../helpers/service';

describe('no network access', () => {
  it('the language server makes no network attempt during a session', async () => {
    const server = await startServer({ nodeArgs: ['--require', join(ROOT, 'test', 'helpers', 'netTrap.cjs')] });
    try {
      const uri = 'file:///offline/valid.tactic.yaml';
      const since = server.mark();
      await server.open(uri, VALID, 1);
      await server.diagnostics(uri, (p) => p.version === 1, 10_000, since);
      const c = server.connection;
      const doc = { textDocument: { uri } };
      await c.sendRequest('textDocument/hover', { ...doc, position: { line: 12, character: 6 } });
      await c.sendRequest('textDocument/completion', { ...doc, position: { line: 12, character: 4 } });
      await c.sendRequest('textDocument/documentSymbol', doc);
      await c.sendRequest('textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } });
      await c.sendRequest('textDocument/codeAction', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }, context: { diagnostics: [] } });
      await c.sendRequest('tactic/flowchart', { uri });
      assert.equal(server.process.exitCode, null);
      assert.doesNotMatch(server.stderr(), /NETWORK ATTEMPT/);
    } finally {
      await server.stop();
    }
  });

  it('the trap really catches an attempt', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['--require', join(ROOT, 'test', 'helpers', 'netTrap.cjs'), '-e', "require('https').get('https://example.invalid/')"], { encoding: 'utf8' });
    assert.match(r.stderr, /NETWORK ATTEMPT: node:https get https:\/\/example\.invalid\//);
  });

  it('the bundles load no HTTP, TLS, UDP or DNS module and call no fetch', () => {
    for (const bundle of ['extension.js', 'languageClient.js', 'server.js', 'cli.js']) {
      const code = readFileSync(join(ROOT, 'dist', bundle), 'utf8');
      const network = [...code.matchAll(/require\("(?:node:)?(https?|http2|tls|dgram|dns)"\)|\bfetch\(|XMLHttpRequest|new WebSocket/g)].map((m) => m[0]);
      assert.deepEqual(network, [], `${bundle} reaches for the network`);
    }
  });
});
