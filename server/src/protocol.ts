/**
 * Custom LSP messages shared by the client and the server: namespaced methods (`tactic/…`) with
 * typed parameters and results, one place for both sides. No runtime imports: the client and the
 * server bundle different copies of the protocol library, and a method name is all they share.
 */
import type { FlowchartEdge, FlowchartNode, FlowchartOptions, FlowchartProblem } from './service/diagram/salesCycle';

export type { FlowchartEdge, FlowchartNode, FlowchartOptions, FlowchartProblem };

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

/** Parameters of `tactic/flowchart`: the sales-cycle diagram of an open document (the preview). */
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
