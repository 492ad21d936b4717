/**
 * The tactic language service: one factory, one interface, every feature a module of its own.
 * Pure TypeScript: no `vscode`, no LSP runtime, no file system. The language server, the `tactic`
 * command and the tests all call this.
 */
import { computeDiagnostics } from './diagnostics';
import { buildFlowchart, Flowchart, FlowchartOptions } from './flowchart';
import { buildModel, TacticModel } from './model';
import { parseTactic, TacticDocument } from './parse';
import { RULES } from './rules';
import type { Diagnostic, LintConfig } from './types';
import { DEFAULT_LINT_CONFIG } from './types';

export interface TacticServiceDeps {
  /** The current time; injected so tests and CI runs are deterministic. */
  now?: () => Date;
}

/** A parsed tactic with its model, computed once and shared by every feature. */
export interface ParsedTactic {
  readonly doc: TacticDocument;
  readonly model: TacticModel;
}

export interface TacticService {
  /**
   * Parses a text. Pass the parse of the previous version of the same document so a large
   * document re-parses only what changed; the previous parse must not be used afterwards.
   */
  parse(text: string, previous?: ParsedTactic): ParsedTactic;
  /** All diagnostics for a text (or an already parsed tactic) under a lint configuration. */
  validate(input: string | ParsedTactic, config?: LintConfig): Diagnostic[];
  readonly rules: typeof RULES;
  /** The sales cycle as Mermaid flowchart source, with its nodes mapped back to the text. */
  flowchart(parsed: ParsedTactic, options?: FlowchartOptions): Flowchart;
}

export function createTacticService(deps: TacticServiceDeps = {}): TacticService {
  const now = deps.now ?? (() => new Date());
  const parse = (text: string, previous?: ParsedTactic): ParsedTactic => {
    const doc = parseTactic(text, previous?.doc);
    return { doc, model: buildModel(doc) };
  };
  return {
    parse,
    validate(input, config = DEFAULT_LINT_CONFIG) {
      const parsed = typeof input === 'string' ? parse(input) : input;
      return computeDiagnostics(parsed.doc, parsed.model, config, now());
    },
    rules: RULES,
    flowchart: (parsed, options) => buildFlowchart(parsed, options),
  };
}

export * from './types';
export type { TacticDocument } from './parse';
export type { TacticModel } from './model';
export type { Flowchart, FlowchartEdge, FlowchartNode, FlowchartOptions, FlowchartProblem } from './flowchart';
