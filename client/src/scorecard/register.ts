/** Sales Tactics: Show Readiness Scorecard, and the scorecard manager of the session. */
import * as vscode from 'vscode';
import type { CommandFactory, Ctx } from '../ctx';
import { commandTarget } from '../readiness/markReviewed';
import { ScorecardManager } from './panel';

const managers = new WeakMap<Ctx, ScorecardManager>();

/** The session's scorecard manager, created at activation (its serializer restores panels after a reload). */
export function scorecardManager(ctx: Ctx): ScorecardManager {
  let manager = managers.get(ctx);
  if (!manager) {
    manager = new ScorecardManager(ctx);
    managers.set(ctx, manager);
    ctx.push(manager);
  }
  return manager;
}

export const showScorecard: CommandFactory = (ctx) => (arg?: unknown) => {
  const uri = commandTarget(arg);
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sales Tactics: open a tactic file (*.tactic.yaml) to see its readiness.'));
    return undefined;
  }
  return scorecardManager(ctx).show(uri, vscode.ViewColumn.Beside, true);
};
