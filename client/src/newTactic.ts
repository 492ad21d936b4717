/**
 * `Sales Tactics: New Tactic`: an untitled tactic from the full template, with the places to fill
 * in as snippet tab stops (Tab moves between them; an id typed once fills every use).
 */
import * as vscode from 'vscode';
import { wholeTacticSnippet } from '../../server/src/service/light';
import { type CommandFactory, LANGUAGE_ID } from './ctx';

export const newTactic: CommandFactory = () => async () => {
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  const today = new Date().toISOString().slice(0, 10);
  await editor.insertSnippet(new vscode.SnippetString(wholeTacticSnippet(today)), new vscode.Position(0, 0));
};
