/**
 * The Preview Playbook page: the playbook's body as the server writes it (every piece of tactic
 * text escaped there), the playbook's stylesheet, and the same diagram renderer an exported file
 * inlines, loaded from the extension with the page's nonce. The policy is the preview's: nothing
 * by default, inline styles only because Mermaid writes them into its SVG. No `vscode` import.
 */
import { PLAYBOOK_CSS } from '../../../server/src/service/light';
import { attr, pageHead } from '../webview/page';

export interface PlaybookPageParams {
  cspSource: string;
  nonce: string;
  /** dist/webview/playbook.js as the webview sees it. */
  scriptUri: string;
  title: string;
  /** `tactic/playbook` with `bodyOnly`: HTML the service escaped. */
  body: string;
  lang: string;
}

export function playbookPageHtml(p: PlaybookPageParams): string {
  // Inline styles are allowed for Mermaid's SVG anyway; the playbook's sheet comes with the service.
  return `${pageHead({ cspSource: p.cspSource, nonce: p.nonce, inlineStyles: true, style: { inline: PLAYBOOK_CSS }, title: p.title, language: p.lang })}
<body class="playbook">
${p.body}
<script nonce="${attr(p.nonce)}" src="${attr(p.scriptUri)}"></script>
</body>
</html>
`;
}
