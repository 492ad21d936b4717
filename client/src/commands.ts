/** Command factories: each takes the context and returns the function VS Code calls. */
import * as vscode from 'vscode';
import type { CommandFactory, Ctx } from './ctx';
import { lintWorkspace } from './lintWorkspace';
import { newTactic } from './newTactic';

export const restartServer: CommandFactory = (ctx) => async () => {
  await ctx.restart();
  void vscode.window.setStatusBarMessage('Sales Tactics: language server restarted', 3000);
};

export const showOutput: CommandFactory = (ctx) => () => ctx.output.show(true);

/** Command id → factory; contributes.commands in package.json lists the same ids. */
export const COMMANDS: Record<string, CommandFactory> = {
  'tactic.restartServer': restartServer,
  'tactic.showOutput': showOutput,
  'tactic.lintWorkspace': lintWorkspace,
  'tactic.newTactic': newTactic,
};

export function registerCommands(ctx: Ctx): void {
  for (const [id, factory] of Object.entries(COMMANDS)) {
    ctx.push(vscode.commands.registerCommand(id, factory(ctx)));
  }
}
