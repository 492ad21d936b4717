/**
 * Custom LSP messages shared by the client and the server: namespaced methods (`tactic/…`) with
 * typed parameters and results, one place for both sides. No runtime imports: the client and the
 * server bundle different copies of the protocol library, and a method name is all they share.
 */
import type { DecisionMakerCoverage, DiagramKind, DiagramNode, DiagramOptions, DiagramProblem, FlowchartEdge, FlowchartNode, FlowchartOptions, FlowchartProblem, Readiness, ReadinessItem, ReadinessItemId, PlaybookFormat, PlaybookResult } from './service';
import type { TextEdit } from 'vscode-languageserver-types';

export type { DecisionMakerCoverage, DiagramKind, DiagramNode, DiagramOptions, DiagramProblem, FlowchartEdge, FlowchartNode, FlowchartOptions, FlowchartProblem, Readiness, ReadinessItem, ReadinessItemId };

export interface LintWorkspaceParams {
  /** LSP work-done progress token; the server reports per-file progress on it. */
  workDoneToken?: string | number;
  /** Folder URIs to lint; without them, the server asks the client for its workspace folders. */
  folders?: string[];
}

export interface LintWorkspaceResult {
  /** Tactic files found (open ones included; their diagnostics stay live). */
  files: number;
  /** Files with at least one finding. */
  filesWithProblems: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  /** Files that could not be read (binary, not UTF-8, permission denied …), with the reason. */
  unreadable: Array<{ uri: string; message: string }>;
  /** True when the request was cancelled before every file was linted. */
  cancelled: boolean;
}

/** Lint every tactic in the workspace and publish diagnostics for each (Lint Workspace). */
export const LINT_WORKSPACE_METHOD = 'tactic/lintWorkspace';

/** Parameters of `tactic/diagram`: one view of an open document (the preview, Copy Mermaid, Export SVG). */
export interface DiagramParams {
  /** An open document. */
  uri: string;
  /** Which view; an unknown kind is answered with the sales cycle. */
  kind: DiagramKind;
  /**
   * Informational: the version the client has. The server always draws the version it holds and
   * says which in `DiagramResult.version`; a client that gets another version asks again.
   */
  version?: number;
  options?: DiagramOptions;
}

export interface DiagramResult {
  uri: string;
  /** The document version the diagram was drawn from. */
  version: number;
  kind: DiagramKind;
  mermaid: string;
  /** Every node with its generated Mermaid id and the source range it stands for. */
  nodes: DiagramNode[];
  problems: DiagramProblem[];
  /** False when the document cannot be drawn as it is (the preview keeps its last good diagram). */
  ok: boolean;
}

/** One view of an open document as Mermaid source; null when the document is not open. */
export const DIAGRAM_METHOD = 'tactic/diagram';

/**
 * Parameters of `tactic/flowchart`: the sales cycle with its edges and direction, as 0.1 served it
 * (the same drawing as `tactic/diagram` with kind `cycle`).
 */
export interface FlowchartParams {
  /** An open document. */
  uri: string;
  /**
   * Informational: the version the client has. The server always draws the version it holds and
   * says which in `FlowchartResult.version`; a client that gets another version asks again.
   */
  version?: number;
  options?: FlowchartOptions;
}

export interface FlowchartResult {
  uri: string;
  /** The document version the diagram was drawn from. */
  version: number;
  direction: 'TD' | 'LR';
  mermaid: string;
  nodes: FlowchartNode[];
  edges: FlowchartEdge[];
  problems: FlowchartProblem[];
  /** False when the document cannot be drawn as it is (the preview keeps its last good diagram). */
  ok: boolean;
}

/** The sales cycle of an open document as Mermaid flowchart source; null when it is not open. */
export const FLOWCHART_METHOD = 'tactic/flowchart';

/** Mermaid source as a fenced Markdown block (GitHub and most docs render it), for `tactic graph --markdown` and the preview's Copy Markdown. */
export function mermaidMarkdown(mermaid: string): string {
  return '```mermaid\n' + mermaid + '```\n';
}

/** Parameters of `tactic/readiness`: the readiness of an open document. */
export interface ReadinessParams {
  /** An open document. */
  uri: string;
}

export interface ReadinessResult {
  uri: string;
  /** The document version the readiness was computed from. */
  version: number;
  readiness: Readiness;
  /** The most important failed item in one sentence; the reason when there is no score; null when every item passes. */
  weakestPoint: string | null;
  /** `reviewed` as written (YYYY-MM-DD) and its age in days, when it is a date. */
  reviewed: string | null;
  reviewAgeDays: number | null;
  /** The age after which `reviewed` is stale, from `.tactic-lint.yaml` and the settings. */
  staleReviewDays: number;
}

/** The readiness checklist of an open document (the scorecard); null when it is not open. */
export const READINESS_METHOD = 'tactic/readiness';

/** Parameters of `tactic/workspaceTactics`: every tactic file of the workspace, open or not (the Tactics view). */
export interface WorkspaceTacticsParams {
  /** LSP work-done progress token; the server reports per-file progress on it. */
  workDoneToken?: string | number;
  /** Folder URIs to look in; without them, the server asks the client for its workspace folders. */
  folders?: string[];
}

export interface WorkspaceTactic {
  uri: string;
  /** File system path. */
  path: string;
  tactic: string | null;
  account: string | null;
  owner: string | null;
  /** Null when the text is not valid YAML (see `reason`). */
  score: number | null;
  /** Why there is no score, when there is none. */
  reason?: string;
  weakestPoint: string | null;
  problems: { error: number; warning: number; information: number; hint: number };
  reviewed: string | null;
  reviewAgeDays: number | null;
  /** True when `reviewed` is missing or older than the configured age (never for a file without a score). */
  stale: boolean;
  /** True when the numbers come from the open editor's (unsaved) text. */
  open: boolean;
}

export interface WorkspaceTacticsResult {
  tactics: WorkspaceTactic[];
  /** Files that could not be read (binary, not UTF-8, permission denied …), with the reason. */
  unreadable: Array<{ uri: string; message: string }>;
  /** True when the request was cancelled before every file was read. */
  cancelled: boolean;
}

/** Every tactic of the workspace with its readiness and problem counts, read in batches. */
export const WORKSPACE_TACTICS_METHOD = 'tactic/workspaceTactics';

/** Parameters of `tactic/markReviewed`: the edits that set `reviewed` of an open document. */
export interface MarkReviewedParams {
  uri: string;
  /** YYYY-MM-DD, the client's today; without it, the server's. */
  date?: string;
}

export interface MarkReviewedResult {
  uri: string;
  /** The version the edits are for; the client applies them only to that version. */
  version: number;
  /** Empty when there is nothing to change or no safe place for the key (see `message`). */
  edits: TextEdit[];
  message?: string;
}

/** Mark as Reviewed: edits for an open document; null when it is not open. */
export const MARK_REVIEWED_METHOD = 'tactic/markReviewed';

/** Parameters of `tactic/playbook`: an open document as a playbook (Export Playbook…, Preview Playbook). */
export interface PlaybookParams {
  /** An open document. */
  uri: string;
  format: PlaybookFormat;
  /** HTML: only the page's content, for the Preview Playbook webview (which has its own page and script). */
  bodyOnly?: boolean;
}

export type PlaybookResponse = { uri: string; version: number } & PlaybookResult;

/** The playbook of an open document; null when it is not open. */
export const PLAYBOOK_METHOD = 'tactic/playbook';
