/** textDocument/completion: keys, values, ids and snippets from the tactic service. */
import type { ServerFeature } from '../context';
import { runSafe } from '../runSafe';

export const completionFeature: ServerFeature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: [' ', '[', ',', '{'], resolveProvider: false } }),
  register({ connection, service, log, parsed }) {
    connection.onCompletion((params, token) => runSafe(log, 'completion', token, () => {
      const p = parsed(params.textDocument.uri);
      return p ? service.complete(p.parsed, params.position) : null;
    }));
  },
};
