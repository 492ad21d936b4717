/**
 * Playbook export (issue 15): `tactic export` of the realistic tactic from the command line, whole
 * process, to HTML (diagrams included) and Markdown; and the choice behind the HTML, measured side
 * by side: the file carries Mermaid and draws its diagrams when opened (time to drawn, in headless
 * Chromium, offline), against pre-rendering them at export time, which needs a browser: launch
 * Chromium, draw, take the SVG, close (what every export would cost on top of the command).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../test/helpers/chromium';
import { generateTactic, lineCount, REALISTIC_SHAPE } from './docs';
import { median } from './stats';

export interface ExportResult {
  doc: string;
  lines: number;
  htmlMs?: number;
  markdownMs?: number;
  htmlBytes?: number;
  markdownBytes?: number;
  /** Opening the exported HTML until both diagrams are drawn (Chromium already running). */
  openDrawnMs?: number;
  /** Pre-rendering instead: launch Chromium, open, draw, serialize the SVG, close. */
  prerenderMs?: number;
  note?: string;
  samples: { htmlMs: number[]; markdownMs: number[]; openDrawnMs: number[]; prerenderMs: number[] };
}

function timeExport(cliJs: string, file: string, out: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cliJs, 'export', file, '-o', out], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`tactic export exited ${r.status}: ${r.stderr}`);
  return ms;
}

export async function benchExport(cliJs: string | undefined, reps: number): Promise<ExportResult> {
  const text = generateTactic(REALISTIC_SHAPE, 1);
  const result: ExportResult = { doc: 'realistic', lines: lineCount(text), samples: { htmlMs: [], markdownMs: [], openDrawnMs: [], prerenderMs: [] } };
  if (!cliJs) return { ...result, note: 'dist/cli.js not built' };
  const dir = mkdtempSync(join(tmpdir(), 'tactic-export-'));
  try {
    const file = join(dir, 'realistic.tactic.yaml');
    writeFileSync(file, text);
    const html = join(dir, 'realistic.html');
    const md = join(dir, 'realistic.md');
    timeExport(cliJs, file, html); // warm the file cache
    for (let i = 0; i < reps; i++) {
      result.samples.htmlMs.push(timeExport(cliJs, file, html));
      result.samples.markdownMs.push(timeExport(cliJs, file, md));
    }
    result.htmlBytes = statSync(html).size;
    result.markdownBytes = statSync(md).size;
    if (!readFileSync(html, 'utf8').includes('<script>')) throw new Error('the exported HTML has no renderer');

    const url = pathToFileURL(html).href;
    const drawn = async (page: import('playwright-core').Page) => {
      await page.goto(url);
      await page.waitForSelector('body[data-diagrams="drawn"]', { timeout: 60_000 });
      const svgs = await page.locator('.diagram-canvas svg').count();
      if (svgs !== 2) throw new Error(`${svgs} diagrams drawn, not 2`);
    };
    const browser = await launchChromium();
    try {
      for (let i = 0; i < reps + 1; i++) {
        const context = await browser.newContext({ offline: true });
        const page = await context.newPage();
        const t0 = performance.now();
        await drawn(page);
        if (i > 0) result.samples.openDrawnMs.push(performance.now() - t0);
        await context.close();
      }
    } finally {
      await browser.close();
    }
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      const b = await launchChromium();
      const page = await b.newPage();
      await drawn(page);
      await page.evaluate('Array.from(document.querySelectorAll(".diagram-canvas svg"), (s) => s.outerHTML).join("").length');
      await b.close();
      result.samples.prerenderMs.push(performance.now() - t0);
    }
  } catch (e) {
    result.note = e instanceof Error ? e.message : String(e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    ...result,
    htmlMs: median(result.samples.htmlMs),
    markdownMs: median(result.samples.markdownMs),
    openDrawnMs: median(result.samples.openDrawnMs),
    prerenderMs: median(result.samples.prerenderMs),
  };
}
