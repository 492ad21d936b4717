/**
 * The scorecard page. No `vscode` import, so a unit test reads exactly the HTML the extension
 * produces. Only the page's own nonce-tagged script runs (no inline script, no eval), styles and
 * files come only from the extension's folders, and the page holds no text from the tactic: the
 * script builds the content from checked messages with textContent.
 */
import * as l10n from '@vscode/l10n';
import { attr, l10nAttributes, type PageL10n, pageHead } from '../webview/page';

export interface ScorecardHtmlParams {
  /** `webview.cspSource`: where the page may load its own files from. */
  cspSource: string;
  /** dist/webview/scorecard.js and media/scorecard.css as the webview sees them. */
  scriptUri: string;
  styleUri: string;
  nonce: string;
  /** The document shown, for a restored panel. */
  state?: { uri: string };
  /** The display language and its bundle, for the script's text (absent: English). */
  l10n?: PageL10n;
}

export function scorecardHtml(p: ScorecardHtmlParams): string {
  const text = (s: string) => attr(s);
  return `${pageHead({ cspSource: p.cspSource, nonce: p.nonce, style: { uri: p.styleUri }, title: l10n.t('Readiness scorecard'), language: p.l10n?.language })}
<body data-state="${attr(JSON.stringify(p.state ?? null))}"${l10nAttributes(p.l10n)}>
<header id="head">
  <h1 id="score" aria-live="polite">${text(l10n.t('Readiness'))}</h1>
  <p id="weakest"></p>
  <p id="review"></p>
  <button id="mark-reviewed" type="button" title="${attr(l10n.t('Set reviewed to today (Sales Tactics: Mark as Reviewed)'))}">${text(l10n.t('Mark as Reviewed'))}</button>
</header>
<div id="notice" role="status" aria-live="polite" hidden></div>
<section id="coverage-section" aria-labelledby="coverage-title">
  <h2 id="coverage-title">${text(l10n.t('Decision makers'))}</h2>
  <table id="coverage"></table>
  <p id="no-people" hidden>${text(l10n.t('No decision makers yet.'))}</p>
</section>
<section aria-labelledby="items-title">
  <h2 id="items-title">${text(l10n.t('The tactic'))}</h2>
  <ul id="items"></ul>
</section>
<script nonce="${attr(p.nonce)}" src="${attr(p.scriptUri)}"></script>
</body>
</html>
`;
}
