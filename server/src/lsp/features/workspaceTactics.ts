/**
 * `tactic/workspaceTactics` (the Tactics view): every tactic file of the workspace folders, open or
 * not, with its header, readiness score, weakest point, problem counts and review age. Open
 * documents are read from the editor (unsaved text, live diagnostics); closed ones from disk,
 * walked and read like Lint Workspace. Files are handled in batches of a few milliseconds with a
 * yield between them, so other requests (typing, completion) are answered meanwhile; cancellation
 * and work-done progress are honoured. An unreadable file is listed, never fatal.
 */
import * as l10n from '@vscode/l10n';
import { pathToFileURL } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver/node';
import { walkFiles } from '../../node/findTactics';
import { readTacticFile } from '../../node/readTactic';
import { WORKSPACE_TACTICS_METHOD, WorkspaceTactic, WorkspaceTacticsParams, WorkspaceTacticsResult } from '../../protocol';
import type { Diagnostic, LintConfig, ParsedTactic } from '../../service';
import { fsPathOf } from '../config';
import type { ServerContext, ServerFeature } from '../context';
import { runSafe } from '../runSafe';
import { workspaceFolders } from './lintWorkspace';

/** How long one batch may run before the server yields to other messages. */
const BATCH_MS = 15;

export const workspaceTacticsFeature: ServerFeature = {
  register(ctx) {
    ctx.connection.onRequest(WORKSPACE_TACTICS_METHOD, (params: WorkspaceTacticsParams | undefined, token: CancellationToken) =>
      runSafe(ctx.log, 'workspace tactics', token, () => workspaceTactics(ctx, readParams(params), token)));
  },
};

function readParams(params: unknown): WorkspaceTacticsParams {
  const p = (params && typeof params === 'object' ? params : {}) as Record<string, unknown>;
  const folders = Array.isArray(p.folders) ? p.folders.filter((f): f is string => typeof f === 'string') : undefined;
  const token = typeof p.workDoneToken === 'string' || typeof p.workDoneToken === 'number' ? p.workDoneToken : undefined;
  return { ...(folders ? { folders } : {}), ...(token !== undefined ? { workDoneToken: token } : {}) };
}

async function workspaceTactics(ctx: ServerContext, params: WorkspaceTacticsParams, token: CancellationToken): Promise<WorkspaceTacticsResult> {
  const progress = ctx.connection.window.attachWorkDoneProgress(params.workDoneToken);
  const result: WorkspaceTacticsResult = { tactics: [], unreadable: [], cancelled: false };
  const cancelled = () => token.isCancellationRequested;
  progress.begin(l10n.t('Reading tactics'), 0, l10n.t('finding files…'), true);
  try {
    const folders = params.folders ?? (await workspaceFolders(ctx));
    const paths = [...new Set(folders.map(fsPathOf).filter((p): p is string => !!p).flatMap((dir) => walkFiles(dir, { cancelled })))];
    const openByPath = new Map(ctx.documents.all().map((d) => [fsPathOf(d.uri), d] as const));
    let sliceStart = performance.now();
    for (let i = 0; i < paths.length; i++) {
      if (performance.now() - sliceStart > BATCH_MS) {
        progress.report(Math.round((i / paths.length) * 100), `${i}/${paths.length}`);
        await new Promise((resolve) => setImmediate(resolve)); // let edits and other requests in
        sliceStart = performance.now();
      }
      if (cancelled()) {
        result.cancelled = true;
        break;
      }
      const path = paths[i];
      const uri = pathToFileURL(path).href;
      const document = openByPath.get(path);
      if (document && ctx.documents.get(document.uri)) {
        const lint = await ctx.config.lintConfigFor(document.uri); // before the parse, as in diagnostics.ts
        const current = ctx.documents.get(document.uri);
        if (current) {
          const parsed = ctx.cache.get(current);
          const diagnostics = ctx.diagnostics.current(current) ?? ctx.service.validate(parsed, lint);
          result.tactics.push(summary(ctx, current.uri, path, parsed, lint, diagnostics, true));
          continue;
        }
      }
      const read = readTacticFile(path);
      if (!read.ok) {
        result.unreadable.push({ uri, message: read.message });
        continue;
      }
      const lint = await ctx.config.lintConfigFor(uri);
      const parsed = ctx.service.parse(read.text);
      result.tactics.push(summary(ctx, uri, path, parsed, lint, ctx.service.validate(parsed, lint), false));
    }
  } finally {
    progress.done();
  }
  return result;
}

function summary(ctx: ServerContext, uri: string, path: string, parsed: ParsedTactic, lint: LintConfig, diagnostics: Diagnostic[], open: boolean): WorkspaceTactic {
  const s = ctx.service.summarize(parsed, diagnostics, lint);
  return {
    uri,
    path,
    tactic: shortened(s.tactic),
    account: shortened(s.account),
    owner: shortened(s.owner),
    score: s.readiness.score,
    ...(s.readiness.noScoreReason ? { reason: s.readiness.noScoreReason } : {}),
    weakestPoint: s.weakestPoint,
    problems: { error: s.problems.errors, warning: s.problems.warnings, information: s.problems.information, hint: s.problems.hints },
    reviewed: s.reviewed,
    reviewAgeDays: s.reviewAgeDays,
    stale: s.stale,
    open,
  };
}

/** Header text cut to a length a list can show. */
function shortened(text: string | null): string | null {
  return text !== null && text.length > 500 ? `${text.slice(0, 499)}\u2026` : text;
}
