/** textDocument/codeAction: quick fixes keyed on rule codes and the fix-all source action. */
import { CodeActionKind } from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from '../../service/codeActions';
import type { ServerFeature } from '../context';
import { runSafe } from '../runSafe';

export const codeActionsFeature: ServerFeature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false } }),
  register({ connection, service, config, log, parsed }) {
    connection.onCodeAction((params, token) => runSafe(log, 'codeAction', token, async () => {
      const uri = params.textDocument.uri;
      const p = parsed(uri);
      if (!p) return null;
      const ours = params.context.diagnostics.filter((d) => d.source === 'tactic' || typeof d.code === 'string');
      const wantsFixAll = !params.context.only || params.context.only.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`));
      const lint = wantsFixAll ? await config.lintConfigFor(uri) : undefined;
      return service.codeActions(p.parsed, ours, params.context.only, lint).map((a) => ({
        title: a.title,
        kind: a.kind,
        diagnostics: a.diagnostics,
        isPreferred: a.isPreferred,
        edit: { changes: { [uri]: a.edits } },
      }));
    }));
  },
};
