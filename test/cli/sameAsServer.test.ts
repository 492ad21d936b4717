/** The command line and the language server must report the same findings for the same files. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { CLI_FIXTURES, runCli } from '../helpers/cli';
import { SERVER_JS, startServer, TestServer } from '../helpers/lspClient';
import { ROOT } from '../helpers/service';

interface JsonFile { path: string; diagnostics: Array<{ rule: string; severity: string; message: string; range: Diagnostic['range'] }> }

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const fromServer = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${SEVERITY[d.severity ?? 1]} ${JSON.stringify(d.range)} ${String(d.message)}`);
const fromCli = (f: JsonFile) => f.diagnostics.map((d) => `${d.rule} ${d.severity} ${JSON.stringify(d.range)} ${d.message}`);

function cliReport(...paths: string[]): { files: JsonFile[]; summary: Record<string, number> } {
  const r = runCli(['lint', '--format', 'json', ...paths]);
  return JSON.parse(r.stdout);
}

describe('the CLI and the language server agree', () => {
  let server: TestServer;
  before(async () => {
    assert.ok(existsSync(SERVER_JS), 'dist/server.js is built (npm run build)');
    server = await startServer();
  });
  after(() => server.stop());

  it('on every fixture and example opened in the editor: configuration, suppressions, CRLF, lone CR, BOM, astral characters, binary', async () => {
    const report = cliReport('test/fixtures/cli', 'examples');
    assert.ok(report.files.length >= 16, `${report.files.length} files`);
    for (const file of report.files) {
      const path = join(ROOT, file.path);
      const uri = pathToFileURL(path).href;
      // what VS Code hands the server: UTF-8 decoded, BOM dropped
      await server.open(uri, readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
      const ds = await server.diagnostics(uri);
      assert.deepEqual(fromServer(ds), fromCli(file), file.path);
    }
  });

  it('on a whole folder through Lint Workspace, counts included', async () => {
    const fresh = await startServer();
    try {
      const result = await fresh.connection.sendRequest('tactic/lintWorkspace', { folders: [pathToFileURL(CLI_FIXTURES).href] }) as Record<string, unknown>;
      const report = cliReport('test/fixtures/cli');
      for (const file of report.files) {
        const ds = await fresh.diagnostics(pathToFileURL(join(ROOT, file.path)).href);
        assert.deepEqual(fromServer(ds), fromCli(file), file.path);
      }
      const { files, errors, warnings, information, hints } = report.summary;
      assert.deepEqual(
        { files: result.files, errors: result.errors, warnings: result.warnings, information: result.information, hints: result.hints },
        { files, errors, warnings, information, hints },
      );
    } finally {
      await fresh.stop();
    }
  });
});
