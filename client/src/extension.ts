/** Extension entry: activation wires the context, commands and the language client. */
import type * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { PreviewManager, registerPreview } from './preview/register';

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ ctx: Ctx; preview: PreviewManager }> {
  ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  registerCommands(ctx);
  const preview = registerPreview(ctx);
  await ctx.start();
  return { ctx, preview };
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
