/**
 * The language of a `tactic` run: `--locale en|ro|ru` (anywhere before `--`; a regional tag such as
 * `ro-RO` or `ru_RU.UTF-8` names its language), else the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
 * that is set, else English. An environment locale we have no translation for (`de_DE.UTF-8`, `C`)
 * quietly means English, as for every command-line tool; a `--locale` we do not have is a usage
 * error (exit 2), like any other option value that is not one of its choices, so a typo in a CI
 * script is seen at once rather than turning into English output.
 */
import * as l10n from '@vscode/l10n';
import { LANGUAGES, type Language } from '../service';
import { speak } from '../node/l10nBundle';
import { UsageError } from './args';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The language a locale tag names, if we have it (`ro`, `ro-RO`, `ru_RU.UTF-8`, `RU`). */
export function languageNamed(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : undefined;
}

/** The language of the environment: the first of LC_ALL, LC_MESSAGES, LANG that is set. */
export function environmentLanguage(env: Environment): Language {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return (tag && languageNamed(tag)) || 'en';
}

/**
 * Speaks the run's language and returns the arguments without `--locale`. Throws a UsageError
 * (in the environment's language) for a missing or unknown `--locale` value.
 */
export function useRunLanguage(argv: readonly string[], env: Environment): string[] {
  speak(environmentLanguage(env));
  const rest: string[] = [];
  let wanted: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--locale' || arg.startsWith('--locale=')) {
      const value = arg === '--locale' ? argv[++i] : arg.slice('--locale='.length);
      if (value === undefined || value === '') throw new UsageError(l10n.t('`--locale` needs a language: {0}.', LANGUAGES.join(', ')));
      wanted = value;
      continue;
    }
    rest.push(arg);
  }
  if (wanted !== undefined) {
    const language = languageNamed(wanted);
    if (!language) throw new UsageError(l10n.t('`--locale {0}` is not a language of tactic. Languages: {1}.', wanted, LANGUAGES.join(', ')));
    speak(language);
  }
  return rest;
}
