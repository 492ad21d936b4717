/**
 * The exported playbook in headless Chromium: the examples and a hostile tactic exported to HTML by
 * the built CLI (dist/cli.js export), opened from disk (file://) offline with every request
 * recorded and aborted. The inlined renderer draws the diagrams; every decision maker, objection,
 * response, risk and stage of the YAML shows, nothing leaves the page, nothing hostile runs, and
 * the page prints to a multi-page A4 PDF. Also the preview's Export Diagram as PNG: the page
 * answers `requestSvg` with format `png` with a PNG at twice the diagram's size. Run after
 * `npm run build`, never beside another Chromium suite on the shared machine.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { updateMessage } from '../../client/src/preview/updateMessage';
import { readWebviewMessage, type WebviewMessage } from '../../client/webview/messages';
import { launchChromium } from '../helpers/chromium';
import { runCli, tempDir } from '../helpers/cli';
import { HOSTILE_LABELS } from '../helpers/hostileLabels';
import { openPreviewPage } from '../helpers/previewPage';
import { PreviewServer, servePreviewPage } from '../helpers/previewServer';
import { readFixture, ROOT, service } from '../helpers/service';

// Callbacks below run inside the page; the test project has no DOM types.
declare const window: any;
declare const document: any;

const PLAYBOOK_JS = join(ROOT, 'dist', 'webview', 'playbook.js');
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.tactic.yaml')).sort();

/** Extra payloads beside HOSTILE_LABELS: links, handlers, entities, bidi and zero-width characters. */
const EXTRA = [
  '<a href="javascript:window.__pwned=true">click me</a>',
  '[link](javascript:window.__pwned=true) <javascript:alert(1)>',
  '<svg/onload=window.__pwned=true>',
  '<iframe srcdoc="<script>parent.__pwned=true</script>"></iframe>',
  '</script><script>window.__pwned=true</script>',
  '<!-- comment --> <![CDATA[x]]> <style>body{display:none}</style>',
  'click n0 call window.__pwnedCall() "x" --> %%{init: {"securityLevel":"loose"}}%%',
  'click n1 href "javascript:window.__pwned=true"',
  '%%{init: {"themeCSS": "} * { background: url(http://evil.example/t.png) } {"}}%%',
  '&lt;b&gt; &amp;amp; &#x3C;script&#x3E; &quot;q&quot; &nbsp;',
  '#lt;script#gt;window.__pwned=true#lt;/script#gt;',
  'Quarterly \u202Egnicirp\u202C review \u2066isolate\u2069',
  'zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word',
  '<img src="http://evil.example/x.png">',
];

const LABELS = [...HOSTILE_LABELS, ...EXTRA];

/** A tactic whose titles, objections, responses, risks and stage names are all hostile text. */
function hostileTactic(): string {
  const q = (s: string) => JSON.stringify(s); // a JSON string is a YAML double-quoted scalar
  const people = LABELS.map((l, i) => `  - id: p${i}\n    title: ${q(l)}\n    role: influencer\n    attitude: neutral`).join('\n');
  const objections = LABELS.map((l, i) => `  - objection: ${q(l)}\n    responses:\n      - ${q(LABELS[(i + 1) % LABELS.length])}\n      - ${q(`${l} (again)`)}\n    from: [p${i}]`).join('\n');
  const risks = LABELS.map((l, i) => `  - risk: ${q(l)}\n    likelihood: ${['low', 'medium', 'high'][i % 3]}\n    impact: ${['high', 'low', 'medium'][i % 3]}`).join('\n');
  const stages = LABELS.map((l, i) => `    - id: s${i}\n      name: ${q(l)}\n${i + 1 < LABELS.length ? `      next: [s${i + 1}]` : '      outcome: won'}`).join('\n');
  return `tactic: ${q('<script>window.__pwned=true</script> Hostile')}\naccount: ${q('<b onmouseover=alert(1)>Acme</b>')}\n`
    + `decision_makers:\n${people}\nobjections:\n${objections}\nrisks:\n${risks}\nsales_cycle:\n  start: s0\n  stages:\n${stages}\n`;
}

interface Expected {
  title: string;
  people: string[];
  objections: string[];
  responses: string[];
  risks: string[];
  stages: string[];
}

/** What the page must show, read from the YAML itself. */
function expectationsOf(text: string): Expected {
  const v = parse(text) as Record<string, any>;
  const list = (x: unknown): any[] => (Array.isArray(x) ? x : []);
  return {
    title: String(v.tactic),
    people: list(v.decision_makers).map((p) => String(p.title ?? p.id)),
    objections: list(v.objections).map((o) => String(o.objection)),
    responses: list(v.objections).flatMap((o) => list(o.responses).map(String)),
    risks: list(v.risks).map((r) => String(r.risk)),
    stages: list(v.sales_cycle?.stages).map((s) => String(s.name ?? s.id)),
  };
}

/** Whitespace as the browser lays it out: runs (line breaks, tabs, `<br>`) are one space. */
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
/**
 * SVG text may wrap a label into separate text runs: compare without any whitespace, and without
 * the WORD JOINERs the service puts into Mermaid's own entity markers (server/src/service/diagram/mermaid.ts).
 */
const noWs = (s: string) => s.replace(/[\s\u2060]+/g, '');

function missing(haystack: string, needles: string[], norm = ws): string[] {
  const h = norm(haystack);
  return needles.filter((n) => !h.includes(norm(n)));
}

describe('exported playbook (HTML) in Chromium', () => {
  let browser: Browser;
  let t: ReturnType<typeof tempDir>;
  const cases: Array<{ name: string; yaml: string; html: string }> = [];

  before(async () => {
    assert.ok(existsSync(PLAYBOOK_JS), 'dist/webview/playbook.js is built (npm run build)');
    assert.ok(EXAMPLES.length >= 2, `examples: ${EXAMPLES.join(', ')}`);
    t = tempDir();
    const sources: Array<[string, string]> = EXAMPLES.map((f) => [f.replace(/\.tactic\.yaml$/, ''), readFixture('examples', f)]);
    sources.push(['hostile', hostileTactic()]);
    for (const [name, yaml] of sources) {
      const input = join(t.dir, `${name}.tactic.yaml`);
      writeFileSync(input, yaml);
      const html = join(t.dir, `${name}.html`);
      const r = runCli(['export', input, '--format', 'html', '-o', html], t.dir);
      assert.equal(r.code, 0, `export of ${name}: ${r.stderr}`);
      assert.ok(existsSync(html), `${html} written`);
      cases.push({ name, yaml, html });
    }
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    t?.dispose();
  });

  interface Opened {
    page: Page;
    context: BrowserContext;
    requests: string[];
    dialogs: string[];
    cspViolations: string[];
    pageErrors: string[];
  }

  async function openPlaybook(file: string): Promise<Opened> {
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ offline: true, viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    const dialogs: string[] = [];
    const cspViolations: string[] = [];
    const pageErrors: string[] = [];
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u === url) return route.continue();
      requests.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    page.on('websocket', (w) => requests.push(w.url()));
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.exposeFunction('__cspViolation', (v: string) => cspViolations.push(v));
    await page.addInitScript(() => {
      window.__pwned = false;
      window.__pwnedCall = () => (window.__pwned = true);
      document.addEventListener('securitypolicyviolation', (e: any) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.diagrams === 'drawn', undefined, { timeout: 120_000 });
    return { page, context, requests, dialogs, cspViolations, pageErrors };
  }

  const opened = new Map<string, Opened>();
  async function get(name: string): Promise<Opened> {
    if (!opened.has(name)) opened.set(name, await openPlaybook(cases.find((c) => c.name === name)!.html));
    return opened.get(name)!;
  }
  after(async () => {
    for (const o of opened.values()) await o.context.close().catch(() => undefined);
  });

  for (const name of [...EXAMPLES.map((f) => f.replace(/\.tactic\.yaml$/, '')), 'hostile']) {
    describe(name, () => {
      it('shows every decision maker, objection, response and risk of the YAML, and draws every stage', async () => {
        const { page } = await get(name);
        const c = cases.find((x) => x.name === name)!;
        const e = expectationsOf(c.yaml);
        assert.ok(e.people.length && e.objections.length && e.risks.length, `${name} has people, objections and risks`);
        const text = await page.evaluate(() => document.body.innerText as string);
        const section = (id: string) => page.evaluate((i) => (document.getElementById(i)?.innerText ?? '') as string, id);
        assert.ok(ws(text).includes(ws(e.title)), `the title ${JSON.stringify(e.title)} is shown`);
        assert.equal(await page.$eval('h1', (h) => h.textContent), e.title);
        assert.deepEqual(missing(await section('decision-makers'), e.people), [], 'decision makers missing from their section');
        assert.deepEqual(missing(await section('objections'), e.objections), [], 'objections missing');
        assert.deepEqual(missing(await section('objections'), e.responses), [], 'responses missing');
        assert.deepEqual(missing(await section('risks'), e.risks), [], 'risks missing');
        assert.deepEqual(missing(text, [...e.people, ...e.objections, ...e.responses, ...e.risks]), [], 'missing from document.body.innerText');

        if (e.stages.length) {
          const svgText = await page.$eval('#diagram-cycle figure.diagram[data-kind="cycle"] .diagram-canvas svg', (s) => s.textContent ?? '');
          assert.deepEqual(missing(svgText, e.stages, noWs), [], 'stage names missing from the drawn cycle');
          const nodes = await page.$$eval('#diagram-cycle svg g.node', (ns) => ns.length);
          assert.ok(nodes >= e.stages.length, `${nodes} nodes for ${e.stages.length} stages`);
        } else {
          assert.equal(await page.$$eval('#diagram-cycle svg', (s) => s.length), 0, 'no cycle to draw');
        }
        assert.equal(await page.$$eval('.diagram-error', (es) => es.map((x) => x.textContent)).then((x) => x.length), 0, 'Mermaid drew every diagram');
        assert.ok(await page.$$eval('figure.diagram[data-kind="map"] .diagram-canvas svg', (s) => s.length) === 1, 'the account map is drawn');
      });

      it('ran one script, its own, and nothing else: no request, no dialog, no marker, no CSP violation', async () => {
        const { page, requests, dialogs, cspViolations, pageErrors } = await get(name);
        // hover and click everything a payload could hang a handler on
        for (const n of await page.$$('svg g.node')) await n.click({ force: true, timeout: 2000 }).catch(() => undefined);
        await page.waitForTimeout(200);
        assert.deepEqual(requests, [], 'no request left the page');
        assert.deepEqual(dialogs, []);
        assert.equal(await page.evaluate(() => window.__pwned), false);
        assert.equal(await page.$$eval('script', (s) => s.length), 1, 'exactly one <script> element');
        assert.equal(await page.$eval('script', (s) => s.getAttribute('src')), null, 'the script is inline');
        const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content') ?? '');
        assert.match(csp, /default-src 'none'/);
        assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/]+=*'/);
        assert.deepEqual(cspViolations, []);
        assert.deepEqual(pageErrors, []);
        const markup = await page.$$eval('img, iframe, object, embed, a, form, input, base, link, meta[http-equiv="refresh"], style:not(head > style):not(svg style)', (els) => els.map((x) => x.outerHTML.slice(0, 120)));
        assert.deepEqual(markup, [], 'no markup from the tactic in the page');
        const handlers = await page.$$eval('*', (els) => els.flatMap((x) => [...x.attributes].filter((a) => /^on/i.test(a.name) || /javascript:|evil\.example/i.test(a.value)).map((a) => `${x.tagName} ${a.name}=${a.value.slice(0, 60)}`)));
        assert.deepEqual(handlers, []);
      });

      it('prints to an A4 PDF of more than one page', async () => {
        const { page } = await get(name);
        const pdf = await page.pdf({ format: 'A4' });
        assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
        assert.ok(pages > 1, `${pages} page(s)`);
      });
    });
  }

  it('shows the hostile strings as literal text', async () => {
    const { page } = await get('hostile');
    const text = ws(await page.evaluate(() => document.body.innerText as string));
    for (const l of LABELS) assert.ok(text.includes(ws(l)), `literal ${JSON.stringify(l)}`);
    // the bidi and zero-width characters are kept, not dropped or decoded
    assert.ok(text.includes('\u202Egnicirp\u202C'));
    assert.ok(text.includes('zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word'));
    assert.ok(text.includes('&lt;b&gt; &amp;amp; &#x3C;script&#x3E;'), 'entities are not decoded');
    assert.equal(await page.title(), '<script>window.__pwned=true</script> Hostile');
    const html = readFileSync(cases.find((c) => c.name === 'hostile')!.html, 'utf8');
    assert.equal((html.match(/<script/gi) ?? []).length, 1, 'one <script in the file');
  });
});

describe('Export Diagram as PNG from the preview page', () => {
  const URI = 'file:///ws/retail.tactic.yaml';
  const EXAMPLE = readFixture('examples', 'regional-retail-erp.tactic.yaml');
  let browser: Browser;
  let server: PreviewServer;
  let page: Page;
  const cspViolations: string[] = [];

  before(async () => {
    server = await servePreviewPage(URI);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    await openPreviewPage(page, server.origin, cspViolations, () => {
      const w = window as any;
      w.__posted = [];
      w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.__posted.push(m), getState: () => undefined, setState: () => undefined });
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const posted = () => page.evaluate(() => window.__posted as WebviewMessage[]);

  it('answers requestSvg with format png: a PNG at twice the drawn SVG\'s viewBox', async () => {
    const chart = service.flowchart(service.parse(EXAMPLE));
    const msg = updateMessage({ uri: URI, version: 1, ...chart }, 'retail.tactic.yaml');
    await page.evaluate((m) => window.postMessage(m, '*'), msg);
    await page.waitForFunction(() => window.__posted.some((m: any) => m.type === 'rendered' && m.version === 1 && m.ok));
    const box = await page.$eval('#diagram svg', (s: any) => ({ w: s.viewBox.baseVal.width as number, h: s.viewBox.baseVal.height as number }));
    assert.ok(box.w > 0 && box.h > 0, JSON.stringify(box));

    await page.evaluate(() => window.postMessage({ type: 'requestSvg', requestId: 41, format: 'png' }, '*'));
    await page.waitForFunction(() => window.__posted.some((m: any) => m.type === 'png' && m.requestId === 41), undefined, { timeout: 30_000 });
    const answer = (await posted()).find((m) => m.type === 'png') as Extract<WebviewMessage, { type: 'png' }>;
    assert.equal(answer.requestId, 41);
    assert.equal(typeof answer.png, 'string', 'a PNG, not null');
    assert.deepEqual(readWebviewMessage(answer), answer, 'the extension\'s guard accepts the answer');
    assert.ok(!(await posted()).some((m) => m.type === 'svg'), 'a png request is not answered with an SVG');

    const png = Buffer.from(answer.png!, 'base64');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.ok(Math.abs(width - 2 * box.w) <= 2, `width ${width} vs 2 × ${box.w}`);
    assert.ok(Math.abs(height - 2 * box.h) <= 2, `height ${height} vs 2 × ${box.h}`);
    assert.deepEqual(cspViolations, []);
  });
});
