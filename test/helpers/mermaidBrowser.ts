/**
 * Mermaid's own parser and renderer, run in headless Chromium (Mermaid needs a real DOM). Returns
 * what Mermaid made of a flowchart text: vertices, edges and subgraphs from its parser, and the
 * label texts as they appear in the rendered SVG (also split at the line breaks Mermaid drew), so
 * tests compare against what a reader sees.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { ROOT } from './service';

export interface MermaidVertex {
  id: string;
  classes: string[];
  text: string;
  /** The rendered label split at its `<br>` elements (a line break inside user text stays in its line). */
  lines: string[];
  /** Computed style of the node's shape, as a reader sees it. */
  style: { fill: string; stroke: string; strokeWidth: string; strokeDasharray: string };
}
export interface MermaidEdge { start: string; end: string; stroke: string; arrow: string; text: string }
export interface MermaidSubgraph {
  id: string;
  /** Ids of the vertices and subgraphs directly inside, from Mermaid's parser. */
  nodes: string[];
  /** The rendered title. */
  text: string;
}
export interface MermaidResult {
  direction: string;
  vertices: MermaidVertex[];
  edges: MermaidEdge[];
  /** Innermost first, as Mermaid lists them. */
  subgraphs: MermaidSubgraph[];
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
    // tsx compiles with keepNames: functions shipped to the page may call its __name helper.
    await page.setContent('<!doctype html><html><body><script>window.__pwned = false; window.__name = (f) => f;</script><div id="out"></div></body></html>');
    await page.addScriptTag({ path: join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
    // The limits the preview sets (client/webview/main.ts): Mermaid's defaults are below what a large tactic needs.
    await page.evaluate(() => (globalThis as any).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 2_000_000, maxEdges: 10_000 }));
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
      const renderId = `d${Math.floor(Math.random() * 1e9)}`;
      const { svg } = await m.render(renderId, src);
      out.innerHTML = svg;
      /** Text of `el` split at `<br>` elements. */
      const linesOf = (el: any): string[] => {
        const lines = [''];
        const walk = (n: any) => {
          if (n.nodeType === 3) lines[lines.length - 1] += n.data;
          else if (n.nodeType === 1 && n.localName === 'br') lines.push('');
          else for (const c of n.childNodes) walk(c);
        };
        walk(el);
        return lines;
      };
      const nodeText = new Map<string, string>();
      const nodeLines = new Map<string, string[]>();
      const nodeStyle = new Map<string, { fill: string; stroke: string; strokeWidth: string; strokeDasharray: string }>();
      for (const g of out.querySelectorAll('g.node') as Iterable<any>) {
        const id = /-flowchart-(.+)-\d+$/.exec(g.id)?.[1];
        if (id) {
          nodeText.set(id, g.textContent ?? '');
          nodeLines.set(id, linesOf(g));
          const shape = g.querySelector(':scope > rect, :scope > polygon, :scope > path, :scope > circle, :scope > g > rect, :scope > g > path');
          const s = shape ? window.getComputedStyle(shape) : undefined;
          nodeStyle.set(id, { fill: s?.fill ?? '', stroke: s?.stroke ?? '', strokeWidth: s?.strokeWidth ?? '', strokeDasharray: s?.strokeDasharray ?? '' });
        }
      }
      const clusterText = new Map<string, string>();
      for (const g of out.querySelectorAll('g.cluster') as Iterable<any>) {
        const label = g.querySelector(':scope > g.cluster-label');
        if (g.id.startsWith(`${renderId}-`)) clusterText.set(g.id.slice(renderId.length + 1), label?.textContent ?? '');
      }
      const edgeText = new Map<string, string>();
      for (const g of out.querySelectorAll('g.edgeLabel > g.label[data-id]') as Iterable<any>) edgeText.set(g.getAttribute('data-id')!, g.textContent ?? '');
      const result = {
        direction: db.getDirection(),
        vertices: [...db.getVertices().values()].map((v: any) => ({
          id: v.id, classes: [...v.classes], text: nodeText.get(v.id) ?? '<not rendered>', lines: nodeLines.get(v.id) ?? ['<not rendered>'],
          style: nodeStyle.get(v.id) ?? { fill: '', stroke: '', strokeWidth: '', strokeDasharray: '' },
        })),
        edges: db.getEdges().map((e: any) => ({ start: e.start, end: e.end, stroke: e.stroke, arrow: e.type, text: edgeText.get(e.id) ?? '<not rendered>' })),
        subgraphs: db.getSubGraphs().map((g: any) => ({ id: g.id, nodes: [...g.nodes], text: clusterText.get(g.id) ?? '<not rendered>' })),
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
