/**
 * Every command of the extension: its id (commandIds.ts) mapped to its factory, registered in one
 * loop. A factory takes the context and the preview and returns the function VS Code calls.
 */
import * as vscode from 'vscode';
import type { CommandId } from './commandIds';
import type { CommandFactory, Ctx } from './ctx';
import { lintWorkspace } from './lintWorkspace';
import { newTactic } from './newTactic';
import { exportPlaybook, previewPlaybook } from './playbook/register';
import { copyMarkdown, copyMermaid, exportPng, exportSvg, PreviewManager, showAccountMap, showApprovalChains, showPreview, showPreviewToSide, showSalesCycle } from './preview/register';
import { markReviewed } from './readiness/markReviewed';
import { showScorecard } from './scorecard/register';
import { refreshTactics } from './tacticsView';

export const restartServer: CommandFactory = (ctx) => async () => {
  await ctx.restart();
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Sales Tactics: language server restarted'), 3000);
};

export const showOutput: CommandFactory = (ctx) => () => ctx.output.show(true);

/** Command id → factory: exactly the ids of COMMAND_IDS, which package.json contributes. */
export const COMMANDS: Record<CommandId, CommandFactory> = {
  'tactic.restartServer': restartServer,
  'tactic.showOutput': showOutput,
  'tactic.lintWorkspace': lintWorkspace,
  'tactic.newTactic': newTactic,
  'tactic.showPreview': showPreview,
  'tactic.showPreviewToSide': showPreviewToSide,
  'tactic.preview.exportSvg': exportSvg,
  'tactic.preview.exportPng': exportPng,
  'tactic.preview.copyMermaid': copyMermaid,
  'tactic.preview.copyMarkdown': copyMarkdown,
  'tactic.preview.showSalesCycle': showSalesCycle,
  'tactic.preview.showAccountMap': showAccountMap,
  'tactic.preview.showApprovalChains': showApprovalChains,
  'tactic.showScorecard': showScorecard,
  'tactic.markReviewed': markReviewed,
  'tactic.refreshTactics': refreshTactics,
  'tactic.exportPlaybook': exportPlaybook,
  'tactic.previewPlaybook': previewPlaybook,
};

export function registerCommands(ctx: Ctx, preview: PreviewManager): void {
  for (const [id, factory] of Object.entries(COMMANDS)) {
    ctx.push(vscode.commands.registerCommand(id, factory(ctx, preview)));
  }
}
