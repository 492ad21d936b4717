/**
 * The text of a lint rule's setting (package.json `tactic.lint.rules`), which
 * scripts/generate-rule-docs.ts writes into package.nls.json and, in Romanian and Russian, into
 * package.nls.ro.json / package.nls.ru.json. No `vscode` import: the generator runs in Node.
 */
import * as l10n from '@vscode/l10n';

/** The rule's description followed by its default, e.g. "… Default: `warning`.", in the current language. */
export function ruleSettingDescription(description: string, defaultSeverity: string): string {
  return l10n.t({
    message: '{0} Default: `{1}`.',
    args: [description, defaultSeverity],
    comment: ['{0}: what the lint rule finds, one or more sentences; {1}: its default severity, a keyword that stays English'],
  });
}
