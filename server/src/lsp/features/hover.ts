/** textDocument/hover: block purpose, field docs and the entry behind an id. */
import type { ServerFeature } from '../context';
import { documentRequest } from '../documentRequest';

export const hoverFeature: ServerFeature = {
  capabilities: () => ({ hoverProvider: true }),
  register(ctx) {
    ctx.connection.onHover(documentRequest(ctx, 'hover', (p, params) => ctx.service.hover(p.parsed, params.position)));
  },
};
