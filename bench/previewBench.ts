/**
 * The preview in headless Chromium: the page the extension builds (client/src/preview/html.ts) with
 * the built dist/webview/preview.js, fed the same `update` messages the extension sends
 * (updateMessage of the service's flowchart). Timed in the page: from posting an update message to
 * the first animation frame after the page reports the new SVG rendered, for a small edit (one
 * stage renamed) on cycles of 10, 50 and 200 stages. A fresh page per size; its first draw is untimed.
 */
import type { Browser } from 'playwright-core';
import { updateMessage } from '../client/src/preview/updateMessage';
import { createTacticService } from '../server/src/service';
import { launchChromium } from '../test/helpers/chromium';
import { openPreviewPage } from '../test/helpers/previewPage';
import { servePreviewPage } from '../test/helpers/previewServer';
import { generateTactic, REALISTIC_SHAPE } from './docs';
import type { PreviewCycle, PreviewResult } from './results';
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

/** `reps(stages)`: timed redraws per size (a 200-stage Mermaid render takes seconds). */
export async function benchPreview(previewJs: string | undefined, reps: (stages: number) => number): Promise<PreviewResult> {
  if (!previewJs) return { cycles: [], note: 'dist/webview/preview.js not built' };
  const service = createTacticService();
  const server = await servePreviewPage(URI, previewJs);
  const { origin } = server;
  let browser: Browser | undefined;
  const cycles: PreviewCycle[] = [];
  try {
    browser = await launchChromium();
    for (const stages of PREVIEW_STAGES) {
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
      const samples: number[] = [];
      const renderedSamples: number[] = [];
      for (let k = 0; k <= reps(stages); k++) {
        const chart = service.flowchart(service.parse(revision(stages, k)));
        const msg = updateMessage({ uri: URI, version: k + 1, ...chart }, 'cycle.tactic.yaml');
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
        if (!t || !t.ok) throw new Error(`the preview did not draw the ${stages}-stage cycle (${t ? 'rendered not ok' : 'timeout'})`);
        if (k > 0) {
          samples.push(t.frame);
          renderedSamples.push(t.rendered);
        }
      }
      const nodes = await page.$$eval('#diagram g.node', (ns) => ns.length);
      if (nodes < stages) throw new Error(`the ${stages}-stage diagram shows ${nodes} nodes`);
      cycles.push({ stages, redrawMs: median(samples), renderedMs: median(renderedSamples), samples });
      await page.close();
    }
    return { cycles };
  } catch (e) {
    return { cycles, note: `preview bench failed: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    await browser?.close();
    await server.close();
  }
}
