/**
 * `tactic/lintWorkspace` (command Sales Tactics: Lint Workspace): lints every tactic file in the
 * workspace folders, not only the open ones, and publishes diagnostics for each, so the Problems
 * panel lists them all. Open documents are left to the live diagnostics. Files are read and
 * linted one at a time, yielding between them, so the server keeps answering; cancellation and
 * work-done progress are honoured. Files linted this way are linted again when a
 * `.tactic-lint.yaml` changes, and their diagnostics cleared when a later run no longer finds them.
 */
import * as l10n from '@vscode/l10n';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver/node';
import { walkFiles } from '../../node/findTactics';
import { readTacticFile } from '../../node/readTactic';
import { countBySeverity } from '../../service';
import { LINT_WORKSPACE_METHOD, LintWorkspaceParams, LintWorkspaceResult } from '../../protocol';
import { fsPathOf } from '../config';
import type { ServerContext, ServerFeature } from '../context';
import { runDetached, runSafe } from '../runSafe';

/** Workspace folders announced at initialize, for clients that cannot be asked later. */
let initialFolders: string[] = [];

export const lintWorkspaceFeature: ServerFeature = {
  capabilities(params) {
    initialFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {};
  },
  register(ctx) {
    /** Closed files whose diagnostics this feature published. */
    const linted = new Set<string>();

    ctx.connection.onRequest(LINT_WORKSPACE_METHOD, (params: LintWorkspaceParams | undefined, token: CancellationToken) =>
      runSafe(ctx.log, 'lint workspace', token, () => lintWorkspace(ctx, params ?? {}, token, linted)));

    ctx.config.onDidChangeFiles(() => runDetached(ctx.log, 'lint workspace again', async () => {
      for (const uri of [...linted]) {
        if (isOpen(ctx, uri)) continue;
        const path = fsPathOf(uri);
        if (path) await lintClosedFile(ctx, path, uri); // an unreadable file keeps what it showed
      }
    }));
  },
};

/** Reads, lints and publishes one tactic that is not open: its diagnostics, or why it could not be read. */
async function lintClosedFile(ctx: ServerContext, path: string, uri: string): Promise<{ ok: true; diagnostics: Diagnostic[] } | { ok: false; message: string }> {
  const read = readTacticFile(path);
  if (!read.ok) return read;
  const diagnostics = ctx.service.validate(read.text, await ctx.config.lintConfigFor(uri));
  await ctx.connection.sendDiagnostics({ uri, diagnostics });
  return { ok: true, diagnostics };
}

async function lintWorkspace(ctx: ServerContext, params: LintWorkspaceParams, token: CancellationToken, linted: Set<string>): Promise<LintWorkspaceResult> {
  const progress = ctx.connection.window.attachWorkDoneProgress(params.workDoneToken);
  const result: LintWorkspaceResult = { files: 0, filesWithProblems: 0, errors: 0, warnings: 0, information: 0, hints: 0, unreadable: [], cancelled: false };
  const folders = params.folders ?? (await workspaceFolders(ctx));
  const cancelled = () => token.isCancellationRequested;

  progress.begin(l10n.t('Linting tactics'), 0, l10n.t('finding files…'), true);
  try {
    const paths = folders.map(fsPathOf).filter((p): p is string => !!p)
      .flatMap((dir) => walkFiles(dir, { cancelled }));
    const unique = [...new Set(paths)];
    result.files = unique.length;
    const seen = new Set<string>();

    for (let i = 0; i < unique.length; i++) {
      if (cancelled()) {
        result.cancelled = true;
        break;
      }
      const path = unique[i];
      const uri = pathToFileURL(path).href;
      seen.add(uri);
      progress.report(Math.round((i / unique.length) * 100), `${i + 1}/${unique.length}`);
      const open = openDocument(ctx, path);
      let diagnostics;
      if (open) {
        // Live diagnostics already cover it; count what the editor shows for it.
        const lint = await ctx.config.lintConfigFor(open.uri); // before the parse, as in diagnostics.ts
        diagnostics = ctx.diagnostics.current(open) ?? ctx.service.validate(ctx.cache.get(open), lint);
      } else {
        const linting = await lintClosedFile(ctx, path, uri);
        if (!linting.ok) {
          result.unreadable.push({ uri, message: linting.message });
          continue;
        }
        diagnostics = linting.diagnostics;
        linted.add(uri);
      }
      if (diagnostics.length) result.filesWithProblems++;
      countBySeverity(diagnostics, result);
      // Let other requests and notifications in between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!result.cancelled) {
      // Files that went away (or left the workspace) since the last run: clear what we published.
      for (const uri of [...linted]) {
        if (seen.has(uri)) continue;
        linted.delete(uri);
        if (!isOpen(ctx, uri)) await ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
  } finally {
    progress.done();
  }
  return result;
}

/** The client's workspace folders (asked each time), else those of `initialize`. */
export async function workspaceFolders(ctx: ServerContext): Promise<string[]> {
  try {
    const folders = await ctx.connection.workspace.getWorkspaceFolders();
    if (folders) return folders.map((f) => f.uri);
  } catch {
    // the client does not support workspace folders; use what initialize said
  }
  return initialFolders;
}

function openDocument(ctx: ServerContext, path: string) {
  return ctx.documents.all().find((d) => fsPathOf(d.uri) === path);
}

function isOpen(ctx: ServerContext, uri: string): boolean {
  const path = fsPathOf(uri);
  return !!path && !!openDocument(ctx, path);
}
