/** Every view of a tactic, by kind: the one place that maps a kind to its generator. */
import type { ParsedTactic } from '../types';
import type { Diagram, DiagramKind, DiagramOptions } from './diagram';
import { buildAccountMap } from './accountMap';
import { buildApprovalChains } from './approvalChains';
import { buildFlowchart } from './salesCycle';

const GENERATORS: Record<DiagramKind, (parsed: ParsedTactic, options: DiagramOptions) => Diagram> = {
  cycle: buildFlowchart,
  map: buildAccountMap,
  chains: buildApprovalChains,
};

export function buildDiagram(parsed: ParsedTactic, kind: DiagramKind, options: DiagramOptions = {}): Diagram {
  return GENERATORS[kind](parsed, options);
}

export { DIAGRAM_KINDS, DIAGRAM_TITLES, isDiagramKind } from './diagram';
export type { Diagram, DiagramKind, DiagramNode, DiagramOptions, DiagramProblem } from './diagram';
