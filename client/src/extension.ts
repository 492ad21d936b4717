/** Extension entry: activation wires the context, commands and the language client. */
import * as vscode from 'vscode';
import { languageOf, useLanguage } from '../../server/src/service/light';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { PreviewManager, registerPreview } from './preview/register';
import type { ScorecardManager } from './scorecard/panel';
import { scorecardManager } from './scorecard/register';
import { registerTacticsView, type TacticsView } from './tacticsView';

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): { ctx: Ctx; preview: PreviewManager; scorecard: ScorecardManager; tactics: TacticsView } {
  // VS Code's display language, with the bundle it loaded from l10n/: the service text the client
  // bundles (the New Tactic template), the plural forms and the webview pages speak it too.
  useLanguage(languageOf(vscode.env.language), vscode.l10n.bundle);
  ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  const preview = registerPreview(ctx);
  const scorecard = scorecardManager(ctx);
  const tactics = registerTacticsView(ctx);
  registerCommands(ctx, preview);
  // Activation does not wait for the server process: commands, the preview and the editor are
  // usable at once, and the client queues requests until the server has answered `initialize`.
  // A failed start is reported by the client's initializationFailedHandler (serverHealth.ts).
  ctx.start().catch((e: unknown) => ctx?.output.error(vscode.l10n.t('The language server did not start: {0}', e instanceof Error ? e.message : String(e))));
  return { ctx, preview, scorecard, tactics };
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
