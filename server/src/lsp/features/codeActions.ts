/** textDocument/codeAction: quick fixes keyed on rule codes and the fix-all source action. */
import { CodeActionKind, Diagnostic, Range } from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from '../../service';
import { DIAGNOSTIC_SOURCE } from '../../service';
import type { ServerFeature } from '../context';
import { runSafe } from '../runSafe';

export const codeActionsFeature: ServerFeature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false } }),
  register({ connection, service, config, log, parsed, diagnostics: published }) {
    connection.onCodeAction((params, token) => runSafe(log, 'codeAction', token, async () => {
      const uri = params.textDocument.uri;
      // The configuration first: a newer version parsed while it is fetched may reuse (and move)
      // the nodes of an older parse, so the parse is taken after the await.
      const lint = await config.lintConfigFor(uri);
      const p = parsed(uri);
      if (!p) return null;
      const known = published.current(p.document);
      let diagnostics = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE || typeof d.code === 'string');
      // A client that sends no diagnostics (or asks before they were published) still gets the
      // fixes for the findings under the range.
      if (diagnostics.length === 0) {
        diagnostics = (known ?? service.validate(p.parsed, lint)).filter((d) => overlaps(d, params.range));
      }
      return service.codeActions(p.parsed, diagnostics, params.context.only, lint, known).map((a) => ({
        title: a.title,
        kind: a.kind,
        diagnostics: a.diagnostics,
        isPreferred: a.isPreferred,
        edit: { changes: { [uri]: a.edits } },
      }));
    }));
  },
};

function overlaps(d: Diagnostic, r: Range): boolean {
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character < b.character);
  return !before(d.range.end, r.start) && !before(r.end, d.range.start);
}
