/**
 * Custom LSP messages shared by the client and the server: namespaced methods (`tactic/…`) with
 * typed parameters and results, one place for both sides. No runtime imports: the client and the
 * server bundle different copies of the protocol library, and a method name is all they share.
 */
import type { DiagramKind, DiagramNode, DiagramOptions, DiagramProblem, FlowchartEdge, FlowchartNode, FlowchartOptions, FlowchartProblem } from './service';

export type { DiagramKind, DiagramNode, DiagramOptions, DiagramProblem, FlowchartEdge, FlowchartNode, FlowchartOptions, FlowchartProblem };

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
