/**
 * How user-facing messages are written: each sentence is one template with `{0}`, `{1}` … in
 * place of values (ids, keys, numbers, lists of literal values), passed as the literal first
 * argument of `l10n.t` (`@vscode/l10n`, see l10n.ts), which the extractor finds and the bundles
 * translate (`format` fills the same templates without translating them). So every sentence is
 * translated whole, and a message is never put together from pieces of English. A message of several sentences (a
 * finding, then a hint such as "Did you mean …?") joins whole sentences with `sentences`.
 * Pure: no state.
 */
import * as l10n from '@vscode/l10n';

/** `template` with `{n}` replaced by `args[n]` (a placeholder without an argument is kept). */
export function format(template: string, ...args: Array<string | number>): string {
  if (args.length === 0) return template;
  // One pass: a value that itself contains `{1}` is not replaced again.
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** Whole sentences, each from its own template, as one message (skipping the absent ones). */
export function sentences(...parts: Array<string | undefined | false>): string {
  return parts.filter((p): p is string => !!p).join(' ');
}

/** A list of literal values (keys, ids, rule names) as the value of one placeholder: `a`, `b`, `c`. */
export function codeList(values: readonly string[]): string {
  return values.map((v) => `\`${v}\``).join(', ');
}

/** The hint after a finding about a name that is close to a known one. */
export function didYouMean(name: string): string {
  return l10n.t('Did you mean `{0}`?', name);
}
