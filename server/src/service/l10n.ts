/**
 * The language the product speaks (English, Romanian, Russian) and the one way to pick a plural
 * form. Messages are written as `l10n.t('… {0} …', value)` calls (`@vscode/l10n`), so
 * `npm run l10n` (`@vscode/l10n-dev export`) finds every sentence in the source and writes
 * `l10n/bundle.l10n.json`; `l10n/bundle.l10n.ro.json` and `…ru.json` translate it. The host (the
 * LSP server, the command line, the extension) reads the bundle and calls `useLanguage`: this
 * module does no I/O.
 */
import * as l10n from '@vscode/l10n';

export const LANGUAGES = ['en', 'ro', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A translation bundle as `@vscode/l10n-dev` writes it: key → message (or message + comment). */
export type L10nBundle = l10n.l10nJsonFormat;

/**
 * The language for a locale tag as hosts give it (`ro`, `ro-RO`, `ru_RU.UTF-8`, `en-US`, `C`):
 * its primary language when we have it, else English.
 */
export function languageOf(tag: string | undefined | null): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

let current: Language = 'en';
let currentMessages: L10nBundle | undefined;
let pluralRules = new Intl.PluralRules('en');

/**
 * Speak `language` from now on, with its bundle (none, or English: the source's own sentences).
 * One language per process: a server serves one client, the command line one run.
 */
export function useLanguage(language: Language, bundle?: L10nBundle): void {
  current = language;
  currentMessages = language === 'en' ? undefined : bundle;
  pluralRules = new Intl.PluralRules(language);
  l10n.config({ contents: currentMessages ?? {} });
}

export function currentLanguage(): Language {
  return current;
}

/**
 * The bundle spoken with `currentLanguage()` (none for English), so that a host can make another
 * thread speak exactly as this one (the command line's workers) without reading it again.
 */
export function currentBundle(): L10nBundle | undefined {
  return currentMessages;
}

/**
 * The forms of one counted sentence, each a whole `l10n.t` call with a comment naming its CLDR
 * category (`plural: one`, `plural: few`, `plural: many`, `plural: other`), so the extractor
 * gives translators a key per form. English writes `few` and `many` like `other`; Russian needs
 * all four (1 / 2–4 / 5+ / fractions), Romanian `one`, `few` and `other`.
 */
export interface PluralForms {
  one: () => string;
  few: () => string;
  many: () => string;
  other: () => string;
}

/**
 * The form of `forms` that the current language uses for `count`, e.g.
 *
 *     plural(n, {
 *       one: () => l10n.t({ message: '{0} tactic has no risks.', args: [n], comment: ['plural: one'] }),
 *       few: () => l10n.t({ message: '{0} tactics have no risks.', args: [n], comment: ['plural: few'] }),
 *       many: () => l10n.t({ message: '{0} tactics have no risks.', args: [n], comment: ['plural: many'] }),
 *       other: () => l10n.t({ message: '{0} tactics have no risks.', args: [n], comment: ['plural: other'] }),
 *     })
 */
export function plural(count: number, forms: PluralForms): string {
  const category = pluralRules.select(count);
  return (category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other)();
}
