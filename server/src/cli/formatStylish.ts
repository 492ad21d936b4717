/**
 * The default output: one line per finding, `file:line:col severity message [rule]` (1-based, so
 * terminals and editors can jump to it), grouped per file, then a summary line.
 */
import * as l10n from '@vscode/l10n';
import { plural } from '../service';
import { countFindings, Counts, FileResult, SEVERITY_NAME } from './lint';

const COLORS: Record<number, string> = { 1: '\x1b[31m', 2: '\x1b[33m', 3: '\x1b[36m', 4: '\x1b[2m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

export function formatStylish(files: readonly FileResult[], color = false): string {
  const paint = (code: string, s: string) => (color ? `${code}${s}${RESET}` : s);
  const groups: string[] = [];
  for (const f of files) {
    if (f.diagnostics.length === 0) continue;
    const lines = f.diagnostics.map((d) => {
      const sev = d.severity ?? 1;
      const where = `${f.display}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const message = String(d.message).replace(/\s*\r?\n\s*/g, ' ');
      return `${where} ${paint(COLORS[sev], SEVERITY_NAME[sev])} ${message} ${paint(DIM, `[${String(d.code)}]`)}`;
    });
    groups.push(lines.join('\n'));
  }
  const summary = summaryLine(countFindings(files), files);
  return (groups.length ? groups.join('\n\n') + '\n\n' : '') + summary + '\n';
}

export function summaryLine(c: Counts, files: readonly FileResult[]): string {
  const total = c.errors + c.warnings + c.information + c.hints;
  const n = files.length;
  if (total === 0) {
    return plural(n, {
      one: () => l10n.t({ message: 'No problems in {0} file.', args: [n], comment: ['plural: one'] }),
      few: () => l10n.t({ message: 'No problems in {0} files.', args: [n], comment: ['plural: few'] }),
      many: () => l10n.t({ message: 'No problems in {0} files.', args: [n], comment: ['plural: many'] }),
      other: () => l10n.t({ message: 'No problems in {0} files.', args: [n], comment: ['plural: other'] }),
    });
  }
  const withFindings = files.filter((f) => f.diagnostics.length > 0).length;
  const parts = [errorsText(c.errors), warningsText(c.warnings), informationText(c.information)];
  if (c.hints) parts.push(hintsText(c.hints));
  const where = plural(n, {
    one: () => l10n.t({ message: 'in {0} of {1} file', args: [withFindings, n], comment: ['plural: one'] }),
    few: () => l10n.t({ message: 'in {0} of {1} files', args: [withFindings, n], comment: ['plural: few'] }),
    many: () => l10n.t({ message: 'in {0} of {1} files', args: [withFindings, n], comment: ['plural: many'] }),
    other: () => l10n.t({ message: 'in {0} of {1} files', args: [withFindings, n], comment: ['plural: other'] }),
  });
  return l10n.t({
    message: '{0} ({1}) {2}.',
    args: [problemsText(total), parts.join(', '), where],
    comment: ['The summary line of tactic lint: {0} "15 problems", {1} the counts by severity, {2} "in 2 of 3 files".'],
  });
}

const problemsText = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} problem', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} problems', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} problems', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} problems', args: [n], comment: ['plural: other'] }),
});

const errorsText = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} error', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} errors', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} errors', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} errors', args: [n], comment: ['plural: other'] }),
});

const warningsText = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} warning', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} warnings', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} warnings', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} warnings', args: [n], comment: ['plural: other'] }),
});

const informationText = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: other'] }),
});

const hintsText = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} hint', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} hints', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} hints', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} hints', args: [n], comment: ['plural: other'] }),
});
