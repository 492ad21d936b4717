import * as l10n from '@vscode/l10n';
import { DIAGRAM_KINDS, type DiagramKind } from '../../../server/src/service/light';
import { attr, l10nAttributes, type PageL10n, pageHead } from '../webview/page';

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
  /** The display language and its bundle, for the script's text (absent: English). */
  l10n?: PageL10n;
}

/** The name of each view's tab (functions: the language is chosen after this module loads). */
const TAB_NAMES: Record<DiagramKind, () => string> = {
  cycle: () => l10n.t('Sales cycle'),
  map: () => l10n.t('Account map'),
  chains: () => l10n.t('Approval chains'),
};

export function previewHtml(p: PreviewHtmlParams): string {
  const title = l10n.t('Tactic preview');
  return `${pageHead({ cspSource: p.cspSource, nonce: p.nonce, inlineStyles: true, style: { uri: p.styleUri }, title, language: p.l10n?.language })}
<body data-state="${attr(JSON.stringify(p.state ?? null))}"${l10nAttributes(p.l10n)}>
<div id="views" role="tablist" aria-label="${attr(l10n.t('Views of the tactic'))}">
${DIAGRAM_KINDS.map((k) => `  <button role="tab" id="view-${k}" data-kind="${k}" aria-selected="${k === 'cycle'}">${attr(TAB_NAMES[k]())}</button>`).join('\n')}
</div>
<div id="toolbar" role="toolbar" aria-label="${attr(l10n.t('Diagram view'))}">
  <button id="zoom-in" title="${attr(l10n.t('Zoom in (+)'))}" aria-label="${attr(l10n.t('Zoom in'))}">+</button>
  <button id="zoom-out" title="${attr(l10n.t('Zoom out (-)'))}" aria-label="${attr(l10n.t('Zoom out'))}">&minus;</button>
  <button id="zoom-fit" title="${attr(l10n.t('Fit to view (0)'))}" aria-label="${attr(l10n.t('Fit to view'))}">${attr(l10n.t({ message: 'Fit', comment: ['a short button label: fit the diagram to the view'] }))}</button>
  <button id="zoom-reset" title="${attr(l10n.t('Actual size (1)'))}" aria-label="${attr(l10n.t('Actual size'))}">1:1</button>
</div>
<div id="banner" role="status" aria-live="polite" hidden></div>
<div id="viewport" tabindex="0" role="tabpanel" aria-label="${attr(l10n.t('Diagram'))}"><div id="diagram"></div></div>
<div id="empty" hidden></div>
<script nonce="${attr(p.nonce)}" src="${attr(p.scriptUri)}"></script>
</body>
</html>
`;
}
