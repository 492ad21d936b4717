/**
 * The display language of a webview page and VS Code's translation bundle for it, handed from the
 * extension to the page's script in two attributes of `<body>` (`data-language`, `data-l10n`).
 * The page does not trust them more than any other input: readPageL10n() keeps a known language
 * and a bundle of string → string within bounds, or nothing (English). No DOM and no `vscode`.
 */
import { LANGUAGES, type Language, useLanguage } from '../../server/src/service/light';

export interface PageL10n {
  language: Language;
  /** key → translated message (`vscode.l10n.bundle`); empty in English. */
  bundle: Record<string, string>;
}

const MAX_ENTRIES = 20_000;
const MAX_TEXT = 10_000;

/** The language and bundle from the page's attributes; English without a bundle when anything is off. */
export function readPageL10n(language: unknown, bundleJson: unknown): PageL10n {
  const english: PageL10n = { language: 'en', bundle: {} };
  if (typeof language !== 'string' || !(LANGUAGES as readonly string[]).includes(language)) return english;
  if (language === 'en') return english;
  if (typeof bundleJson !== 'string' || bundleJson.length > MAX_ENTRIES * MAX_TEXT) return english;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bundleJson);
  } catch {
    return english;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return english;
  const entries = Object.entries(parsed);
  if (entries.length > MAX_ENTRIES) return english;
  for (const [key, value] of entries) {
    if (typeof value !== 'string' || key.length > MAX_TEXT || value.length > MAX_TEXT) return english;
  }
  // own data properties only (a "__proto__" key stays a key)
  return { language: language as Language, bundle: Object.fromEntries(entries) as Record<string, string> };
}

/** Speaks the page's language from now on (l10n.t and plural() in the page's script). */
export function usePageL10n(dataset: { language?: string; l10n?: string }): PageL10n {
  const page = readPageL10n(dataset.language, dataset.l10n);
  useLanguage(page.language, page.bundle);
  return page;
}
