import assert from 'node:assert/strict';
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { tempDir } from '../helpers/cli';
import { startServer, TestServer } from '../helpers/lspClient';

/** `code:severity` of each diagnostic, sorted and counted: `missing-block:2x9,stale-review:3`. */
function summary(ds: Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of ds) counts.set(`${d.code}:${d.severity}`, (counts.get(`${d.code}:${d.severity}`) ?? 0) + 1);
  return [...counts].sort().map(([k, n]) => (n > 1 ? `${k}x${n}` : k)).join(',');
}

/** Format v2: the test tactics name no decision maker, so no economic buyer (warning) and no coach (information). */
const NOBODY = 'no-coach:3,no-economic-buyer:2';

const REVIEWED_200_DAYS_AGO = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);

describe('.tactic-lint.yaml in the language server', () => {
  let server: TestServer;
  let t: ReturnType<typeof tempDir>;
  let cfgPath: string;
  let cfgUri: string;
  let uri: string;

  /** Runs `action`, then waits for the first newer diagnostics of `target` that `accept` takes. */
  async function after_(action: () => unknown, accept: (p: PublishDiagnosticsParams) => boolean, target = uri): Promise<Diagnostic[]> {
    const mark = server.mark();
    await action();
    return server.diagnostics(target, accept, 10_000, mark);
  }
  const is = (expected: string) => (p: PublishDiagnosticsParams) => summary(p.diagnostics) === expected;
  const watched = (u: string, type: 1 | 2 | 3) => () => server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u, type }] });
  const settings = (value: unknown) => () => {
    if (value === undefined) delete server.settings['tactic.lint'];
    else server.settings['tactic.lint'] = value;
    return server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  };

  before(async () => {
    t = tempDir();
    mkdirSync(join(t.dir, 'deals'));
    cfgPath = join(t.dir, '.tactic-lint.yaml');
    cfgUri = pathToFileURL(cfgPath).href;
    writeFileSync(cfgPath, 'rules:\n  missing-block: off\nstaleReviewDays: 1000\n');
    uri = pathToFileURL(join(t.dir, 'deals', 'a.tactic.yaml')).href;
    server = await startServer();
  });
  after(async () => {
    await server.stop();
    t.dispose();
  });

  it('applies the nearest file above an open tactic', async () => {
    await after_(() => server.open(uri, `tactic: A\nreviewed: ${REVIEWED_200_DAYS_AGO}\n`), is(`missing-sales-cycle:2,${NOBODY}`));
  });

  it('settings apply on top, rule by rule; their defaults (rules {}, staleReviewDays null) undo nothing', async () => {
    // Only missing-sales-cycle set: missing-block stays off and staleReviewDays stays 1000, from the file.
    await after_(settings({ rules: { 'missing-sales-cycle': 'error' }, staleReviewDays: null }), is(`missing-sales-cycle:1,${NOBODY}`));
    await after_(settings({ rules: { 'missing-block': 'hint' }, staleReviewDays: 100 }), is(`missing-block:4x9,missing-sales-cycle:2,${NOBODY},stale-review:3`));
  });

  it('re-lints open tactics when the file changes', async () => {
    await settings(undefined)();
    writeFileSync(cfgPath, 'rules:\n  missing-sales-cycle: off\n');
    await after_(watched(cfgUri, 2), is(`missing-block:2x9,${NOBODY},stale-review:3`));
  });

  it('publishes the problems of an invalid file on the file itself, with exact ranges, and clears them when fixed', async () => {
    writeFileSync(cfgPath, 'rules:\n  missing-blok: off\n  missing-sales-cycle: off\n  stale-review: error\n');
    const ds = await after_(watched(cfgUri, 2), (p) => p.diagnostics.length > 0, cfgUri);
    assert.deepEqual(ds.map((d) => [d.code, d.severity, d.range]), [['schema', 1, { start: { line: 1, character: 2 }, end: { line: 1, character: 14 } }]]);
    assert.match(String(ds[0].message), /Did you mean `missing-block`\?/);
    // the valid parts still apply
    await server.diagnostics(uri, is(`missing-block:2x9,${NOBODY},stale-review:1`));
    writeFileSync(cfgPath, 'rules:\n  missing-sales-cycle: off\n');
    await after_(watched(cfgUri, 2), (p) => p.diagnostics.length === 0, cfgUri);
  });

  it('falls back to the defaults when the file is deleted, and picks up a new, nearer one', async () => {
    unlinkSync(cfgPath);
    await after_(watched(cfgUri, 3), is(`missing-block:2x9,missing-sales-cycle:2,${NOBODY},stale-review:3`));
    const nearer = join(t.dir, 'deals', '.tactic-lint.yml');
    writeFileSync(nearer, 'rules:\n  missing-block: off\n  missing-sales-cycle: hint\n  stale-review: off\n');
    await after_(watched(pathToFileURL(nearer).href, 1), is(`missing-sales-cycle:4,${NOBODY}`));
  });

  it('reports a broken file as soon as it is saved, even when no open tactic uses it', async () => {
    mkdirSync(join(t.dir, 'other'));
    const other = join(t.dir, 'other', '.tactic-lint.yaml');
    writeFileSync(other, 'staleReviewDays: soon\n');
    const ds = await after_(watched(pathToFileURL(other).href, 1), () => true, pathToFileURL(other).href);
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [['schema', 0, 17, 21]]);
  });

  it('documents that are not files on disk get the defaults', async () => {
    const untitled = 'untitled:Untitled-1';
    await after_(() => server.open(untitled, 'tactic: U\n'), is(`missing-block:2x9,missing-sales-cycle:2,${NOBODY}`), untitled);
  });
});

describe('dynamic registrations', () => {
  it('asks a client that can watch files to watch .tactic-lint files at initialized, before any file is read', async () => {
    const server = await startServer();
    try {
      // No document is open and no configuration file exists: the registrations come from
      // `initialized` alone, so a first .tactic-lint.yaml created later is seen too.
      for (const deadline = Date.now() + 10_000; server.registered.length < 2 && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.deepEqual([...server.registered].sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
    } finally {
      await server.stop();
    }
  });
});
