/**
 * Mermaid's own parser and renderer, run in headless Chromium (Mermaid needs a real DOM). Returns
 * what Mermaid made of a flowchart text: vertices and edges from its parser, and the label texts
 * as they appear in the rendered SVG, so tests compare against what a reader sees.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { ROOT } from './service';

export interface MermaidVertex { id: string; classes: string[]; text: string }
export interface MermaidEdge { start: string; end: string; stroke: string; arrow: string; text: string }
export interface MermaidResult {
  direction: string;
  vertices: MermaidVertex[];
  edges: MermaidEdge[];
  /** Set when any payload in a label ran (the page defines window.__pwned = false). */
  pwned: boolean;
  /** Elements Mermaid's output holds that only markup could have produced. */
  injected: number;
}

export class MermaidBrowser {
  private constructor(private readonly browser: Browser, private readonly page: Page) {}

  static async start(): Promise<MermaidBrowser> {
    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><script>window.__pwned = false;</script><div id="out"></div></body></html>');
    await page.addScriptTag({ path: join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
    await page.evaluate(() => (globalThis as any).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
    return new MermaidBrowser(browser, page);
  }

  /** Parses (throws Mermaid's error on invalid text) and renders `text`. */
  async analyse(text: string): Promise<MermaidResult> {
    return this.page.evaluate(async (src) => {
      // Runs in the page; the test project has no DOM types, hence `any`.
      const window = globalThis as any;
      const document = window.document;
      const m = window.mermaid;
      await m.parse(src);
      const diagram = await m.mermaidAPI.getDiagramFromText(src);
      const db = diagram.db;
      const out = document.getElementById('out');
      const { svg } = await m.render(`d${Math.floor(Math.random() * 1e9)}`, src);
      out.innerHTML = svg;
      const nodeText = new Map<string, string>();
      for (const g of out.querySelectorAll('g.node') as Iterable<any>) {
        const id = /-flowchart-(.+)-\d+$/.exec(g.id)?.[1];
        if (id) nodeText.set(id, g.textContent ?? '');
      }
      const edgeText = new Map<string, string>();
      for (const g of out.querySelectorAll('g.edgeLabel > g.label[data-id]') as Iterable<any>) edgeText.set(g.getAttribute('data-id')!, g.textContent ?? '');
      const result = {
        direction: db.getDirection(),
        vertices: [...db.getVertices().values()].map((v: any) => ({ id: v.id, classes: [...v.classes], text: nodeText.get(v.id) ?? '<not rendered>' })),
        edges: db.getEdges().map((e: any) => ({ start: e.start, end: e.end, stroke: e.stroke, arrow: e.type, text: edgeText.get(e.id) ?? '<not rendered>' })),
        pwned: window.__pwned === true,
        injected: out.querySelectorAll('img, script, iframe, a, i.fa, i[class*="fa-"], strong, em, b, code').length,
      };
      out.innerHTML = '';
      return result;
    }, text);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
