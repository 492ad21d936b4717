/**
 * `tactic/diagram`: one view of an open document, for the preview; and `tactic/flowchart`, the
 * sales cycle with its edges as 0.1 served it.
 */
import { DIAGRAM_METHOD, DiagramParams, DiagramResult, FLOWCHART_METHOD, FlowchartParams, FlowchartResult } from '../../protocol';
import { DiagramOptions, isDiagramKind } from '../../service';
import type { ServerFeature } from '../context';
import { runSafe } from '../runSafe';

export const diagramFeature: ServerFeature = {
  register(ctx) {
    const openDocument = (params: { uri?: unknown } | undefined) => {
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      return uri ? ctx.parsed(uri) : undefined;
    };
    ctx.connection.onRequest(DIAGRAM_METHOD, (params: DiagramParams, token) => runSafe(ctx.log, 'diagram', token, (): DiagramResult | null => {
      const open = openDocument(params);
      if (!open) return null;
      const kind = isDiagramKind(params.kind) ? params.kind : 'cycle';
      const { mermaid, nodes, problems, ok } = ctx.service.diagram(open.parsed, kind, readOptions(params.options));
      return { uri: open.document.uri, version: open.document.version, kind, mermaid, nodes, problems, ok };
    }));
    ctx.connection.onRequest(FLOWCHART_METHOD, (params: FlowchartParams, token) => runSafe(ctx.log, 'flowchart', token, (): FlowchartResult | null => {
      const open = openDocument(params);
      if (!open) return null;
      const chart = ctx.service.flowchart(open.parsed, readOptions(params.options));
      return { uri: open.document.uri, version: open.document.version, ...chart };
    }));
  },
};

/** Options come from another process: only real booleans count. */
function readOptions(options: unknown): DiagramOptions {
  const o = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
  return { showActions: o.showActions === true, showObjections: o.showObjections === true };
}
