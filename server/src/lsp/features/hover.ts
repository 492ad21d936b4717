/** textDocument/hover: block purpose, field docs and the entry behind an id. */
import type { ServerFeature } from '../context';
import { runSafe } from '../runSafe';

export const hoverFeature: ServerFeature = {
  capabilities: () => ({ hoverProvider: true }),
  register({ connection, service, log, parsed }) {
    connection.onHover((params, token) => runSafe(log, 'hover', token, () => {
      const p = parsed(params.textDocument.uri);
      return p ? service.hover(p.parsed, params.position) : null;
    }));
  },
};
