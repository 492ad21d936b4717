/**
 * A `# tactic-lint-disable…` comment names a rule that does not exist (usually a typo, which
 * would otherwise silently suppress nothing). Its findings come from suppressions.ts.
 */
import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';

export const unknownSuppression: Rule = {
  id: 'unknown-suppression',
  defaultSeverity: 'warning',
  get description() { return l10n.t('A `# tactic-lint-disable` or `# tactic-lint-disable-next-line` comment names a rule that does not exist.'); },
  runsOnBrokenDocument: true,
};
