/** Diagnostics on open and change (TextDocuments reports an open as a change too) and on configuration change; cleared on close. */
import { DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import type { ServerFeature } from '../context';
import { runDetached } from '../runSafe';

export const diagnosticsFeature: ServerFeature = {
  initialized({ connection }) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'tactic' }).catch(() => undefined);
  },
  register({ connection, documents, cache, config, diagnostics, log }) {
    connection.onDidChangeConfiguration(() => runDetached(log, 'configuration', () => {
      config.forget();
      diagnostics.scheduleAll();
    }));
    documents.onDidChangeContent((e) => runDetached(log, 'change', () => diagnostics.schedule(e.document.uri)));
    documents.onDidClose((e) => runDetached(log, 'close', () => {
      cache.delete(e.document.uri);
      config.forget(e.document.uri);
      diagnostics.clear(e.document.uri);
    }));
  },
};
