/** A service with a fixed "today", and shortcuts for asserting on findings of one rule. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTacticService, Diagnostic, LintConfig } from '../../server/src/service';
import { fmtRange } from './marked';

export const TODAY = new Date('2026-11-29T12:00:00Z');
export const service = createTacticService({ now: () => TODAY });

export const ROOT = join(__dirname, '..', '..');
export const readFixture = (...p: string[]) => readFileSync(join(ROOT, ...p), 'utf8');

export function findings(text: string, rule?: string, config?: LintConfig): Diagnostic[] {
  const all = service.validate(text, config);
  return rule ? all.filter((d) => d.code === rule) : all;
}

/** Ranges of one rule's findings, formatted, in document order. */
export function rangesOf(text: string, rule: string, config?: LintConfig): string[] {
  return findings(text, rule, config).map((d) => fmtRange(d.range));
}

/** A complete, clean tactic to mutate in tests. */
export const VALID = readFixture('examples', 'regional-retail-erp.tactic.yaml');
