/**
 * What every webview page of the extension shares (the preview, the scorecard): the Content
 * Security Policy, the nonce its one script runs with, and the escaping of attribute values. No
 * `vscode` import, so tests read exactly the HTML the extension produces.
 */
import type { PageL10n } from '../../webview/pageL10n';

export type { PageL10n } from '../../webview/pageL10n';

export interface PageSecurity {
  /** `webview.cspSource`: where the page may load its own files from. */
  cspSource: string;
  nonce: string;
  /**
   * Allow inline styles: the preview needs them because Mermaid writes `style` attributes and a
   * `<style>` element into every SVG (CSS cannot run code, scripts can).
   */
  inlineStyles?: boolean;
}

/** The page's policy: nothing by default, its own nonce-tagged script, its own files. */
export function contentSecurityPolicy(p: PageSecurity): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${p.nonce}'`,
    `style-src ${p.cspSource}${p.inlineStyles ? " 'unsafe-inline'" : ''}`,
    `img-src ${p.cspSource}${p.inlineStyles ? ' data:' : ''}`,
    `font-src ${p.cspSource}`,
  ].join('; ');
}

/** A fresh nonce: 32 characters from [A-Za-z0-9], from the platform's crypto random source. */
export function makeNonce(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(random(32), (b) => chars[b % chars.length]).join('');
}

/** Escapes text for a double-quoted attribute value. */
export function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The attributes of `<body>` that hand the page's script its language and bundle (readPageL10n()
 * checks them); none in English.
 */
export function l10nAttributes(l10n: PageL10n | undefined): string {
  if (!l10n || l10n.language === 'en') return '';
  return ` data-language="${attr(l10n.language)}" data-l10n="${attr(JSON.stringify(l10n.bundle))}"`;
}

/** The page up to `<body>`: the policy, the viewport and the page's stylesheet (a file, or inline text). */
export function pageHead(p: PageSecurity & { style: { uri: string } | { inline: string }; title: string; language?: string }): string {
  const style = 'uri' in p.style ? `<link rel="stylesheet" href="${attr(p.style.uri)}">` : `<style>${p.style.inline}</style>`;
  return `<!DOCTYPE html>
<html lang="${attr(p.language ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(p))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${style}
<title>${attr(p.title)}</title>
</head>`;
}
