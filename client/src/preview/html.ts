import { DIAGRAM_KINDS, DIAGRAM_TITLES } from '../../../server/src/service/light';
import { attr, pageHead } from '../webview/page';

export { makeNonce } from '../webview/page';

/**
 * The preview page. No `vscode` import, so the browser test loads exactly the HTML the extension
 * produces. Scripts run only with the page's nonce; styles may be inline because Mermaid writes
 * `style` attributes and a `<style>` element into every SVG (CSS cannot run code, scripts can).
 */

export interface PreviewHtmlParams {
  /** `webview.cspSource`: where the page may load its own files from. */
  cspSource: string;
  /** URI of dist/webview/preview.js and media/preview.css as the webview sees them. */
  scriptUri: string;
  styleUri: string;
  nonce: string;
  /** Restored state (document uri, pan/zoom) handed to the script in an escaped attribute. */
  state?: unknown;
}

export function previewHtml(p: PreviewHtmlParams): string {
  return `${pageHead({ cspSource: p.cspSource, nonce: p.nonce, inlineStyles: true, styleUri: p.styleUri, title: 'Tactic preview' })}
<body data-state="${attr(JSON.stringify(p.state ?? null))}">
<div id="views" role="tablist" aria-label="Views of the tactic">
${DIAGRAM_KINDS.map((k) => `  <button role="tab" id="view-${k}" data-kind="${k}" aria-selected="${k === 'cycle'}">${attr(capitalized(DIAGRAM_TITLES[k]))}</button>`).join('\n')}
</div>
<div id="toolbar" role="toolbar" aria-label="Diagram view">
  <button id="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button>
  <button id="zoom-out" title="Zoom out (-)" aria-label="Zoom out">&minus;</button>
  <button id="zoom-fit" title="Fit to view (0)" aria-label="Fit to view">Fit</button>
  <button id="zoom-reset" title="Actual size (1)" aria-label="Actual size">1:1</button>
</div>
<div id="banner" role="status" aria-live="polite" hidden></div>
<div id="viewport" tabindex="0" role="tabpanel" aria-label="Diagram"><div id="diagram"></div></div>
<div id="empty" hidden></div>
<script nonce="${attr(p.nonce)}" src="${attr(p.scriptUri)}"></script>
</body>
</html>
`;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
