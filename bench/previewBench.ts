/**
 * The preview in headless Chromium: the page the extension builds (client/src/preview/html.ts) with
 * the built dist/webview/preview.js, fed the same `update` messages the extension sends
 * (updateMessage of the service's diagram). Timed in the page: from posting an update message to
 * the first animation frame after the page reports the new SVG rendered, for a small edit: one
 * stage renamed on cycles of 10, 50 and 200 stages, and one word added to a title on the account map
 * of 50 decision makers and to a chain's name in 10 approval chains. A fresh page per diagram; its
 * first draw is untimed.
 */
import type { Browser, Page } from 'playwright-core';
import { updateMessage } from '../client/src/preview/updateMessage';
import { createTacticService, DiagramKind } from '../server/src/service';
import { launchChromium } from '../test/helpers/chromium';
import { openPreviewPage } from '../test/helpers/previewPage';
import { servePreviewPage } from '../test/helpers/previewServer';
import { generateTactic, REALISTIC_SHAPE, viewDocuments } from './docs';
import type { PreviewCycle, PreviewResult, PreviewView } from './results';
import { median } from './stats';

export const PREVIEW_STAGES = [10, 50, 200];
const URI = 'file:///bench/cycle.tactic.yaml';

type Rendered = Record<number, { at: number; frame?: number; ok: boolean }>;
/** What the page functions below use of the browser's global scope (this project has no DOM lib). */
interface PageGlobal {
  __rendered: Rendered;
  __posted: unknown[];
  acquireVsCodeApi: () => unknown;
  postMessage(message: unknown, targetOrigin: string): void;
  requestAnimationFrame(callback: () => void): number;
}

/** The k-th revision of a cycle of `stages` stages: the first stage's name changes each time. */
function revision(stages: number, k: number): string {
  const text = generateTactic({ ...REALISTIC_SHAPE, stages: stages - 2 }, 100 + stages);
  return text.replace('      name: First call (1)\n', `      name: First call (1) rev ${k}\n`);
}

/**
 * The k-th revision of a tactic for the account map or the approval chains: one word added to the
 * title of the middle decision maker, or to the name of the middle chain.
 */
export function viewRevision(kind: 'map' | 'chains', text: string, k: number): string {
  const [block, field] = kind === 'map' ? ['decision_makers:', '    title: '] : ['approval_chains:', '    name: '];
  const lines = text.split('\n');
  const start = lines.indexOf(block);
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  const at = lines.map((l, i) => (i > start && i < end && l.startsWith(field) ? i : -1)).filter((i) => i >= 0);
  if (start < 0 || !at.length) throw new Error(`no ${field.trim()} in ${block}`);
  const i = at[Math.floor(at.length / 2)];
  lines[i] = `${lines[i]} v${k}`;
  return lines.join('\n');
}

/** A fresh preview page that records when each version is rendered and the frame after it. */
async function openPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await openPreviewPage(page, origin, [], () => {
    const w = globalThis as unknown as PageGlobal;
    const rendered: Rendered = {};
    w.__rendered = rendered;
    w.__posted = [];
    w.acquireVsCodeApi = () => ({
      postMessage: (m: { type: string; version?: number; ok?: boolean }) => {
        w.__posted.push(m);
        if (m.type === 'rendered' && m.version !== undefined) {
          const entry: Rendered[number] = (rendered[m.version] = { at: performance.now(), ok: !!m.ok });
          w.requestAnimationFrame(() => (entry.frame = performance.now()));
        }
      },
      getState: () => undefined,
      setState: () => undefined,
    });
  });
  return page;
}

/**
 * Draws `text(0)` untimed, then `text(1…reps)`, each timed from posting the update to the frame
 * after its render; returns the medians, the samples and how many nodes the last picture has.
 */
async function timeRedraws(page: Page, kind: DiagramKind, text: (k: number) => string, reps: number, what: string) {
  const service = createTacticService();
  const samples: number[] = [];
  const renderedSamples: number[] = [];
  for (let k = 0; k <= reps; k++) {
    const diagram = service.diagram(service.parse(text(k)), kind);
    if (!diagram.ok) throw new Error(`the ${what} cannot be drawn: ${diagram.problems.map((p) => p.message).join('; ')}`);
    const msg = updateMessage({ uri: URI, version: k + 1, ...diagram }, 'cycle.tactic.yaml');
    const t = await page.evaluate(async (m) => {
      const w = globalThis as unknown as PageGlobal;
      const t0 = performance.now();
      w.postMessage(m, '*');
      for (;;) {
        const r = w.__rendered[m.version];
        if (r?.frame !== undefined) return { frame: r.frame - t0, rendered: r.at - t0, ok: r.ok };
        if (performance.now() - t0 > 60_000) return undefined;
        await new Promise((res) => setTimeout(res, 1));
      }
    }, msg);
    if (!t || !t.ok) throw new Error(`the preview did not draw the ${what} (${t ? 'rendered not ok' : 'timeout'})`);
    if (k > 0) {
      samples.push(t.frame);
      renderedSamples.push(t.rendered);
    }
  }
  const nodes = await page.$$eval('#diagram g.node', (ns) => ns.length);
  return { redrawMs: median(samples), renderedMs: median(renderedSamples), samples, nodes };
}

/** `reps(size)`: timed redraws per diagram of that many stages or decision makers (a 200-stage Mermaid render takes seconds). */
export async function benchPreview(previewJs: string | undefined, reps: (size: number) => number): Promise<PreviewResult> {
  if (!previewJs) return { cycles: [], note: 'dist/webview/preview.js not built' };
  const server = await servePreviewPage(URI, previewJs);
  const { origin } = server;
  let browser: Browser | undefined;
  const cycles: PreviewCycle[] = [];
  const views: PreviewView[] = [];
  try {
    browser = await launchChromium();
    for (const stages of PREVIEW_STAGES) {
      const page = await openPage(browser, origin);
      const t = await timeRedraws(page, 'cycle', (k) => revision(stages, k), reps(stages), `${stages}-stage cycle`);
      if (t.nodes < stages) throw new Error(`the ${stages}-stage diagram shows ${t.nodes} nodes`);
      cycles.push({ stages, redrawMs: t.redrawMs, renderedMs: t.renderedMs, samples: t.samples });
      await page.close();
    }
    for (const doc of viewDocuments()) {
      const page = await openPage(browser, origin);
      const what = doc.kind === 'map' ? `account map of ${doc.size} decision makers` : `${doc.size} approval chains`;
      // The map's nodes: about as many as a cycle of the same number of stages; the chains: 4 to 7 per chain.
      const t = await timeRedraws(page, doc.kind, (k) => viewRevision(doc.kind, doc.text, k), reps(doc.kind === 'map' ? doc.size : doc.size * 5), what);
      if (t.nodes < doc.size) throw new Error(`the ${what} shows ${t.nodes} nodes`);
      views.push({ kind: doc.kind, size: doc.size, nodes: t.nodes, redrawMs: t.redrawMs, renderedMs: t.renderedMs, samples: t.samples });
      await page.close();
    }
    return { cycles, views };
  } catch (e) {
    return { cycles, views, note: `preview bench failed: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    await browser?.close();
    await server.close();
  }
}
