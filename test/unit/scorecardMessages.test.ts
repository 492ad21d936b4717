/** The readiness scorecard's message guards, update message and page HTML, without a browser. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scorecardHtml } from '../../client/src/scorecard/html';
import { scorecardUpdate } from '../../client/src/scorecard/updateMessage';
import { readScorecardHostMessage, readScorecardState, readScorecardWebviewMessage } from '../../client/webview/scorecardMessages';
import type { ReadinessResult } from '../../server/src/protocol';
import { readinessLensTitle, tacticKeyRange, weakestPoint } from '../../server/src/service';
import { service, VALID } from '../helpers/service';

function result(text: string, version = 3): ReadinessResult {
  const readiness = service.readiness(service.parse(text));
  return { uri: 'file:///x.tactic.yaml', version, readiness, weakestPoint: weakestPoint(readiness) ?? null, reviewed: null, reviewAgeDays: null, staleReviewDays: 90 };
}

describe('scorecard messages', () => {
  it('accepts well-formed webview messages and nothing else', () => {
    assert.deepEqual(readScorecardWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(readScorecardWebviewMessage({ type: 'reveal', item: 4, version: 2, extra: 'x' }), { type: 'reveal', item: 4, version: 2 });
    assert.deepEqual(readScorecardWebviewMessage({ type: 'markReviewed', uri: 'file:///etc/passwd' }), { type: 'markReviewed' });
    assert.deepEqual(readScorecardWebviewMessage({ type: 'rendered', version: 7 }), { type: 'rendered', version: 7 });
    for (const bad of [
      null, undefined, 'ready', [], 7, { type: 'reveal' }, { type: 'reveal', item: -1, version: 1 }, { type: 'reveal', item: 1.5, version: 1 },
      { type: 'reveal', item: '1', version: 1 }, { type: 'reveal', item: 1 }, { type: 'reveal', item: 1e9, version: 1 },
      { type: 'rendered', version: '1' }, { type: 'command', command: 'workbench.action.quit' }, { type: 'open', uri: 'https://example.invalid' },
    ]) {
      assert.equal(readScorecardWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  it('the update built from the server answer passes the guard unchanged', () => {
    const msg = scorecardUpdate(result(VALID), 'x.tactic.yaml');
    assert.deepEqual(readScorecardHostMessage(msg), msg);
    assert.ok(msg.rows.length > 0);
    // every cell points at the item of its decision maker and column
    for (const row of msg.rows) {
      for (const [column, cell] of Object.entries(row.cells)) {
        assert.ok(cell.item >= 0, `${row.id} ${column}`);
        assert.equal(msg.items[cell.item].subject, row.id);
        assert.equal(msg.items[cell.item].passed, cell.passed);
      }
    }
  });

  it('a text that is not YAML gives an update with no score and the reason', () => {
    const msg = scorecardUpdate(result('tactic: "T\nrisks: [\n'), 'x.tactic.yaml');
    assert.equal(msg.score, null);
    assert.match(msg.noScoreReason ?? '', /not valid YAML/);
    assert.deepEqual(readScorecardHostMessage(msg), msg);
  });

  it('hostile text is carried as text, and over-long text is cut to what the guard accepts', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const text = `tactic: T\ndecision_makers:\n  - id: cfo\n    title: "${evil}${'x'.repeat(20_000)}"\n`;
    const msg = scorecardUpdate(result(text), 'x.tactic.yaml');
    assert.ok(msg.rows[0].title.startsWith(evil));
    assert.deepEqual(readScorecardHostMessage(msg), msg);
  });

  it('rejects malformed updates', () => {
    const msg = scorecardUpdate(result(VALID), 'x.tactic.yaml');
    const cell = { ...msg.rows[0].cells.reached, item: msg.items.length };
    for (const bad of [
      { ...msg, score: 101 }, { ...msg, score: '72' }, { ...msg, version: 1.5 }, { ...msg, items: 'x' }, { ...msg, rows: [{ ...msg.rows[0], cells: {} }] },
      { ...msg, rows: [{ ...msg.rows[0], cells: { ...msg.rows[0].cells, reached: cell } }] },
      { ...msg, items: [{ ...msg.items[0], passed: 'yes' }] }, { ...msg, type: 'html', html: '<script>' },
    ]) {
      assert.equal(readScorecardHostMessage(bad), undefined);
    }
    assert.deepEqual(readScorecardHostMessage({ type: 'notice', message: 'x' }), { type: 'notice', message: 'x' });
    assert.deepEqual(readScorecardState({ uri: 'file:///a' }), { uri: 'file:///a' });
    assert.equal(readScorecardState({ uri: 3 }), undefined);
  });

  it('the page allows only its nonce-tagged script and its own files, and escapes its attributes', () => {
    const html = scorecardHtml({ cspSource: 'vscode-webview://x', scriptUri: 'vscode-webview://x/s.js', styleUri: 'vscode-webview://x/s.css', nonce: 'abc123', state: { uri: 'file:///a"><script>alert(1)</script>' } });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    assert.equal(csp, "default-src 'none'; script-src 'nonce-abc123'; style-src vscode-webview://x; img-src vscode-webview://x; font-src vscode-webview://x");
    assert.deepEqual([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), ['<script nonce="abc123" src="vscode-webview://x/s.js">']);
    assert.ok(!html.includes('<script>alert'), 'state escaped');
    assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handlers');
    assert.ok(!/https?:/.test(html), 'no remote resources');
  });
});

describe('readiness lens', () => {
  it('stands on the tactic key and says the score and the weakest point', () => {
    const parsed = service.parse('# c\n\ntactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\n');
    assert.deepEqual(tacticKeyRange(parsed), { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } });
    const title = readinessLensTitle(service.readiness(parsed));
    assert.match(title, /^Readiness \d+% \u00b7 No decision maker is the economic buyer\.$/);
  });

  it('says "no score" with the reason for broken YAML, still on the tactic line', () => {
    const parsed = service.parse('# c\ntactic: "T\nrisks: [\n');
    assert.deepEqual(tacticKeyRange(parsed), { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
    assert.match(readinessLensTitle(service.readiness(parsed)), /^Readiness: no score \u00b7 The text is not valid YAML \(line \d+: /);
  });
});
