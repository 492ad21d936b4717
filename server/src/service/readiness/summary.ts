/**
 * One tactic at a glance, as lists of tactics show it (`tactic report`, the Tactics view): its
 * header, review age, readiness, weakest point and problem counts, from one parse and its findings.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { reviewOf } from '../model/review';
import type { LintConfig, ParsedTactic } from '../types';
import { countBySeverity, SeverityCounts } from '../validation/diagnostics';
import { computeReadiness, Readiness } from './readiness';
import { weakestPoint } from './weakestPoint';

export interface TacticSummary {
  tactic: string | null;
  account: string | null;
  owner: string | null;
  reviewed: string | null;
  reviewAgeDays: number | null;
  /** `reviewed` missing or older than the configured age (false for a file without a score). */
  stale: boolean;
  readiness: Readiness;
  /** The most important failed item in one sentence (null when every item passes). */
  weakestPoint: string | null;
  problems: SeverityCounts;
}

export function summarize(parsed: ParsedTactic, diagnostics: readonly Diagnostic[], config: LintConfig, now: Date): TacticSummary {
  const readiness = computeReadiness(parsed, config, now);
  const review = reviewOf(parsed.doc, now);
  return {
    tactic: headerText(parsed, 'tactic'),
    account: headerText(parsed, 'account'),
    owner: headerText(parsed, 'owner'),
    reviewed: review?.date ?? null,
    reviewAgeDays: review?.ageDays ?? null,
    stale: readiness.score !== null && !readiness.items.find((i) => i.id === 'review-recent')?.passed,
    readiness,
    weakestPoint: weakestPoint(readiness) ?? null,
    problems: countBySeverity(diagnostics),
  };
}

/** A header value as text; null when absent or not a scalar. */
function headerText(parsed: ParsedTactic, key: string): string | null {
  const pair = parsed.doc.root?.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
  const v = (pair?.value as { value?: unknown } | null | undefined)?.value;
  return v === undefined || v === null || typeof v === 'object' ? null : String(v);
}
