/**
 * Shared value types of the language service. They are the LSP shapes (type-only import), so the
 * server can hand results to the client unchanged, but nothing here pulls in a runtime.
 */
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { TacticModel } from './model/model';
import type { TacticDocument } from './parsing/parse';

export type { Diagnostic, Position, Range };

/** Rule severities as users write them in settings and `.tactic-lint.yaml`. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';


/** The lint configuration every front end (server, CLI, tests) passes to the service. */
export interface LintConfig {
  /** Severity override per rule id; 'off' disables the rule. Rules not listed keep their default. */
  rules: Partial<Record<string, SeverityOrOff>>;
  /** Age in days after which `reviewed` is stale. */
  staleReviewDays: number;
}

export const DEFAULT_LINT_CONFIG: LintConfig = { rules: {}, staleReviewDays: 90 };

/** Extra data carried by a diagnostic, used by quick fixes. */
export interface DiagnosticData {
  /** For unknown keys / references: close names the user may have meant. */
  suggestions?: string[];
  /** The block a `missing-block` or `empty-block` diagnostic is about. */
  block?: string;
  /** For `unknown-reference`: which kind of id was expected and the id that was written. */
  refKind?: string;
  id?: string;
  /** For `schema` unknown keys: the key that is not allowed. */
  key?: string;
}

/** A parsed tactic with its model, computed once and shared by every feature. */
export interface ParsedTactic {
  readonly doc: TacticDocument;
  readonly model: TacticModel;
}
