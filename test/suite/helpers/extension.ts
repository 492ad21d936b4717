/** The extension under test, its API (activate's return value) and its language-server process. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { Ctx } from '../../../client/src/ctx';

export const EXTENSION_ID = 'sales-tactics.sales-tactics';

export function tacticExtension(): vscode.Extension<{ ctx: Ctx }> {
  const ext = vscode.extensions.getExtension<{ ctx: Ctx }>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  return ext;
}

/** The API of the already activated extension (tests never force activation themselves). */
export function activeApi(): { ctx: Ctx } {
  const ext = tacticExtension();
  assert.ok(ext.isActive, 'the extension is not active yet: open a tactic first');
  return ext.exports;
}

export const serverModule = (): string => join(tacticExtension().extensionPath, 'dist', 'server.js');

/**
 * Pids of language servers this extension host started from `serverModule`. Read from the OS
 * (`ps`, Linux and macOS) rather than the client's private fields.
 */
export function serverPids(): number[] {
  const module = serverModule();
  return execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => !!m && Number(m[2]) === process.pid && m[3]!.includes(module))
    .map((m) => Number(m[1]));
}
