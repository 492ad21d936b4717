/** Readiness over LSP against the built dist/server.js: tactic/readiness, the CodeLens, tactic/workspaceTactics and tactic/markReviewed. */
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-protocol';
import {
  MARK_REVIEWED_METHOD, MarkReviewedResult, READINESS_METHOD, ReadinessResult, WORKSPACE_TACTICS_METHOD, WorkspaceTacticsResult,
} from '../../server/src/protocol';
import { tempDir } from '../helpers/cli';
import { startServer, TestServer } from '../helpers/lspClient';
import { applyTextEdits } from '../helpers/edits';
import { readFixture, ROOT } from '../helpers/service';

const PARTIAL = readFixture('test', 'fixtures', 'readiness', 'partial.tactic.yaml');

describe('readiness over LSP', () => {
  let server: TestServer;
  let t: ReturnType<typeof tempDir>;
  const uriOf = (rel: string) => pathToFileURL(join(t.dir, rel)).href;
  const readiness = (uri: string) => server.connection.sendRequest(READINESS_METHOD, { uri }) as Promise<ReadinessResult | null>;
  const lenses = (uri: string) => server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as Promise<CodeLens[] | null>;
  const workspace = () => server.connection.sendRequest(WORKSPACE_TACTICS_METHOD, { folders: [pathToFileURL(t.dir).href] }) as Promise<WorkspaceTacticsResult>;

  before(async () => {
    t = tempDir();
    cpSync(join(ROOT, 'test', 'fixtures', 'readiness'), t.dir, { recursive: true });
    writeFileSync(join(t.dir, 'latin1.tactic.yaml'), Buffer.from('tactic: Caf\xe9\n', 'latin1'));
    server = await startServer();
  });
  after(async () => {
    await server.stop();
    t.dispose();
  });

  it('announces a CodeLens provider', async () => {
    // (initialize ran in startServer; a second look through a request that needs it)
    assert.equal(await lenses('file:///not-open.tactic.yaml'), null);
  });

  it('tactic/readiness: the checklist of the open text under the folder\'s .tactic-lint.yaml', async () => {
    const uri = uriOf('partial.tactic.yaml');
    await server.open(uri, PARTIAL, 4);
    const r = await readiness(uri);
    assert.ok(r);
    assert.equal(r.uri, uri);
    assert.equal(r.version, 4);
    assert.equal(r.staleReviewDays, 30, 'staleReviewDays from .tactic-lint.yaml');
    assert.equal(r.reviewed, '2020-01-15');
    assert.ok(r.reviewAgeDays! > 30);
    const review = r.readiness.items.find((i) => i.id === 'review-recent')!;
    assert.equal(review.passed, false);
    assert.match(review.message, /limit 30\)/);
    assert.deepEqual(r.readiness.decisionMakers.map((d) => [d.id, d.identified, d.positioned, d.questioned, d.reached]), [
      ['cfo', false, false, false, true],
      ['it_head', false, false, false, false],
    ]);
    assert.equal(r.readiness.score, Math.round((100 * r.readiness.passed) / r.readiness.total));
    assert.equal(r.weakestPoint, '7 of the nine blocks are missing or empty.');
    assert.equal(await readiness('file:///nowhere.tactic.yaml'), null);
  });

  it('follows edits: a new version answers for that version', async () => {
    const uri = uriOf('partial.tactic.yaml');
    const before = (await readiness(uri))!;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 5 },
      contentChanges: [{ text: PARTIAL.replace('    for: cfo\n', '    for: cfo\n  - action: Architecture review\n    for: it_head\n') }],
    });
    const after = (await readiness(uri))!;
    assert.equal(after.version, 5);
    assert.equal(after.readiness.passed, before.readiness.passed + 1);
    assert.equal(after.readiness.decisionMakers.find((d) => d.id === 'it_head')!.reached, true);
  });

  it('the CodeLens stands on the tactic: key and opens the scorecard', async () => {
    const uri = uriOf('partial.tactic.yaml');
    const r = (await readiness(uri))!;
    const ls = await lenses(uri);
    assert.deepEqual(ls, [{
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } },
      command: { title: `Readiness ${r.readiness.score}% \u00b7 7 of the nine blocks are missing or empty.`, command: 'tactic.showScorecard', arguments: [uri] },
    }]);
  });

  it('the CodeLens says "no score" and why for a text that is not valid YAML', async () => {
    const uri = uriOf('broken.tactic.yaml');
    await server.open(uri, readFixture('test', 'fixtures', 'readiness', 'broken.tactic.yaml'));
    const ls = (await lenses(uri))!;
    assert.equal(ls.length, 1);
    assert.deepEqual(ls[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
    assert.match(ls[0].command!.title, /^Readiness: no score \u00b7 The text is not valid YAML \(line \d+: .*\), so it has no score\.$/);
    const r = (await readiness(uri))!;
    assert.equal(r.readiness.score, null);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('tactic/workspaceTactics: every tactic of the folder, open or not; broken YAML has no score; an unreadable file is listed', async () => {
    const result = await workspace();
    assert.equal(result.cancelled, false);
    assert.deepEqual(result.unreadable, [{ uri: uriOf('latin1.tactic.yaml'), message: `${join(t.dir, 'latin1.tactic.yaml')} is not UTF-8 text; save it as UTF-8` }]);
    const byName = Object.fromEntries(result.tactics.map((x) => [x.path.slice(t.dir.length + 1), x]));
    assert.deepEqual(Object.keys(byName).sort(), ['broken.tactic.yaml', 'deals/complete.tactic.yaml', 'partial.tactic.yaml']);

    const broken = byName['broken.tactic.yaml'];
    assert.equal(broken.score, null);
    assert.match(broken.reason!, /not valid YAML/);
    assert.equal(broken.stale, false);
    assert.equal(broken.open, false);
    assert.ok(broken.problems.error > 0);

    const partial = byName['partial.tactic.yaml'];
    assert.equal(partial.open, true, 'the open document counts as the editor has it');
    assert.equal(partial.uri, uriOf('partial.tactic.yaml'));
    assert.deepEqual([partial.tactic, partial.account, partial.owner, partial.reviewed, partial.stale], ['Partial tactic', 'Hospital group', 'Ion Rusu', '2020-01-15', true]);
    assert.equal(partial.score, (await readiness(partial.uri))!.readiness.score);
    assert.equal(partial.problems.warning, 1, 'missing-sales-cycle only: missing-block is off in .tactic-lint.yaml');

    const complete = byName['deals/complete.tactic.yaml'];
    assert.equal(complete.tactic, 'Regional retail chains \u2014 ERP upgrade');
    assert.equal(complete.owner, 'Ana Popescu');
    assert.ok(complete.score! > partial.score!, `${complete.score} > ${partial.score}`);
    assert.equal(complete.reviewAgeDays !== null && complete.reviewAgeDays > 30, complete.stale);
  });

  it('tactic/workspaceTactics answers a cancelled request with RequestCancelled and keeps serving', async () => {
    const { CancellationTokenSource } = await import('vscode-languageserver-protocol');
    const source = new CancellationTokenSource();
    const pending = server.connection.sendRequest(WORKSPACE_TACTICS_METHOD, { folders: [pathToFileURL(t.dir).href] }, source.token);
    source.cancel();
    await pending.then(
      (r) => assert.ok((r as WorkspaceTacticsResult).tactics), // it may finish before the cancellation arrives
      (e: { code?: number }) => assert.equal(e.code, -32800),
    );
    assert.ok((await workspace()).tactics.length === 3);
  });

  it('tactic/markReviewed: edits for the version it answers, and a reason when there is nothing to do', async () => {
    const uri = uriOf('mark.tactic.yaml');
    const text = '# c\ntactic: T # t\nowner: O\nrisks: []\n';
    await server.open(uri, text, 2);
    const r = (await server.connection.sendRequest(MARK_REVIEWED_METHOD, { uri, date: '2026-12-01' })) as MarkReviewedResult;
    assert.equal(r.version, 2);
    assert.equal(applyTextEdits(text, r.edits), '# c\ntactic: T # t\nowner: O\nreviewed: 2026-12-01\nrisks: []\n');
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: applyTextEdits(text, r.edits) }] });
    const again = (await server.connection.sendRequest(MARK_REVIEWED_METHOD, { uri, date: '2026-12-01' })) as MarkReviewedResult;
    assert.deepEqual([again.version, again.edits, again.message], [3, [], 'The tactic is already marked as reviewed on 2026-12-01.']);
    assert.equal(await server.connection.sendRequest(MARK_REVIEWED_METHOD, { uri: 'file:///nowhere.tactic.yaml' }), null);
    assert.equal(await server.connection.sendRequest(MARK_REVIEWED_METHOD, null), null);
  });

  it('offers Mark as reviewed today as the quick fix of stale-review', async () => {
    const uri = uriOf('partial.tactic.yaml');
    const diagnostics = await server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'stale-review'));
    const stale = diagnostics.filter((d) => d.code === 'stale-review');
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: stale[0].range, context: { diagnostics: stale, only: ['quickfix'] },
    })) as Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>;
    const mark = actions.find((a) => a.title.startsWith('Mark as reviewed today ('));
    assert.ok(mark, actions.map((a) => a.title).join(' | '));
    assert.match(mark.edit.changes[uri][0].newText, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('stays up: malformed parameters get null or an error, never a crash', async () => {
    for (const params of [null, {}, { uri: 5 }, { uri: 'not a uri' }]) {
      assert.equal(await server.connection.sendRequest(READINESS_METHOD, params), null);
    }
    const r = (await server.connection.sendRequest(WORKSPACE_TACTICS_METHOD, { folders: ['file:///definitely/not/here', 7] })) as WorkspaceTacticsResult;
    assert.deepEqual(r, { tactics: [], unreadable: [], cancelled: false });
    assert.ok((await readiness(uriOf('partial.tactic.yaml')))!.readiness.total > 0);
  });
});
