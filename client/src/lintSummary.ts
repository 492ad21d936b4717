/**
 * The notification Lint Workspace ends with, in the display language. No `vscode` import, so the
 * unit tests read it in each language.
 */
import * as l10n from '@vscode/l10n';
import type { LintWorkspaceResult } from '../../server/src/protocol';
import { plural } from '../../server/src/service/light';

/**
 * The summary notification, in the display language: each count with its noun in the form the
 * language uses for it (plural()), inside whole sentences.
 */
export function summarize(r: LintWorkspaceResult): string {
  if (r.files === 0) return l10n.t('Sales Tactics: no tactic files (*.tactic.yaml, *.tactic.yml) in the workspace.');
  const total = r.errors + r.warnings + r.information + r.hints;
  const unreadable = r.unreadable.length ? unreadableFiles(r.unreadable.length) : '';
  if (total === 0) {
    return r.cancelled
      ? l10n.t('Sales Tactics: cancelled after part of the workspace: no problems{0}.', unreadable)
      : l10n.t({ message: 'Sales Tactics: linted {0}: no problems{1}.', args: [tacticFiles(r.files), unreadable], comment: ['{0}: "3 tactic files"; {1}: "; 1 file could not be read (see Output)" or nothing'] });
  }
  const findings = r.hints
    ? l10n.t({ message: '{0}, {1}, {2}, {3} {4}', args: [errors(r.errors), warnings(r.warnings), information(r.information), hints(r.hints), inFiles(r.filesWithProblems)], comment: ['errors, warnings, information, hints, "in 2 files"'] })
    : l10n.t({ message: '{0}, {1}, {2} {3}', args: [errors(r.errors), warnings(r.warnings), information(r.information), inFiles(r.filesWithProblems)], comment: ['errors, warnings, information, "in 2 files"'] });
  return r.cancelled
    ? l10n.t({ message: 'Sales Tactics: cancelled after part of the workspace: {0}{1}.', args: [findings, unreadable], comment: ['{0}: "1 error, 2 warnings, 0 information in 1 file"'] })
    : l10n.t({ message: 'Sales Tactics: linted {0}: {1}{2}.', args: [tacticFiles(r.files), findings, unreadable], comment: ['{0}: "3 tactic files"; {1}: "1 error, 2 warnings, 0 information in 1 file"'] });
}

const tacticFiles = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} tactic file', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} tactic files', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} tactic files', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} tactic files', args: [n], comment: ['plural: other'] }),
});
const errors = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} error', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} errors', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} errors', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} errors', args: [n], comment: ['plural: other'] }),
});
const warnings = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} warning', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} warnings', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} warnings', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} warnings', args: [n], comment: ['plural: other'] }),
});
const information = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: other'] }),
});
const hints = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} hint', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} hints', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} hints', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} hints', args: [n], comment: ['plural: other'] }),
});
const inFiles = (n: number) => plural(n, {
  one: () => l10n.t({ message: 'in {0} file', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: 'in {0} files', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: 'in {0} files', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: 'in {0} files', args: [n], comment: ['plural: other'] }),
});
const unreadableFiles = (n: number) => plural(n, {
  one: () => l10n.t({ message: '; {0} file could not be read (see Output)', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '; {0} files could not be read (see Output)', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '; {0} files could not be read (see Output)', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '; {0} files could not be read (see Output)', args: [n], comment: ['plural: other'] }),
});
