/**
 * The default output: one line per finding, `file:line:col severity message [rule]` (1-based, so
 * terminals and editors can jump to it), grouped per file, then a summary line.
 */
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
  const fileWord = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  if (total === 0) return `No problems in ${fileWord(files.length)}.`;
  const withFindings = files.filter((f) => f.diagnostics.length > 0).length;
  const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning'), `${c.information} information`];
  if (c.hints) parts.push(plural(c.hints, 'hint'));
  return `${plural(total, 'problem')} (${parts.join(', ')}) in ${withFindings} of ${fileWord(files.length)}.`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
