/**
 * The sales cycle as Mermaid `flowchart` source, for the preview, `tactic graph` and docs. Node ids:
 * n0, n1… for stages, m0… for missing stages, a0…/o0… for overlays; labels escaped by mermaid.ts.
 */
import * as l10n from '@vscode/l10n';
import { getPair, nodeSpan, scalarText } from '../parsing/ast';
import type { ParsedTactic } from '../types';
import { deref, StageInfo } from '../model/model';
import type { Range } from '../types';
import type { Diagram, DiagramNode, DiagramOptions, DiagramProblem } from './diagram';
import { mermaidString, nodeId } from './mermaid';

export { mermaidString };

export type FlowchartOptions = DiagramOptions;

export type FlowchartNodeKind = 'stage' | 'missing' | 'action' | 'objection';

export interface FlowchartNode extends DiagramNode {
  kind: FlowchartNodeKind;
  /** The stage this node is (stage), names (missing) or is attached to (action, objection). */
  stageId?: string;
  start?: boolean;
  outcome?: 'won' | 'lost';
}

export interface FlowchartEdge {
  from: string;
  to: string;
  label?: string;
  /** True for an edge to a stage that is not defined (drawn dashed, to a red "missing" node). */
  broken: boolean;
  /** Overlay links (stage → action/objection) are not transitions. */
  overlay: boolean;
  range?: Range;
}

export type FlowchartProblem = DiagramProblem;

export interface Flowchart extends Diagram {
  kind: 'cycle';
  direction: 'TD' | 'LR';
  nodes: FlowchartNode[];
  edges: FlowchartEdge[];
}

const CLASS_DEFS = [
  'classDef start stroke-width:4px',
  'classDef won fill:#d4f7dc,stroke:#1a7f37,stroke-width:2px,color:#0b3d1a',
  'classDef lost fill:#ffe0e0,stroke:#cf222e,stroke-width:2px,color:#5c0a0f',
  'classDef missing fill:#fff0f0,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 3,color:#cf222e',
  'classDef action fill:#eef4ff,stroke:#6e7fb8,color:#1f2a4d',
  'classDef objection fill:#fff6e0,stroke:#b58400,color:#4d3800',
];
const BROKEN_EDGE_STYLE = 'stroke:#cf222e,stroke-width:2px,color:#cf222e';

export function buildFlowchart(parsed: ParsedTactic, options: FlowchartOptions = {}): Flowchart {
  const { doc, model } = parsed;
  const range = (node: unknown): Range | undefined => {
    const span = nodeSpan(node as never);
    return span ? doc.lines.range(span[0], span[1]) : undefined;
  };
  const cycle = model.cycle;
  const direction = cycle?.direction ?? 'TD';
  const nodes: FlowchartNode[] = [];
  const edges: FlowchartEdge[] = [];
  const problems: FlowchartProblem[] = [];

  for (const p of doc.problems) {
    if (p.structural) problems.push({ severity: 'error', message: p.message, range: doc.lines.range(p.start, p.end) });
  }
  if (!doc.yaml || !doc.root) {
    if (!problems.length) problems.push({ severity: 'error', message: l10n.t('The document is not a YAML mapping, so there is no `sales_cycle` to draw.') });
  } else if (!cycle) {
    problems.push({ severity: 'error', message: l10n.t('There is no `sales_cycle` to draw. Add one with `stages` to see the flowchart.') });
  } else if (!cycle.stages.length) {
    problems.push({ severity: 'error', message: l10n.t('`sales_cycle` has no `stages` to draw.'), range: range(cycle.pair.key) });
  }

  // Stages: one node each, ids by position so they are stable while the user types.
  const byId = new Map<string, FlowchartNode>();
  const stages = cycle?.stages ?? [];
  const startId = cycle?.start ?? stages.find((s) => s.id !== undefined)?.id;
  stages.forEach((stage, i) => {
    const outcome = stage.outcome === 'won' || stage.outcome === 'lost' ? stage.outcome : undefined;
    const node: FlowchartNode = {
      mermaidId: nodeId('n', i),
      kind: 'stage',
      stageId: stage.id,
      label: nonBlank(stage.name) ?? stage.id ?? l10n.t('(unnamed stage)'),
      range: range(stage.node),
      selectionRange: range(stage.idNode ?? stage.node),
      outcome,
    };
    if (stage.id !== undefined) {
      if (byId.has(stage.id)) {
        problems.push({ severity: 'warning', message: l10n.t('Stage id `{0}` is used twice; arrows go to the first one.', stage.id), range: node.selectionRange });
      } else byId.set(stage.id, node);
    }
    nodes.push(node);
  });
  if (startId !== undefined) {
    const start = byId.get(startId);
    if (start) start.start = true;
  }

  // Transitions; an unknown target gets one red "missing" node per id, reached by dashed arrows.
  const missing = new Map<string, FlowchartNode>();
  const missingNode = (id: string, at: Range | undefined): FlowchartNode => {
    let m = missing.get(id);
    if (!m) {
      m = { mermaidId: nodeId('m', missing.size), kind: 'missing', stageId: id, label: l10n.t('missing: {0}', id), range: at, selectionRange: at };
      missing.set(id, m);
      problems.push({ severity: 'warning', message: l10n.t('No stage with the id `{0}` is defined; its arrows are drawn dashed.', id), range: at });
    }
    return m;
  };
  stages.forEach((stage, i) => addTransitions(stage, nodeId('n', i)));
  function addTransitions(stage: StageInfo, from: string): void {
    for (const t of stage.next) {
      if (t.to === undefined) continue;
      const at = range(t.toNode ?? t.node);
      const target = byId.get(t.to);
      const to = target ?? missingNode(t.to, at);
      edges.push({ from, to: to.mermaidId, label: nonBlank(t.when), broken: !target, overlay: false, range: range(t.node) });
    }
  }
  nodes.push(...missing.values());

  // Overlays: actions and objections hang off the stage they name.
  const overlay = (block: 'advancement_actions' | 'objections', field: string, kind: 'action' | 'objection', prefix: string) => {
    const entries = model.blocks.get(block)?.entries ?? [];
    let n = 0;
    for (const entry of entries) {
      const stageRef = scalarText(deref(getPair(entry, 'stage')?.value, doc.yaml!));
      const textNode = deref(getPair(entry, field)?.value, doc.yaml!);
      const text = scalarText(textNode);
      if (stageRef === undefined || text === undefined) continue;
      const stageNode = byId.get(stageRef);
      if (!stageNode) continue; // reported by the unknown-reference rule; nothing to hang it on
      const node: FlowchartNode = {
        mermaidId: nodeId(prefix, n++), kind, stageId: stageRef, label: text, range: range(entry), selectionRange: range(textNode),
      };
      nodes.push(node);
      edges.push({ from: stageNode.mermaidId, to: node.mermaidId, broken: false, overlay: true });
    }
  };
  if (doc.yaml && options.showActions) overlay('advancement_actions', 'action', 'action', 'a');
  if (doc.yaml && options.showObjections) overlay('objections', 'objection', 'objection', 'o');

  return { kind: 'cycle', mermaid: render(direction, nodes, edges), direction, nodes, edges, problems, ok: !problems.some((p) => p.severity === 'error') };
}

function nonBlank(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text : undefined;
}

const SHAPES: Record<FlowchartNodeKind, [string, string]> = {
  stage: ['(', ')'],
  missing: ['[', ']'],
  action: ['[/', '/]'],
  objection: ['{{', '}}'],
};

function render(direction: 'TD' | 'LR', nodes: FlowchartNode[], edges: FlowchartEdge[]): string {
  const lines = [`flowchart ${direction}`];
  for (const n of nodes) {
    const [open, close] = n.start && !n.outcome ? ['([', '])'] : SHAPES[n.kind];
    lines.push(`  ${n.mermaidId}${open}${mermaidString(n.label)}${close}`);
  }
  const broken: number[] = [];
  edges.forEach((e, i) => {
    const label = e.label !== undefined ? `|${mermaidString(e.label)}|` : '';
    const arrow = e.overlay ? '-.-' : e.broken ? '-.->' : '-->';
    lines.push(`  ${e.from} ${arrow}${label} ${e.to}`);
    if (e.broken) broken.push(i);
  });
  lines.push(...CLASS_DEFS.map((c) => `  ${c}`));
  const classes: Array<[string, (n: FlowchartNode) => boolean]> = [
    ['start', (n) => !!n.start],
    ['won', (n) => n.outcome === 'won'],
    ['lost', (n) => n.outcome === 'lost'],
    ['missing', (n) => n.kind === 'missing'],
    ['action', (n) => n.kind === 'action'],
    ['objection', (n) => n.kind === 'objection'],
  ];
  for (const [name, test] of classes) {
    const ids = nodes.filter(test).map((n) => n.mermaidId);
    if (ids.length) lines.push(`  class ${ids.join(',')} ${name}`);
  }
  if (broken.length) lines.push(`  linkStyle ${broken.join(',')} ${BROKEN_EDGE_STYLE}`);
  return lines.join('\n') + '\n';
}
