/**
 * `tactic report`: how ready each tactic is. Reads the files like `tactic lint` (same discovery,
 * same `.tactic-lint.yaml`, one parse per file shared by the findings and the readiness) and prints
 * a table sorted by score, the JSON shape the format fixes, or Markdown for a wiki or a pull request.
 */
import * as l10n from '@vscode/l10n';
import { markdownInline, oneLine, type Readiness, type TacticService } from '../service';
import type { ReadTactic } from './lint';

export type ReportFormat = 'table' | 'json' | 'markdown';
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'json', 'markdown'];

export interface TacticReport {
  path: string;
  tactic: string | null;
  account: string | null;
  owner: string | null;
  reviewed: string | null;
  reviewAgeDays: number | null;
  /** True when `reviewed` is missing or older than the configured age. */
  stale: boolean;
  readiness: { score: number | null; passed: number; total: number; items: Array<{ id: string; subject: string | null; passed: boolean; message: string }>; reason?: string };
  /** The most important failed item in one sentence (none when every item passes). */
  weakestPoint: string | null;
  decisionMakers: Array<{ id: string; title: string | null; role: string | null; influence: string | null; attitude: string; identified: boolean; positioned: boolean; questioned: boolean; reached: boolean }>;
  problems: { error: number; warning: number; information: number };
}

/** The readiness of one file: what `tactic report` says per tactic (one parse for findings and readiness). */
export function reportTactic({ display, text, config }: ReadTactic, service: TacticService): TacticReport {
  const parsed = service.parse(text);
  const s = service.summarize(parsed, service.validate(parsed, config), config);
  const { readiness, problems: counts } = s;
  return {
    path: display,
    tactic: s.tactic,
    account: s.account,
    owner: s.owner,
    reviewed: s.reviewed,
    reviewAgeDays: s.reviewAgeDays,
    stale: s.stale,
    readiness: readinessJson(readiness),
    weakestPoint: s.weakestPoint,
    decisionMakers: readiness.decisionMakers.map((d) => ({
      id: d.id, title: d.title ?? null, role: d.role ?? null, influence: d.influence ?? null, attitude: d.attitude,
      identified: d.identified, positioned: d.positioned, questioned: d.questioned, reached: d.reached,
    })),
    problems: { error: counts.errors, warning: counts.warnings, information: counts.information + counts.hints },
  };
}

function readinessJson(r: Readiness): TacticReport['readiness'] {
  return {
    score: r.score,
    passed: r.passed,
    total: r.total,
    items: r.items.map((i) => ({ id: i.id, subject: i.subject ?? null, passed: i.passed, message: i.message })),
    ...(r.noScoreReason ? { reason: r.noScoreReason } : {}),
  };
}

/** Best first; tactics without a score last, by path. */
export function byScore(a: TacticReport, b: TacticReport): number {
  const sa = a.readiness.score ?? -1;
  const sb = b.readiness.score ?? -1;
  return sb - sa || a.path.localeCompare(b.path);
}

/**
 * `--format json`, written a tactic at a time as each is checked (main.ts waits for stdout's reader),
 * so a report of many files is never held whole (a thousand tactics make 10 MB). One tactic per
 * line, not indented: the report stays easy to grep and diff, and a third smaller.
 */
export class ReportJsonWriter {
  private count = 0;

  // A write per tactic: gathering them into larger writes was slower on a pipe.
  constructor(private readonly write: (text: string) => void) {}

  add(t: TacticReport): void {
    this.write(`${this.count++ ? ',\n' : '{"tactics":[\n'}${JSON.stringify(t)}`);
  }

  end(): void {
    this.write(this.count ? '\n]}\n' : '{"tactics":[]}\n');
  }
}

/** What a person reads first about a tactic: its score, or why it has none. */
function scoreText(t: TacticReport): string {
  return t.readiness.score === null ? l10n.t('no score') : `${t.readiness.score}%`;
}

function weakest(t: TacticReport): string {
  return t.weakestPoint ?? l10n.t('Every item passes.');
}

function reviewedText(t: TacticReport): string {
  if (t.reviewed === null) return t.stale ? l10n.t('never (stale)') : '';
  return t.stale ? l10n.t('{0} (stale)', t.reviewed) : t.reviewed;
}

export function formatReportTable(tactics: readonly TacticReport[]): string {
  const rows = [...tactics].sort(byScore).map((t) => [scoreText(t), t.path, t.tactic ?? '', t.owner ?? '', reviewedText(t), `${t.problems.error}/${t.problems.warning}/${t.problems.information}`, weakest(t)].map(oneLine));
  const head = [
    l10n.t({ message: 'score', comment: ['a column of the tactic report table'] }),
    l10n.t({ message: 'file', comment: ['a column of the tactic report table'] }),
    l10n.t({ message: 'tactic', comment: ['a column of the tactic report table'] }),
    l10n.t({ message: 'owner', comment: ['a column of the tactic report table'] }),
    l10n.t({ message: 'reviewed', comment: ['a column of the tactic report table'] }),
    l10n.t({ message: 'E/W/I', comment: ['a column of the tactic report table'] }),
    l10n.t({ message: 'weakest point', comment: ['a column of the tactic report table'] }),
  ];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}\u2026` : s.padEnd(w));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : cut(c, widths[i]))).join('  ').trimEnd();
  const out = [line(head), ...rows.map(line)];
  if (!rows.length) out.push(l10n.t('No tactics found.'));
  return out.join('\n') + '\n';
}

/** A table cell: user text that renders exactly as written, on one line (the service's Markdown escaping). */
export const markdownCell = markdownInline;

export function formatReportMarkdown(tactics: readonly TacticReport[]): string {
  const head = [
    l10n.t({ message: 'Score', comment: ['a column of the tactic report in Markdown'] }),
    l10n.t({ message: 'Tactic', comment: ['a column of the tactic report in Markdown'] }),
    l10n.t({ message: 'Account', comment: ['a column of the tactic report in Markdown'] }),
    l10n.t({ message: 'Owner', comment: ['a column of the tactic report in Markdown'] }),
    l10n.t({ message: 'Reviewed', comment: ['a column of the tactic report in Markdown'] }),
    l10n.t({ message: 'Problems (E/W/I)', comment: ['a column of the tactic report in Markdown'] }),
    l10n.t({ message: 'Weakest point', comment: ['a column of the tactic report in Markdown'] }),
  ];
  const out = [`| ${head.map(markdownCell).join(' | ')} |`, '|---:|---|---|---|---|---|---|'];
  for (const t of [...tactics].sort(byScore)) {
    out.push(`| ${scoreText(t)} | ${markdownCell(t.tactic ?? t.path)} | ${markdownCell(t.account ?? '')} | ${markdownCell(t.owner ?? '')} | ${markdownCell(reviewedText(t))} | ${t.problems.error}/${t.problems.warning}/${t.problems.information} | ${markdownCell(weakest(t))} |`);
  }
  if (!tactics.length) out.push(`| | ${markdownCell(l10n.t('No tactics found.'))} | | | | | |`);
  return out.join('\n') + '\n';
}
