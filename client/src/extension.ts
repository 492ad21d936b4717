/** Extension entry: activation wires the context, commands and the language client. */
import type * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { registerPreview } from './preview/register';

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ ctx: Ctx }> {
  ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  registerCommands(ctx);
  registerPreview(ctx);
  await ctx.start();
  return { ctx };
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
