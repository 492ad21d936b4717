/**
 * The Preview Playbook page: the playbook's body as the server writes it (every piece of tactic
 * text escaped there), the playbook's stylesheet, and the same diagram renderer an exported file
 * inlines, loaded from the extension with the page's nonce. The policy is the preview's: nothing
 * by default, inline styles only because Mermaid writes them into its SVG. No `vscode` import.
 */
import { PLAYBOOK_CSS } from '../../../server/src/service/light';
import { attr, contentSecurityPolicy } from '../webview/page';

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
  return `<!DOCTYPE html>
<html lang="${attr(p.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy({ cspSource: p.cspSource, nonce: p.nonce, inlineStyles: true }))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${attr(p.title)}</title>
<style>${PLAYBOOK_CSS}</style>
</head>
<body class="playbook">
${p.body}
<script nonce="${attr(p.nonce)}" src="${attr(p.scriptUri)}"></script>
</body>
</html>
`;
}
