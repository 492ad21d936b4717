/** Runs the parser findings, the schema and every lint rule, and returns LSP diagnostics. */
import type { TacticModel } from '../model/model';
import type { TacticDocument } from '../parsing/parse';
import { RULES, RULES_BY_ID } from './rules';
import type { RuleContext } from './rules';
import type { Diagnostic, DiagnosticData, LintConfig, Severity, SeverityOrOff } from '../types';
import { findSuppressions, isSuppressed } from './suppressions';
import { visible } from '../parsing/text';
import { validateSchema } from './schemaFindings';

export const DIAGNOSTIC_SOURCE = 'tactic';

/**
 * Findings per document, the first ones in document order. A text with more is not a tactic yet
 * (e.g. 30,000 references to a deleted block); more would only slow the editor's Problems panel.
 */
export const MAX_DIAGNOSTICS = 1000;

const LSP_SEVERITY: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

const RULE_IDS: ReadonlySet<string> = new Set(RULES_BY_ID.keys());

export function effectiveSeverity(ruleId: string, config: LintConfig): SeverityOrOff {
  return config.rules[ruleId] ?? RULES_BY_ID.get(ruleId)?.defaultSeverity ?? 'error';
}

export function computeDiagnostics(doc: TacticDocument, model: TacticModel, config: LintConfig, now: Date): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (ruleId: string, start: number, end: number, message: string, data?: DiagnosticData) => {
    const severity = effectiveSeverity(ruleId, config);
    if (severity === 'off') return;
    const d: Diagnostic = {
      range: doc.lines.range(start, end),
      severity: LSP_SEVERITY[severity],
      code: ruleId,
      source: DIAGNOSTIC_SOURCE,
      // User text quoted in a message cannot hide in, or reorder, the message (see visible()).
      message: visible(message),
    };
    if (data) d.data = data;
    out.push(d);
  };

  for (const p of doc.problems) push('yaml-syntax', p.start, p.end, p.message);
  if (!doc.yaml) return out;

  const suppressions = findSuppressions(doc, RULE_IDS);
  for (const p of suppressions.problems) push('unknown-suppression', p.start, p.end, p.message, p.data);

  if (!doc.broken) {
    for (const f of validateSchema(doc)) push('schema', f.start, f.end, f.message, f.data);
  }

  for (const rule of RULES) {
    if (!rule.check || (doc.broken && !rule.runsOnBrokenDocument)) continue;
    if (effectiveSeverity(rule.id, config) === 'off') continue;
    const ctx: RuleContext = {
      doc, model, config, now,
      report: (start, end, message, data) => push(rule.id, start, end, message, data),
    };
    rule.check(ctx);
  }
  return out
    .filter((d) => !isSuppressed(d, suppressions))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .slice(0, MAX_DIAGNOSTICS);
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

/** How many findings of each severity, added to `into` (for summaries over many files). */
export function countBySeverity(diagnostics: readonly Diagnostic[], into: SeverityCounts = { errors: 0, warnings: 0, information: 0, hints: 0 }): SeverityCounts {
  for (const d of diagnostics) {
    if (d.severity === 1) into.errors++;
    else if (d.severity === 2) into.warnings++;
    else if (d.severity === 3) into.information++;
    else into.hints++;
  }
  return into;
}
