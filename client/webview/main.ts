/**
 * The preview page's script (bundled with Mermaid into dist/webview/preview.js). It draws what the
 * extension sends, keeps the last good diagram when an update cannot be drawn, pans and zooms, and
 * reports clicks on nodes. Every message is checked (messages.ts) before it is used.
 */
import * as l10n from '@vscode/l10n';
import mermaid from 'mermaid';
import { DiagramKind, isDiagramKind, plural } from '../../server/src/service/light';
import { HostMessage, MERMAID_ID, PreviewProblem, PreviewState, readHostMessage, readPreviewState, WebviewMessage } from './messages';
import { usePageL10n } from './pageL10n';
import { PanZoom } from './panZoom';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
usePageL10n(document.body.dataset);
const viewport = document.getElementById('viewport') as HTMLElement;
const diagram = document.getElementById('diagram') as HTMLElement;
const banner = document.getElementById('banner') as HTMLElement;
const empty = document.getElementById('empty') as HTMLElement;

const initial = readPreviewState(vscode.getState()) ?? readPreviewState(safeJson(document.body.dataset.state));
let state: PreviewState | undefined = initial;
const panZoom = new PanZoom(viewport, diagram, initial?.view, (view) => {
  if (state) vscode.setState((state = { ...state, view }));
});

/** The newest update asked for, the last one drawn, and the last good SVG with its source. */
let latest: Extract<HostMessage, { type: 'update' }> | undefined;
let good: { svg: string; mermaid: string; uri: string; kind: DiagramKind } | undefined;
let highlighted: string | null = null;
let renderCount = 0;
let chain: Promise<void> = Promise.resolve();

function mermaidTheme(): 'dark' | 'default' | 'neutral' {
  const c = document.body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'neutral';
  if (c.contains('vscode-dark') || c.contains('vscode-high-contrast')) return 'dark';
  return 'default';
}

function configure(): void {
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: mermaidTheme(),
    // Mermaid's defaults (50,000 characters, 500 edges) are below what a large tactic can need.
    maxTextSize: 2_000_000,
    maxEdges: 10_000,
    flowchart: { useMaxWidth: false },
  });
}

/** Renders one update; updates are chained so an older render never lands after a newer one. */
function draw(update: Extract<HostMessage, { type: 'update' }>): Promise<void> {
  chain = chain.then(async () => {
    if (update !== latest) return; // a newer update is queued behind us
    document.title = l10n.t('Preview {0}', update.title);
    const kind = update.kind ?? 'cycle';
    showView(kind);
    if (!update.ok) {
      // The last good diagram only stands in for the same view of the same document.
      if (good && (good.uri !== update.uri || good.kind !== kind)) {
        good = undefined;
        diagram.replaceChildren();
      }
      showBanner(update.problems, good ? l10n.t('The diagram shows the last valid version.') : undefined);
      if (!good) showEmpty(l10n.t('Nothing to draw yet for {0}.', update.title), update.problems);
      vscode.postMessage({ type: 'rendered', version: update.version, ok: false });
      return;
    }
    const warnings = update.problems.filter((p) => p.severity === 'warning');
    if (good && good.uri === update.uri && good.kind === kind && good.mermaid === update.mermaid) {
      // The diagram is already on screen (an edit elsewhere in the tactic, or a reloaded view
      // given the same diagram twice): no new render, only the problems may have changed.
      showBanner(warnings);
      vscode.postMessage({ type: 'rendered', version: update.version, ok: true });
      return;
    }
    try {
      // render() parses too and throws on a syntax error, so no separate parse() first.
      const { svg } = await mermaid.render(`tactic-svg-${++renderCount}`, update.mermaid);
      // A new document or view (or the first diagram) is fitted, unless a reload restored one.
      const fresh = !good ? !initial?.view : good.uri !== update.uri || good.kind !== kind;
      good = { svg, mermaid: update.mermaid, uri: update.uri, kind };
      mount(svg);
      if (fresh) panZoom.fit();
      else panZoom.apply();
      showBanner(warnings);
      vscode.postMessage({ type: 'rendered', version: update.version, ok: true });
    } catch (e) {
      document.querySelectorAll('body > [id^="dtactic-svg-"], body > [id^="tactic-svg-"]').forEach((n) => n.remove());
      const message = l10n.t('Mermaid could not draw this diagram: {0}', e instanceof Error ? e.message : String(e));
      showBanner([{ severity: 'error', message }], good ? l10n.t('The diagram shows the last valid version.') : undefined);
      if (!good) showEmpty(l10n.t('The diagram could not be drawn.'), [{ severity: 'error', message }]);
      vscode.postMessage({ type: 'rendered', version: update.version, ok: false });
    }
  });
  return chain;
}

function mount(svg: string): void {
  // Mermaid's strict mode sanitises the SVG; labels are entity-escaped text by construction.
  diagram.innerHTML = svg;
  empty.hidden = true;
  viewport.hidden = false;
  for (const node of diagram.querySelectorAll<SVGGElement>('g.node')) {
    const id = mermaidIdOf(node);
    if (!id) continue;
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.dataset.tacticId = id;
  }
  setHighlight(highlighted);
}

function mermaidIdOf(el: Element): string | undefined {
  const id = /-flowchart-(.+)-\d+$/.exec(el.id)?.[1];
  return id && MERMAID_ID.test(id) ? id : undefined;
}

function setHighlight(id: string | null): void {
  highlighted = id;
  for (const n of diagram.querySelectorAll('.tactic-highlight')) n.classList.remove('tactic-highlight');
  if (!id) return;
  const node = diagram.querySelector(`g.node[data-tactic-id="${id}"]`);
  node?.classList.add('tactic-highlight');
}

function showBanner(problems: PreviewProblem[], note?: string): void {
  banner.replaceChildren();
  if (!problems.length) {
    banner.hidden = true;
    banner.className = '';
    return;
  }
  banner.hidden = false;
  banner.className = problems.some((p) => p.severity === 'error') ? 'error' : 'warning';
  const list = document.createElement('ul');
  for (const p of problems.slice(0, 5)) {
    const li = document.createElement('li');
    li.textContent = p.line ? l10n.t('Line {0}: {1}', p.line, p.message) : p.message;
    list.append(li);
  }
  if (problems.length > 5) {
    const li = document.createElement('li');
    li.textContent = andMore(problems.length - 5);
    list.append(li);
  }
  banner.append(list);
  if (note) {
    const p = document.createElement('p');
    p.textContent = note;
    banner.append(p);
  }
}

/** The last line of a cut list: how many problems are not shown. */
function andMore(n: number): string {
  return plural(n, {
    one: () => l10n.t({ message: '… and {0} more', args: [n], comment: ['plural: one'] }),
    few: () => l10n.t({ message: '… and {0} more', args: [n], comment: ['plural: few'] }),
    many: () => l10n.t({ message: '… and {0} more', args: [n], comment: ['plural: many'] }),
    other: () => l10n.t({ message: '… and {0} more', args: [n], comment: ['plural: other'] }),
  });
}

function showEmpty(title: string, problems: PreviewProblem[]): void {
  viewport.hidden = true;
  empty.hidden = false;
  empty.replaceChildren();
  const h = document.createElement('p');
  h.textContent = title;
  empty.append(h);
  for (const p of problems.slice(0, 5)) {
    const line = document.createElement('p');
    line.className = 'detail';
    line.textContent = p.message;
    empty.append(line);
  }
}

function standaloneSvg(): string | null {
  if (!good) return null;
  const svg = good.svg.includes('xmlns="http://www.w3.org/2000/svg"') ? good.svg : good.svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** The largest canvas side and area Chromium paints reliably. */
const MAX_CANVAS_SIDE = 16_384;
const MAX_CANVAS_AREA = 16_384 * 16_384 / 4;

/**
 * The diagram on screen as a PNG at twice its size (less when that would exceed what a canvas can
 * hold), on the page's background so the theme's text stays readable; base64, or null.
 */
async function pngOfDiagram(scale = 2): Promise<string | null> {
  const svg = standaloneSvg();
  const drawn = diagram.querySelector('svg');
  if (!svg || !drawn) return null;
  const box = drawn.viewBox.baseVal;
  const width = box && box.width ? box.width : drawn.getBoundingClientRect().width;
  const height = box && box.height ? box.height : drawn.getBoundingClientRect().height;
  if (!(width > 0 && height > 0)) return null;
  const s = Math.min(scale, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
  // the image is drawn at the size asked for, not Mermaid's max-width:100% of the preview
  const sized = svg.replace(/<svg\b([^>]*)>/, (_m, attrs: string) => `<svg${attrs.replace(/\s(width|height|style)="[^"]*"/g, '')} width="${width}" height="${height}">`);
  try {
    const image = new Image();
    image.src = `data:image/svg+xml;base64,${base64(new TextEncoder().encode(sized))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * s));
    canvas.height = Math.max(1, Math.round(height * s));
    const g = canvas.getContext('2d');
    if (!g) return null;
    g.fillStyle = getComputedStyle(document.body).backgroundColor || '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
  } catch {
    return null;
  }
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = readHostMessage(event.data);
  if (!msg) return;
  switch (msg.type) {
    case 'update':
      // The extension sends updates in order and drops stale ones; the newest always wins here.
      latest = msg;
      if (state?.uri !== msg.uri) vscode.setState((state = { uri: msg.uri, view: panZoom.view() }));
      void draw(msg);
      break;
    case 'highlight':
      setHighlight(msg.mermaidId);
      break;
    case 'requestSvg':
      if (msg.format === 'png') void pngOfDiagram().then((png) => vscode.postMessage({ type: 'png', requestId: msg.requestId, png }));
      else vscode.postMessage({ type: 'svg', requestId: msg.requestId, svg: standaloneSvg() });
      break;
    case 'notice':
      showBanner([{ severity: 'warning', message: msg.message }]);
      break;
  }
});

/** Marks the tab of the view shown. */
function showView(kind: DiagramKind): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('#views [role="tab"]')) {
    const selected = tab.dataset.kind === kind;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
}
for (const tab of document.querySelectorAll<HTMLButtonElement>('#views [role="tab"]')) {
  tab.addEventListener('click', () => {
    const kind = tab.dataset.kind;
    if (isDiagramKind(kind)) {
      showView(kind);
      vscode.postMessage({ type: 'selectView', kind });
    }
  });
}
// Arrow keys move between tabs, as in any tab list.
document.getElementById('views')!.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('#views [role="tab"]')];
  const i = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
  const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
  next.focus();
  next.click();
});

function activate(target: EventTarget | null): void {
  const node = target instanceof Element ? target.closest('g.node') : null;
  const id = node ? mermaidIdOf(node) : undefined;
  if (id) vscode.postMessage({ type: 'reveal', mermaidId: id });
}
diagram.addEventListener('click', (e) => {
  if (!panZoom.wasDrag()) activate(e.target);
});
diagram.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    activate(e.target);
  }
});

document.getElementById('zoom-in')!.addEventListener('click', () => panZoom.zoomBy(1.25));
document.getElementById('zoom-out')!.addEventListener('click', () => panZoom.zoomBy(0.8));
document.getElementById('zoom-fit')!.addEventListener('click', () => panZoom.fit());
document.getElementById('zoom-reset')!.addEventListener('click', () => panZoom.reset());
viewport.addEventListener('keydown', (e) => {
  if (e.target !== viewport) return;
  if (e.key === '+' || e.key === '=') panZoom.zoomBy(1.25);
  else if (e.key === '-') panZoom.zoomBy(0.8);
  else if (e.key === '0') panZoom.fit();
  else if (e.key === '1') panZoom.reset();
});

// VS Code switches the body's theme class; redraw the last good diagram in the new colours.
new MutationObserver(() => {
  configure();
  chain = chain.then(async () => {
    if (!good) return;
    try {
      const { svg } = await mermaid.render(`tactic-svg-${++renderCount}`, good.mermaid);
      good = { ...good, svg };
      mount(svg);
      panZoom.apply();
    } catch {
      // the previous colours stay; the next update redraws anyway
    }
  });
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

function safeJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

configure();
showEmpty(l10n.t('Loading the preview…'), []);
vscode.postMessage({ type: 'ready' });
