/**
 * The tactic language service: one factory, one interface, every feature a module of its own.
 * Pure TypeScript: no `vscode`, no LSP runtime, no file system. The language server, the `tactic`
 * command and the tests all call this.
 */
import { computeDiagnostics } from './validation/diagnostics';
import { buildFlowchart, Flowchart, FlowchartOptions } from './diagram/salesCycle';
import { buildDiagram, Diagram, DiagramKind, DiagramOptions } from './diagram';
import { buildModel } from './model/model';
import { parseTactic } from './parsing/parse';
import { RULES } from './validation/rules';
import type { CompletionList, DocumentHighlight, DocumentSymbol, FoldingRange, FormattingOptions, Hover, Range, TextEdit } from 'vscode-languageserver-types';
import { codeActions, TacticCodeAction } from './authoring/codeActions';
import { complete } from './authoring/completion';
import { format } from './authoring/format';
import { hover } from './authoring/hover';
import { definition, documentHighlights, prepareRename, PrepareRenameResult, references, rename, RenameResult } from './authoring/navigation';
import { documentSymbols, foldingRanges } from './authoring/symbols';
import type { Diagnostic, LintConfig, ParsedTactic, Position } from './types';
import { DEFAULT_LINT_CONFIG } from './types';
import { computeReadiness, Readiness } from './readiness/readiness';
import { summarize, TacticSummary } from './readiness/summary';
import { isoDate, markReviewed, staleReviewFixes } from './authoring/markReviewed';
import { exportPlaybook, PlaybookOptions, PlaybookResult } from './export';

export interface TacticServiceDeps {
  /** The current time; injected so tests and CI runs are deterministic. */
  now?: () => Date;
  /**
   * false: read every text whole, never in chunks. For callers that parse each text once and never
   * edit it (the command line), where the chunks' cache would only cost time. Unset: a first
   * version under 64 KB is read whole and later versions are chunked (see parsing/parse.ts).
   */
  incremental?: boolean;
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
  /** One view of the tactic (sales cycle, …) as Mermaid source, with its nodes mapped back to the text. */
  diagram(parsed: ParsedTactic, kind: DiagramKind, options?: DiagramOptions): Diagram;
  // Authoring (one module each): completion.ts, hover.ts, symbols.ts, navigation.ts, codeActions.ts, format.ts
  complete(parsed: ParsedTactic, position: Position): CompletionList;
  hover(parsed: ParsedTactic, position: Position): Hover | null;
  documentSymbols(parsed: ParsedTactic): DocumentSymbol[];
  foldingRanges(parsed: ParsedTactic): FoldingRange[];
  definition(parsed: ParsedTactic, position: Position): Range[];
  references(parsed: ParsedTactic, position: Position, includeDeclaration?: boolean): Range[];
  documentHighlights(parsed: ParsedTactic, position: Position): DocumentHighlight[];
  prepareRename(parsed: ParsedTactic, position: Position): PrepareRenameResult;
  rename(parsed: ParsedTactic, position: Position, newName: string): RenameResult;
  /**
   * Quick fixes for `diagnostics` and, when `only` allows it, the fix-all source action. `known`:
   * the diagnostics already computed for `parsed` with `config` (published), so fix-all does not
   * validate that version again.
   */
  codeActions(parsed: ParsedTactic, diagnostics: readonly Diagnostic[], only?: readonly string[], config?: LintConfig, known?: readonly Diagnostic[]): TacticCodeAction[];
  /** How ready the tactic is: the format's checklist with a reason per item, and the score. */
  readiness(parsed: ParsedTactic, config?: LintConfig): Readiness;
  /** A tactic at a glance for lists of tactics: header, review age, readiness, weakest point, problem counts. */
  summarize(parsed: ParsedTactic, diagnostics: readonly Diagnostic[], config?: LintConfig): TacticSummary;
  /**
   * Mark as Reviewed: the edits that set `reviewed` to `date` (YYYY-MM-DD; default: today, local
   * time), keeping layout and comments; none when there is nothing to do or no safe place.
   */
  markReviewed(parsed: ParsedTactic, date?: string): TextEdit[];
  /** Format Document; no edits for a document with syntax errors. */
  format(parsed: ParsedTactic, options?: Partial<FormattingOptions>): TextEdit[];
  /** The tactic as a playbook (HTML or Markdown); refused, with a reason, for text that is not a tactic. */
  playbook(parsed: ParsedTactic, options: PlaybookOptions, config?: LintConfig): PlaybookResult;
}

export function createTacticService(deps: TacticServiceDeps = {}): TacticService {
  const now = deps.now ?? (() => new Date());
  const parse = (text: string, previous?: ParsedTactic): ParsedTactic => {
    const doc = parseTactic(text, previous?.doc, { incremental: deps.incremental });
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
    diagram: (parsed, kind, options) => buildDiagram(parsed, kind, options),
    complete: (parsed, position) => complete(parsed, position, { today: now().toISOString().slice(0, 10) }),
    hover,
    documentSymbols,
    foldingRanges,
    definition,
    references,
    documentHighlights,
    prepareRename,
    rename,
    codeActions(parsed, diagnostics, only, config = DEFAULT_LINT_CONFIG, known) {
      return [
        ...codeActions(parsed, diagnostics, only, {
          parse: (text) => parse(text),
          validate: (p) => (p === parsed && known ? [...known] : computeDiagnostics(p.doc, p.model, config, now())),
        }),
        // Mark as Reviewed lives in its own module (authoring/markReviewed.ts).
        ...staleReviewFixes(parsed, diagnostics, only, isoDate(now())),
      ];
    },
    format,
    readiness: (parsed, config = DEFAULT_LINT_CONFIG) => computeReadiness(parsed, config, now()),
    summarize: (parsed, diagnostics, config = DEFAULT_LINT_CONFIG) => summarize(parsed, diagnostics, config, now()),
    markReviewed: (parsed, date = isoDate(now())) => markReviewed(parsed, date),
    playbook(parsed, options, config = DEFAULT_LINT_CONFIG) {
      const at = now();
      return exportPlaybook(parsed, computeDiagnostics(parsed.doc, parsed.model, config, at), computeReadiness(parsed, config, at), options, isoDate(at));
    },
  };
}

export * from './types';
export * from './domain/blocks';
export type { TacticDocument } from './parsing/parse';
export type { TacticModel } from './model/model';
export type { TacticCodeAction } from './authoring/codeActions';
export type { PrepareRenameResult, RenameResult } from './authoring/navigation';
export { DIAGRAM_KINDS, DIAGRAM_TITLES, isDiagramKind } from './diagram';
export type { Diagram, DiagramKind, DiagramNode, DiagramOptions, DiagramProblem } from './diagram';
export { MERMAID_NODE_ID, mermaidString } from './diagram/mermaid';
export type { Flowchart, FlowchartEdge, FlowchartNode, FlowchartOptions, FlowchartProblem } from './diagram/salesCycle';

// What the front ends (LSP server, command line, bench) use besides the service object.
export { DIAGNOSTIC_SOURCE, countBySeverity, type SeverityCounts } from './validation/diagnostics';
export { LINT_CONFIG_FILE_NAMES, applyLintSettings, parseLintConfig, type ParsedLintConfig } from './validation/lintConfig';
export { RULES, RULES_BY_ID, type Rule } from './validation/rules';
export { FIX_ALL_KIND } from './authoring/codeActions';
export { tacticTemplate } from './domain/template';
export { YAML_OPTIONS } from './parsing/parse';
/** For the bench: the fast block-YAML reader, and the switch that leaves every parse to `yaml`. */
export { readBlockYaml, setFastYaml } from './parsing/blockYaml';
export type { DecisionMakerCoverage, Readiness, ReadinessItem, ReadinessItemId } from './readiness/readiness';
export { reviewOf } from './model/review';
export { weakestPoint } from './readiness/weakestPoint';
export type { TacticSummary } from './readiness/summary';
export { readinessLensTitle, tacticKeyRange } from './readiness/lens';
export { isoDate } from './authoring/markReviewed';
export { schemaValidator } from './domain/schema';
export { PLAYBOOK_FORMATS, isPlaybookFormat, type PlaybookFormat, type PlaybookOptions, type PlaybookResult, type InlineScript } from './export';
export { markdownInline, markdownFence, escapeHtml, oneLine } from './export/escape';
export { LANGUAGES, languageOf, useLanguage, currentLanguage, currentBundle, plural, type Language, type L10nBundle, type PluralForms } from './l10n';
