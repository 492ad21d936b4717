/**
 * What every diagram is, whatever it draws: Mermaid text plus the map from its generated node ids
 * back to the tactic text (click a node → select the entry; cursor in an entry → outline the node).
 * The preview, the custom LSP request and `tactic graph` handle diagrams through these types only,
 * so a new view is a new generator module registered in index.ts.
 */
import * as l10n from '@vscode/l10n';
import type { Range } from '../types';

/** The views of a tactic, in the order the preview offers them. */
export const DIAGRAM_KINDS = ['cycle', 'map', 'chains'] as const;
export type DiagramKind = (typeof DIAGRAM_KINDS)[number];

/** What each view is called in messages. */
export const DIAGRAM_TITLES: Record<DiagramKind, string> = {
  get cycle() { return l10n.t('sales cycle'); },
  get map() { return l10n.t('account map'); },
  get chains() { return l10n.t('approval chains'); },
};

export function isDiagramKind(value: unknown): value is DiagramKind {
  return typeof value === 'string' && (DIAGRAM_KINDS as readonly string[]).includes(value);
}

export interface DiagramNode {
  /** The generated id in the Mermaid text (also the id Mermaid gives the SVG node). */
  mermaidId: string;
  /** What the node stands for, per diagram (a stage, a person, a chain step …). */
  kind: string;
  /** The text shown, exactly as the user wrote it (before escaping). */
  label: string;
  /** The whole entry in the source (the cursor inside it highlights the node). */
  range?: Range;
  /** What the editor selects when the node is clicked (the id, or the entry's main text). */
  selectionRange?: Range;
}

export interface DiagramProblem {
  /** `error`: the diagram cannot be trusted (keep the last good one); `warning`: drawn anyway. */
  severity: 'error' | 'warning';
  message: string;
  range?: Range;
}

export interface Diagram {
  kind: DiagramKind;
  mermaid: string;
  nodes: DiagramNode[];
  problems: DiagramProblem[];
  /** False when an error problem means the diagram does not show the document. */
  ok: boolean;
}

/** Options of the views; each generator reads the ones it knows. */
export interface DiagramOptions {
  /** Sales cycle: attach advancement actions to their stages. */
  showActions?: boolean;
  /** Sales cycle: attach objections to their stages. */
  showObjections?: boolean;
}
