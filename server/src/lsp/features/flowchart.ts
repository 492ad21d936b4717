/** `tactic/flowchart`: the sales-cycle diagram of an open document, for the preview. */
import { FLOWCHART_METHOD, FlowchartParams, FlowchartResult } from '../../protocol';
import type { FlowchartOptions } from '../../service';
import type { ServerFeature } from '../context';
import { runSafe } from '../runSafe';

export const flowchartFeature: ServerFeature = {
  register(ctx) {
    ctx.connection.onRequest(FLOWCHART_METHOD, (params: FlowchartParams, token) => runSafe(ctx.log, 'flowchart', token, (): FlowchartResult | null => {
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      const open = uri ? ctx.parsed(uri) : undefined;
      if (!open) return null;
      const chart = ctx.service.flowchart(open.parsed, readOptions(params.options));
      return { uri: open.document.uri, version: open.document.version, ...chart };
    }));
  },
};

/** Options come from another process: only real booleans count. */
function readOptions(options: unknown): FlowchartOptions {
  const o = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
  return { showActions: o.showActions === true, showObjections: o.showObjections === true };
}
