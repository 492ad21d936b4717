/** The preview's message guards and page HTML, without a browser. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeNonce, previewHtml } from '../../client/src/preview/html';
import { markdownBlock, updateMessage } from '../../client/src/preview/updateMessage';
import { readHostMessage, readPreviewState, readWebviewMessage } from '../../client/webview/messages';
import { readFixture, service } from '../helpers/service';

describe('preview messages', () => {
  it('accepts well-formed webview messages and nothing else', () => {
    assert.deepEqual(readWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(readWebviewMessage({ type: 'reveal', mermaidId: 'n12', extra: 1 }), { type: 'reveal', mermaidId: 'n12' });
    assert.deepEqual(readWebviewMessage({ type: 'svg', requestId: 3, svg: null }), { type: 'svg', requestId: 3, svg: null });
    for (const bad of [
      null, undefined, 'ready', [], { type: 'reveal' }, { type: 'reveal', mermaidId: 'end' }, { type: 'reveal', mermaidId: 'n1"]' },
      { type: 'reveal', mermaidId: 7 }, { type: 'svg', requestId: 1.5, svg: '' }, { type: 'svg', requestId: 1, svg: 3 },
      { type: 'rendered', version: '1', ok: true }, { type: 'command', command: 'workbench.action.quit' },
    ]) {
      assert.equal(readWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  it('a PNG answer is base64 of a PNG file (or null), and a request names svg or png', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');
    assert.deepEqual(readWebviewMessage({ type: 'png', requestId: 2, png }), { type: 'png', requestId: 2, png });
    assert.deepEqual(readWebviewMessage({ type: 'png', requestId: 2, png: null }), { type: 'png', requestId: 2, png: null });
    for (const bad of [
      { type: 'png', requestId: 2, png: Buffer.from('<svg onload=alert(1)>').toString('base64') },
      { type: 'png', requestId: 2, png: `${png}"><script>` }, { type: 'png', requestId: 2, png: 5 }, { type: 'png', requestId: '2', png },
    ]) {
      assert.equal(readWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
    assert.deepEqual(readHostMessage({ type: 'requestSvg', requestId: 1 }), { type: 'requestSvg', requestId: 1, format: 'svg' });
    assert.deepEqual(readHostMessage({ type: 'requestSvg', requestId: 1, format: 'png' }), { type: 'requestSvg', requestId: 1, format: 'png' });
    assert.equal(readHostMessage({ type: 'requestSvg', requestId: 1, format: 'gif' }), undefined);
  });

  it('an update names a known view; without one it is the sales cycle', () => {
    const chart = service.diagram(service.parse('sales_cycle:\n  stages:\n    - id: a\n      name: A\n'), 'cycle');
    const msg = updateMessage({ uri: 'file:///x.tactic.yaml', version: 1, ...chart }, 'x.tactic.yaml');
    assert.equal(msg.kind, 'cycle');
    assert.deepEqual(readHostMessage(msg), msg);
    const { kind: _omitted, ...withoutKind } = msg;
    assert.deepEqual(readHostMessage(withoutKind), msg);
    for (const kind of ['org', '', 5, null]) assert.equal(readHostMessage({ ...msg, kind }), undefined, String(kind));
  });

  it('accepts the update the extension builds from the server answer', () => {
    const chart = service.flowchart(service.parse('sales_cycle:\n  stages:\n    - id: a\n      name: A\n      next: [zz]\n'));
    const msg = updateMessage({ uri: 'file:///x.tactic.yaml', version: 4, ...chart }, 'x.tactic.yaml');
    assert.deepEqual(readHostMessage(msg), msg);
    assert.deepEqual(msg.problems, [{ severity: 'warning', message: 'No stage with the id `zz` is defined; its arrows are drawn dashed.', line: 5 }]);
    assert.equal(readHostMessage({ ...msg, problems: [{ severity: 'fatal', message: 'x' }] }), undefined);
    assert.equal(readHostMessage({ ...msg, ok: 'yes' }), undefined);
    assert.equal(readHostMessage({ type: 'highlight', mermaidId: 'x' }), undefined);
    assert.deepEqual(readHostMessage({ type: 'highlight', mermaidId: null }), { type: 'highlight', mermaidId: null });
  });

  it('reads saved state defensively', () => {
    assert.deepEqual(readPreviewState({ uri: 'file:///a', view: { scale: 2, x: 1, y: -3 } }), { uri: 'file:///a', view: { scale: 2, x: 1, y: -3 } });
    assert.deepEqual(readPreviewState({ uri: 'file:///a', view: { scale: 0, x: 1, y: 1 } }), { uri: 'file:///a' });
    assert.equal(readPreviewState({ view: {} }), undefined);
    assert.equal(readPreviewState('file:///a'), undefined);
  });

  it('wraps the Mermaid source in a Markdown block', () => {
    const mermaid = service.flowchart(service.parse(readFixture('examples', 'regional-retail-erp.tactic.yaml'))).mermaid;
    const block = markdownBlock(mermaid);
    assert.ok(block.startsWith('```mermaid\nflowchart TD\n') && block.endsWith('\n```\n'));
    assert.equal(block.split('```').length, 3, 'the source holds no fence of its own');
  });
});

describe('preview html', () => {
  it('builds a page with one nonce-tagged script and an escaped state attribute', () => {
    const nonce = makeNonce();
    assert.match(nonce, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(makeNonce(), nonce);
    const html = previewHtml({ cspSource: 'https://x.vscode-cdn.net', nonce, scriptUri: 'https://x/p.js', styleUri: 'https://x/p.css', state: { uri: 'file:///a"><script>alert(1)</script>.tactic.yaml' } });
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.ok(html.includes(`<script nonce="${nonce}" src="https://x/p.js"></script>`));
    assert.match(html, /content="default-src 'none'; script-src 'nonce-[A-Za-z0-9]{32}'; style-src https:\/\/x.vscode-cdn.net 'unsafe-inline'; img-src https:\/\/x.vscode-cdn.net data:; font-src https:\/\/x.vscode-cdn.net"/);
    assert.ok(html.includes('data-state="{&quot;uri&quot;:&quot;file:///a\\&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;.tactic.yaml&quot;}">'));
  });
});
