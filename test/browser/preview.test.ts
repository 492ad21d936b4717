/**
 * The real preview page in headless Chromium: the HTML the extension builds (client/src/preview/
 * html.ts) with the built dist/webview/preview.js, served over HTTP, and a stubbed
 * `acquireVsCodeApi` that records what the page posts. Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { updateMessage } from '../../client/src/preview/updateMessage';
import type { DiagramKind } from '../../server/src/service';
import type { HostMessage, WebviewMessage } from '../../client/webview/messages';
import { launchChromium } from '../helpers/chromium';
import { openPreviewPage } from '../helpers/previewPage';
import { PreviewServer, servePreviewPage } from '../helpers/previewServer';
import { readFixture, ROOT, service } from '../helpers/service';

// Callbacks below run inside the page; the test project has no DOM types, so these stand in.
declare const window: any;
declare const document: any;
declare function getComputedStyle(element: unknown): { fill: string };

const SCRIPT = join(ROOT, 'dist', 'webview', 'preview.js');
const URI = 'file:///ws/retail.tactic.yaml';
const EXAMPLE = readFixture('examples', 'regional-retail-erp.tactic.yaml');

let version = 0;
function update(text: string, uri = URI): Extract<HostMessage, { type: 'update' }> {
  const chart = service.flowchart(service.parse(text));
  return updateMessage({ uri, version: ++version, ...chart }, 'retail.tactic.yaml');
}

/** An update of another view of the tactic, as the extension sends it for the selected tab. */
function viewUpdate(text: string, kind: DiagramKind, uri = URI): Extract<HostMessage, { type: 'update' }> {
  const diagram = service.diagram(service.parse(text), kind);
  return updateMessage({ uri, version: ++version, ...diagram }, 'retail.tactic.yaml');
}

/** A cycle whose labels try everything: markup, event handlers, Mermaid syntax and directives. */
const HOSTILE = `sales_cycle:
  stages:
    - id: click
      name: '<img src=x onerror="window.__pwned=true">'
      next:
        - { to: end, when: '<script>window.__pwned=true</script>' }
    - id: end
      name: 'click n0 call window.__pwnedCall() "x" --> %%{init: {"securityLevel":"loose"}}%%'
      next: [style]
    - id: style
      name: '\`**md**\` <a href="javascript:window.__pwned=true">link</a> &lt;b&gt;'
      outcome: won
`;

describe('preview page', () => {
  let browser: Browser;
  let server: PreviewServer;
  let origin: string;
  let nonce: string;
  let page: Page;
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    assert.ok(existsSync(SCRIPT), 'dist/webview/preview.js is built (npm run build)');
    server = await servePreviewPage(URI);
    ({ origin, nonce } = server);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await openPreviewPage(page, origin, cspViolations, () => {
      const w = window as any;
      w.__pwned = false;
      w.__pwnedCall = () => (w.__pwned = true);
      w.__posted = [];
      w.__state = undefined;
      w.acquireVsCodeApi = () => ({
        postMessage: (m: unknown) => w.__posted.push(m),
        getState: () => w.__state,
        setState: (s: unknown) => (w.__state = s),
      });
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const posted = () => page.evaluate(() => (window as any).__posted as WebviewMessage[]);
  /** Posts a message as the extension would and waits until the page reports the render. */
  async function send(msg: HostMessage): Promise<void> {
    // postMessage delivers later; a second message posted right after arrives after the page has
    // handled the first, so waiting for it makes the page's (synchronous) handling visible.
    await page.evaluate((m) => new Promise<void>((resolve) => {
      const token = `sync-${Math.random()}`;
      const onMessage = (e: MessageEvent) => {
        if ((e.data as { sync?: string })?.sync !== token) return;
        window.removeEventListener('message', onMessage);
        resolve();
      };
      window.addEventListener('message', onMessage);
      window.postMessage(m, '*');
      window.postMessage({ sync: token }, '*');
    }), msg);
    if (msg.type === 'update') {
      await page.waitForFunction((v) => (window as any).__posted.some((m: any) => m.type === 'rendered' && m.version === v), msg.version);
    }
  }
  const labels = () => page.$$eval('#diagram g.node', (ns) => ns.map((n) => n.textContent));
  const lastRendered = async () => (await posted()).filter((m) => m.type === 'rendered').at(-1);

  it('has a CSP with a nonce for its one script and no eval', async () => {
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content')!);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'(;|$)`));
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    const scripts = await page.$$eval('script', (ss) => ss.map((s) => [s.getAttribute('nonce') ?? (s as any).nonce, s.getAttribute('src')]));
    assert.deepEqual(scripts, [[nonce, `${origin}/dist/webview/preview.js`]]);
  });

  it('shows a message instead of a blank panel before the first diagram', async () => {
    assert.equal(await page.isVisible('#empty'), true);
    assert.match((await page.textContent('#empty')) ?? '', /Loading/);
  });

  it('draws one node per stage with its name and one edge per transition', async () => {
    const msg = update(EXAMPLE);
    await send(msg);
    assert.deepEqual(await lastRendered(), { type: 'rendered', version: msg.version, ok: true });
    assert.deepEqual(await labels(), [
      "First call with the CFO's office", 'Discovery workshop', 'Demo on their catalogue', 'Proposal and payback model',
      'Nurture until next budget', 'Contract signed', 'Lost',
    ]);
    assert.equal(await page.$$eval('#diagram path.flowchart-link', (ps) => ps.length), 9);
    const edgeLabels = await page.$$eval('#diagram g.edgeLabel > g.label', (ls) => ls.map((l) => l.textContent).filter(Boolean));
    assert.deepEqual(edgeLabels.sort(), ['Budget reopened', 'Competitor chosen', 'No budget this year', 'No interest', 'Postponed', 'Signed']);
    assert.equal(await page.isVisible('#empty'), false);
    assert.equal(await page.isVisible('#banner'), false);
  });

  it('does not draw again an update whose diagram is already shown, and draws a changed one', async () => {
    await send(update(EXAMPLE));
    await page.$eval('#diagram svg', (svg) => svg.setAttribute('data-test-mark', 'drawn'));
    // Same cycle, other text (a comment): the same diagram, the same SVG element, still reported.
    const same = update(`${EXAMPLE}# a note\n`);
    await send(same);
    assert.deepEqual(await lastRendered(), { type: 'rendered', version: same.version, ok: true });
    assert.equal(await page.$eval('#diagram svg', (svg) => svg.getAttribute('data-test-mark')), 'drawn');
    const changed = update(EXAMPLE.replace('Discovery workshop', 'Discovery workshop, two days'));
    await send(changed);
    assert.equal(await page.$eval('#diagram svg', (svg) => svg.getAttribute('data-test-mark')), null);
    assert.ok((await labels()).includes('Discovery workshop, two days'));
  });

  it('posts a reveal message with the node id when a node is clicked', async () => {
    const chart = service.flowchart(service.parse(EXAMPLE));
    const demo = chart.nodes.find((n) => n.stageId === 'demo')!;
    await page.click('#diagram g.node:has-text("Demo on their catalogue")');
    const reveals = (await posted()).filter((m) => m.type === 'reveal');
    assert.deepEqual(reveals.at(-1), { type: 'reveal', mermaidId: demo.mermaidId });
  });

  it('reveals from the keyboard, and pans on a drag without revealing', async () => {
    const reveals = async () => (await posted()).filter((m) => m.type === 'reveal').length;
    await page.focus('#diagram g.node:has-text("Lost")');
    await page.keyboard.press('Enter');
    assert.deepEqual((await posted()).filter((m) => m.type === 'reveal').at(-1), { type: 'reveal', mermaidId: 'n6' });
    const count = await reveals();
    const transform = () => page.$eval('#diagram', (d) => (d as any).style.transform);
    const before = await transform();
    const box = (await page.$('#diagram g.node:has-text("Demo on their catalogue")'))!;
    const r = (await box.boundingBox())!;
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await page.mouse.down();
    await page.mouse.move(r.x + r.width / 2 + 40, r.y + r.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    assert.notEqual(await transform(), before, 'the drag panned');
    assert.equal(await reveals(), count, 'a drag is not a click');
  });

  it('outlines the node the cursor is in', async () => {
    await send({ type: 'highlight', mermaidId: 'n2' });
    assert.deepEqual(await page.$$eval('#diagram .tactic-highlight', (ns) => ns.map((n) => n.textContent)), ['Demo on their catalogue']);
    await send({ type: 'highlight', mermaidId: null });
    assert.equal(await page.$$eval('#diagram .tactic-highlight', (ns) => ns.length), 0);
  });

  it('keeps the last good diagram and shows a banner while the document is invalid', async () => {
    const before = await labels();
    const broken = update('sales_cycle:\n  stages:\n    - id: a\n      name: "unclosed\n');
    assert.equal(broken.ok, false);
    await send(broken);
    assert.deepEqual(await lastRendered(), { type: 'rendered', version: broken.version, ok: false });
    assert.deepEqual(await labels(), before);
    assert.equal(await page.isVisible('#banner.error'), true);
    assert.match((await page.textContent('#banner')) ?? '', /Line \d+: .+last valid version/s);
  });

  it('keeps the last good diagram when Mermaid itself rejects an update', async () => {
    const before = await labels();
    await send({ type: 'update', uri: URI, version: ++version, title: 't', mermaid: 'flowchart TD\n  a -->\n', ok: true, problems: [] });
    assert.deepEqual(await labels(), before);
    assert.match((await page.textContent('#banner')) ?? '', /Mermaid could not draw/);
    await send(update(EXAMPLE));
    assert.equal(await page.isVisible('#banner'), false, 'a good update clears the banner');
  });

  it('keeps zoom and pan across redraws', async () => {
    const scale = () => page.$eval('#diagram', (d) => (d as any).style.transform);
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    const zoomed = await scale();
    await send(update(EXAMPLE.replace('Discovery workshop', 'Discovery workshop (2 days)')));
    assert.ok((await labels()).includes('Discovery workshop (2 days)'));
    assert.equal(await scale(), zoomed);
    const state = await page.evaluate(() => (window as any).__state);
    assert.equal(state.uri, URI);
    assert.ok(state.view.scale > 1, JSON.stringify(state));
    await page.mouse.move(450, 350);
    await page.mouse.wheel(0, 300);
    assert.notEqual(await scale(), zoomed, 'the wheel zooms');
    await page.click('#zoom-fit');
    const box = await page.$eval('#diagram svg', (s) => s.getBoundingClientRect().toJSON());
    assert.ok(box.left >= 0 && box.top >= 0 && box.right <= 900 && box.bottom <= 700, `fits: ${JSON.stringify(box)}`);
  });

  it('fits the diagram of another document into view', async () => {
    const transform = () => page.$eval('#diagram', (d) => (d as any).style.transform);
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    const zoomed = await transform();
    await send(update(EXAMPLE, 'file:///ws/other.tactic.yaml'));
    assert.notEqual(await transform(), zoomed);
    const box = await page.$eval('#diagram svg', (s) => s.getBoundingClientRect().toJSON());
    assert.ok(box.left >= 0 && box.top >= 0 && box.right <= 900 && box.bottom <= 700, `fits: ${JSON.stringify(box)}`);
    assert.equal((await page.evaluate(() => (window as any).__state)).uri, 'file:///ws/other.tactic.yaml');
  });

  it('does not show another document’s diagram for a document that cannot be drawn', async () => {
    const msg = update('tactic: No cycle yet\n', 'file:///ws/empty.tactic.yaml');
    await send(msg);
    assert.deepEqual(await labels(), []);
    assert.equal(await page.isVisible('#empty'), true);
    assert.match((await page.textContent('#empty')) ?? '', /Nothing to draw yet.*no `sales_cycle`/s);
    await send(update(EXAMPLE));
    assert.equal(await page.isVisible('#empty'), false);
    assert.equal((await labels()).length, 7);
  });

  it('shows hostile labels as text and runs nothing', async () => {
    const msg = update(HOSTILE);
    await send(msg);
    assert.deepEqual(await labels(), [
      '<img src=x onerror="window.__pwned=true">',
      'click n0 call window.__pwnedCall() "x" --> %%{init: {"securityLevel":"loose"}}%%',
      '`**md**` <a href="javascript:window.__pwned=true">link</a> &lt;b&gt;',
    ]);
    assert.equal(await page.$$eval('#diagram img, #diagram script, #diagram a, #diagram strong', (ns) => ns.length), 0);
    await page.click('#diagram g.node:has-text("click n0")');
    assert.deepEqual((await posted()).filter((m) => m.type === 'reveal').at(-1), { type: 'reveal', mermaidId: 'n1' });
    assert.equal(await page.evaluate(() => (window as any).__pwned), false);
  });

  it('runs nothing even from raw Mermaid text with click directives and markup', async () => {
    const raw = [
      'flowchart TD',
      '  a["<img src=x onerror=window.__pwnedCall()>"] --> b',
      '  click a call __pwnedCall()',
      '  click b href "javascript:window.__pwnedCall()"',
      '',
    ].join('\n');
    await send({ type: 'update', uri: URI, version: ++version, title: 't', mermaid: raw, ok: true, problems: [] });
    const handlers = await page.$$eval('#diagram *', (els) => els.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)).map((a) => a.name)));
    assert.deepEqual(handlers, []);
    await page.click('#diagram g.node >> nth=0');
    await page.click('#diagram g.node >> nth=1');
    assert.equal(await page.evaluate(() => (window as any).__pwned), false);
  });

  it('ignores malformed messages', async () => {
    const before = await labels();
    for (const bad of [null, 'update', { type: 'update', mermaid: 5 }, { type: 'highlight', mermaidId: 'x"]' }, { type: 'nope' }, { type: 'update', uri: URI, version: 'x', title: 't', mermaid: '', ok: true, problems: [] }]) {
      await page.evaluate((m) => window.postMessage(m, '*'), bad);
    }
    await send({ type: 'highlight', mermaidId: 'n0' }); // processed after the bad ones, in order
    assert.deepEqual(await labels(), before);
  });

  it('hands out the diagram as a standalone SVG', async () => {
    await send({ type: 'requestSvg', requestId: 7 });
    await page.waitForFunction(() => (window as any).__posted.some((m: any) => m.type === 'svg'));
    const svg = (await posted()).find((m) => m.type === 'svg') as Extract<WebviewMessage, { type: 'svg' }>;
    assert.equal(svg.requestId, 7);
    assert.match(svg.svg ?? '', /^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('redraws in the theme VS Code switches to', async () => {
    await send(update(EXAMPLE));
    const before = await page.$eval('#diagram svg', (s) => s.id);
    const count = (await posted()).length;
    await page.evaluate(() => (document.body.className = 'vscode-dark'));
    await page.waitForFunction((b) => document.querySelector('#diagram svg')?.id !== b, before);
    assert.equal((await posted()).length, count);
    const fill = await page.$eval('#diagram g.node:not(.start) rect, #diagram g.node:not(.start) path', (r) => getComputedStyle(r).fill);
    assert.notEqual(fill, 'rgb(236, 236, 255)', 'not the light theme node fill');
  });

  const tabs = () => page.$$eval('#views [role="tab"]', (ts) => ts.map((t) => [t.getAttribute('data-kind'), t.getAttribute('aria-selected')]));
  const selectedTab = async () => (await tabs()).filter(([, selected]) => selected === 'true').map(([kind]) => kind);

  it('offers the three views as tabs; clicking one, or an arrow key, asks the extension for that view', async () => {
    await send(update(EXAMPLE));
    assert.deepEqual((await tabs()).map(([kind]) => kind), ['cycle', 'map', 'chains']);
    const asked = async () => (await posted()).filter((m) => m.type === 'selectView').at(-1);
    await page.click('#views [role="tab"][data-kind="map"]');
    assert.deepEqual(await asked(), { type: 'selectView', kind: 'map' });
    await page.click('#views [role="tab"][data-kind="chains"]');
    assert.deepEqual(await asked(), { type: 'selectView', kind: 'chains' });
    await page.keyboard.press('ArrowLeft');
    assert.deepEqual(await asked(), { type: 'selectView', kind: 'map' });
    await page.click('#views [role="tab"][data-kind="cycle"]');
    assert.deepEqual(await asked(), { type: 'selectView', kind: 'cycle' });
  });

  it('marks the tab of the view an update draws, and draws the account map and the approval chains', async () => {
    await send(update(EXAMPLE));
    assert.deepEqual(await selectedTab(), ['cycle']);
    const map = viewUpdate(EXAMPLE, 'map');
    assert.equal(map.kind, 'map');
    await send(map);
    assert.deepEqual(await lastRendered(), { type: 'rendered', version: map.version, ok: true });
    assert.deepEqual(await selectedTab(), ['map']);
    const mapLabels = await labels();
    for (const title of ['Chief Executive Officer', 'Chief Financial Officer', 'Head of IT', 'Store operations director']) {
      assert.ok(mapLabels.some((l) => l?.startsWith(title)), `the map shows ${title}: ${JSON.stringify(mapLabels)}`);
    }
    // A person's node reveals that person's entry.
    const d = service.diagram(service.parse(EXAMPLE), 'map');
    const headOfIt = d.nodes.find((n) => n.label.startsWith('Head of IT'))!;
    await page.click('#diagram g.node:has-text("Head of IT")');
    assert.deepEqual((await posted()).filter((m) => m.type === 'reveal').at(-1), { type: 'reveal', mermaidId: headOfIt.mermaidId });
    await send({ type: 'highlight', mermaidId: headOfIt.mermaidId });
    assert.match((await page.$$eval('#diagram .tactic-highlight', (ns) => ns.map((n) => n.textContent))).join(), /^Head of IT/);
    const chains = viewUpdate(EXAMPLE, 'chains');
    await send(chains);
    assert.deepEqual(await selectedTab(), ['chains']);
    assert.ok((await page.$$eval('#diagram g.cluster', (cs) => cs.map((c) => c.textContent))).some((t) => t?.includes('Board approval')));
    assert.equal(await page.isVisible('#banner'), false);
  });

  it('does not show the previous view as the "last valid version" of another view that cannot be drawn', async () => {
    const noChains = EXAMPLE.slice(0, EXAMPLE.indexOf('approval_chains:')) + EXAMPLE.slice(EXAMPLE.indexOf('objections:'));
    await send(viewUpdate(EXAMPLE, 'map'));
    assert.ok((await labels()).length > 0);
    const failed = viewUpdate(noChains, 'chains');
    assert.equal(failed.ok, false);
    await send(failed);
    assert.deepEqual(await lastRendered(), { type: 'rendered', version: failed.version, ok: false });
    assert.deepEqual(await selectedTab(), ['chains']);
    assert.deepEqual(await labels(), [], 'the map is not kept for the chains');
    assert.equal(await page.isVisible('#empty'), true);
    assert.match((await page.textContent('#empty')) ?? '', /Nothing to draw yet.*approval_chains/s);
    assert.doesNotMatch((await page.textContent('#banner')) ?? '', /last valid version/);

    // The same from the cycle to a map whose YAML is broken.
    await send(update(EXAMPLE));
    const broken = viewUpdate('decision_makers:\n  - id: a\n    title: "unclosed\n', 'map');
    assert.equal(broken.ok, false);
    await send(broken);
    assert.deepEqual(await selectedTab(), ['map']);
    assert.deepEqual(await labels(), []);
    assert.doesNotMatch((await page.textContent('#banner')) ?? '', /last valid version/);
    assert.equal(await page.isVisible('#banner.error'), true);

    // Within one view, the last good picture does stand in.
    await send(viewUpdate(EXAMPLE, 'map'));
    const good = await labels();
    await send(viewUpdate(EXAMPLE.replace('title: Head of IT', 'title: "unclosed'), 'map'));
    assert.deepEqual(await labels(), good);
    assert.match((await page.textContent('#banner')) ?? '', /last valid version/);
    await send(update(EXAMPLE));
    assert.deepEqual(await selectedTab(), ['cycle']);
  });

  it('had no CSP violations other than blocked inline handlers, and no script errors', () => {
    // Mermaid's strict mode still lets the raw `<img onerror>` above reach the DOM while it measures
    // labels; the CSP blocks the handler (script-src-attr). Generated text never carries markup.
    assert.deepEqual(cspViolations.filter((v) => !v.startsWith('script-src-attr inline')), []);
    assert.deepEqual(pageErrors, []);
  });
});
