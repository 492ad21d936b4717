/**
 * The hosts' side of the product's languages (service/l10n.ts does no I/O): finds the translation
 * bundle `l10n/bundle.l10n.<language>.json` of the product and speaks the language with it. The
 * bundle lies at the product's root; the running code is `dist/server.js` or `dist/cli.js` (one
 * folder down) or, in tests run from source, `server/src/node/` (three down), so the nearest
 * `l10n/` folder within three levels up is the one. A bundle that is missing or unreadable means
 * English, with the reason returned for the host to log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { languageOf, useLanguage, type L10nBundle, type Language } from '../service';

/** The bundle file of `language` nearest above `from` (this module's folder by default). */
export function bundlePath(language: Language, from: string = __dirname): string | undefined {
  let dir = from;
  for (let up = 0; up <= 3; up++) {
    const candidate = join(dir, 'l10n', `bundle.l10n.${language}.json`);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export interface Spoken {
  /** The language now spoken (English when the bundle could not be read). */
  language: Language;
  /** Why the wanted language is not spoken, in English (a log line for the host). */
  problem?: string;
}

/**
 * Speaks the language of the locale tag `tag` (`ro`, `ru-RU`, `ru_RU.UTF-8`; anything else is
 * English) from now on, with its bundle read from disk.
 */
export function speakLocale(tag: string | undefined | null, from?: string): Spoken {
  return speak(languageOf(tag), from);
}

export function speak(language: Language, from?: string): Spoken {
  if (language === 'en') {
    useLanguage('en');
    return { language };
  }
  const path = bundlePath(language, from);
  if (!path) {
    useLanguage('en');
    return { language: 'en', problem: `no translation bundle bundle.l10n.${language}.json was found; speaking English` };
  }
  try {
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (!bundle || typeof bundle !== 'object' || Array.isArray(bundle)) throw new Error('it is not a JSON object of messages');
    useLanguage(language, bundle as L10nBundle);
    return { language };
  } catch (e) {
    useLanguage('en');
    return { language: 'en', problem: `cannot read ${path} (${e instanceof Error ? e.message : String(e)}); speaking English` };
  }
}
