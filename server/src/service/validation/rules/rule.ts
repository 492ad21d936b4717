/** What a lint rule is: its ID, default severity, documentation and check. */
import type { TacticModel } from '../../model/model';
import type { TacticDocument } from '../../parsing/parse';
import type { DiagnosticData, LintConfig, Severity } from '../../types';

export interface RuleContext {
  readonly doc: TacticDocument;
  readonly model: TacticModel;
  readonly config: LintConfig;
  /** "Today", injected so tests and the CLI agree on dates. */
  readonly now: Date;
  /** Reports a finding over the source range [start, end). */
  report(start: number, end: number, message: string, data?: DiagnosticData): void;
}

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /**
   * One line of Markdown (code in backticks), what the rule fires on. The `tactic.lint.rules`
   * setting, the `.tactic-lint.yaml` schema and the README's rule table are generated from it
   * (`npm run generate`); SARIF output reads it here.
   */
  readonly description: string;
  /**
   * Whether the rule still runs when the YAML has structural errors. Rules about something
   * being absent stay quiet then, since the absent part may sit behind the syntax error.
   */
  readonly runsOnBrokenDocument: boolean;
  /** Rules whose findings come from the parser or the schema have no check of their own. */
  check?(ctx: RuleContext): void;
}
