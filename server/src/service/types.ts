/**
 * Shared value types of the language service. They are the LSP shapes (type-only import), so the
 * server can hand results to the client unchanged, but nothing here pulls in a runtime.
 */
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { TacticModel } from './model/model';
import type { TacticDocument } from './parsing/parse';
import type { BlockKey } from './domain/blocks';
import type { IdKind } from './domain/ids';

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

/**
 * What a finding is about, besides its rule (`code`) and `range`: the facts quick fixes and any
 * other code need, so that nothing ever reads the message back (it is written for people, and
 * will be translated). It travels to the client and back in LSP messages, so it is plain JSON:
 * strings, numbers and arrays of strings, and a field is present only when it has a value.
 * Code that reads it must check it, since a client may drop it or hand back an older version's.
 */
export interface DiagnosticDataByRule {
  'schema': SchemaFindingData;
  'unknown-suppression': SuppressionFindingData;
  'missing-block': BlockFindingData;
  'empty-block': BlockFindingData;
  /** The id defined twice, and its kind. */
  'duplicate-id': { id: string; refKind: IdKind };
  /** The id that was written, the kind of id expected there, and the defined ids close to it. */
  'unknown-reference': { id: string; refKind: IdKind; suggestions: string[] };
  'unreachable-stage': { id: string };
  /** Absent for a stage without an id. */
  'dead-end-stage': { id: string } | undefined;
  'unidentified-decision-maker': { id: string };
  'unpositioned-decision-maker': { id: string };
  'unreached-decision-maker': { id: string };
  'unmitigated-opponent': { id: string };
  /** Absent for a chain without an id. */
  'chain-without-economic-buyer': { id: string } | undefined;
  'duplicate-chain': { id: string } | undefined;
  /** The person whose `reports_to` is on the loop. */
  'reporting-cycle': { id: string };
  'ambiguous-branch': { id: string } | undefined;
  // yaml-syntax, missing-sales-cycle, no-won-path, objection-without-response, no-economic-buyer, no-coach,
  // risk-without-mitigation and stale-review carry none: the code and range say it all.
}

/** The data of any finding (see DiagnosticDataByRule for which rule sets what). */
export type DiagnosticData = NonNullable<DiagnosticDataByRule[keyof DiagnosticDataByRule]>;

/** `missing-block` and `empty-block`: the block the finding is about. */
export interface BlockFindingData {
  block: BlockKey;
}

/** The schema finding kinds, one per situation (and message). */
export type SchemaFindingKind = SchemaFindingData['kind'];

/**
 * `schema` findings, by kind. `field` is the key the value hangs under (the list's key for an
 * entry of a list, '' for the document itself); `suggestions` are the allowed names closest to
 * what was written, best first.
 */
export type SchemaFindingData =
  /** The document has no content. */
  | { kind: 'empty-document' }
  /** The document is a list or a single value, not a mapping. */
  | { kind: 'not-a-mapping' }
  /** `key` is not allowed in its mapping; `allowed` are the keys that are. */
  | { kind: 'unknown-key'; key: string; allowed: string[]; suggestions: string[] }
  /** The mapping lacks the required `field`. */
  | { kind: 'missing-field'; field: string }
  /** `value` is not one of the `allowed` values of `field`. */
  | { kind: 'bad-enum'; field: string; value: string; allowed: string[]; suggestions: string[] }
  /** The value of `field` is not of a type in `expected` (JSON Schema type names). */
  | { kind: 'wrong-type'; field: string; expected: string[] }
  /** `reviewed` is not a YYYY-MM-DD date. */
  | { kind: 'bad-date'; field: string; value: string }
  /** `value` is not a valid id. */
  | { kind: 'bad-id'; field: string; value: string }
  /** The list `field` has fewer than `min` entries. */
  | { kind: 'too-few-entries'; field: string; min: number }
  /** A stage with an `outcome` also has `next`. */
  | { kind: 'next-with-outcome' }
  /** An entry of `next` is neither a stage id nor a `{ to, when }` mapping. */
  | { kind: 'bad-transition' }
  /** An approval step is neither an id, a list of ids, nor a `{ body, members }` mapping. */
  | { kind: 'bad-step' }
  /** Any other schema keyword (`keyword`) the value of `field` breaks. */
  | { kind: 'invalid'; field: string; keyword: string };

/** `unknown-suppression` findings: a misspelt directive, or a rule name that does not exist. */
export type SuppressionFindingData =
  | { kind: 'unknown-directive'; directive: string; suggestions: string[] }
  | { kind: 'unknown-rule'; rule: string; suggestions: string[] };

/** A parsed tactic with its model, computed once and shared by every feature. */
export interface ParsedTactic {
  readonly doc: TacticDocument;
  readonly model: TacticModel;
}
