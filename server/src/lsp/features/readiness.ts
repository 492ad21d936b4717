/**
 * Readiness in the editor: `tactic/readiness` (the scorecard), the CodeLens on the `tactic:` key
 * (score and weakest point; clicking it opens the scorecard) and `tactic/markReviewed` (the edits
 * of Mark as Reviewed). Like the diagnostics, each answer comes from the cached parse of the open
 * document under its lint configuration (`.tactic-lint.yaml` and the settings).
 */
import * as l10n from '@vscode/l10n';
import { CodeLens, CodeLensRefreshRequest } from 'vscode-languageserver/node';
import { MARK_REVIEWED_METHOD, MarkReviewedParams, MarkReviewedResult, READINESS_METHOD, ReadinessParams, ReadinessResult } from '../../protocol';
import { readinessLensTitle, reviewOf, tacticKeyRange, weakestPoint } from '../../service';
import type { ServerContext, ServerFeature } from '../context';
import { runDetached, runSafe } from '../runSafe';

/** The client command a readiness CodeLens runs (client/src/commandIds.ts). */
export const SHOW_SCORECARD_COMMAND = 'tactic.showScorecard';

let lensRefreshSupported = false;

export const readinessFeature: ServerFeature = {
  capabilities(params) {
    lensRefreshSupported = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    return { codeLensProvider: { resolveProvider: false } };
  },
  register(ctx) {
    const { connection, log } = ctx;
    connection.onRequest(READINESS_METHOD, (params: ReadinessParams | undefined, token) => runSafe(log, 'readiness', token, () => readinessOf(ctx, params?.uri)));

    connection.onCodeLens((params, token) => runSafe(log, 'codeLens', token, async (): Promise<CodeLens[] | null> => {
      const uri = params.textDocument.uri;
      const lint = await ctx.config.lintConfigFor(uri); // before the parse: see codeActions.ts
      const open = ctx.parsed(uri);
      if (!open) return null;
      const readiness = ctx.service.readiness(open.parsed, lint);
      return [{
        range: tacticKeyRange(open.parsed),
        command: { title: readinessLensTitle(readiness), command: SHOW_SCORECARD_COMMAND, arguments: [uri] },
      }];
    }));

    connection.onRequest(MARK_REVIEWED_METHOD, (params: MarkReviewedParams | undefined, token) => runSafe(log, 'markReviewed', token, (): MarkReviewedResult | null => {
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      const open = uri ? ctx.parsed(uri) : undefined;
      if (!open) return null;
      const date = typeof params?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(params.date) ? params.date : undefined;
      const edits = ctx.service.markReviewed(open.parsed, date);
      const result: MarkReviewedResult = { uri: open.document.uri, version: open.document.version, edits };
      if (!edits.length) {
        const { doc } = open.parsed;
        const current = reviewOf(doc, new Date())?.date;
        result.message = !doc.root
          ? l10n.t('The text is not a tactic (a YAML mapping of keys), so there is no place for `reviewed`.')
          : current !== undefined && (date === undefined || current === date)
            ? l10n.t('The tactic is already marked as reviewed on {0}.', current)
            : l10n.t('The text has a YAML syntax error; fix it first, then mark the tactic as reviewed.');
      }
      return result;
    }));

    // A changed `.tactic-lint.yaml` may change `staleReviewDays`, and with it every lens.
    ctx.config.onDidChangeFiles(() => runDetached(log, 'codeLens refresh', () => {
      if (lensRefreshSupported) return connection.sendRequest(CodeLensRefreshRequest.type);
    }));
  },
};

async function readinessOf(ctx: ServerContext, uri: unknown): Promise<ReadinessResult | null> {
  if (typeof uri !== 'string') return null;
  const lint = await ctx.config.lintConfigFor(uri); // before the parse: see codeActions.ts
  const open = ctx.parsed(uri);
  if (!open) return null;
  const readiness = ctx.service.readiness(open.parsed, lint);
  const review = reviewOf(open.parsed.doc, new Date());
  return {
    uri: open.document.uri,
    version: open.document.version,
    readiness,
    weakestPoint: weakestPoint(readiness) ?? null,
    reviewed: review?.date ?? null,
    reviewAgeDays: review?.ageDays ?? null,
    staleReviewDays: lint.staleReviewDays,
  };
}
