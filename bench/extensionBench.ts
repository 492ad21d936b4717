/**
 * The packaged extension: the .vsix size, and the client bundle's cost in the extension host —
 * require() plus activate() in a fresh Node process each time, with `vscode` and the server
 * process stubbed (bench/activateProbe.cjs says exactly what is stubbed).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionResult } from './results';
import { ROOT } from './servers';
import { median } from './stats';

export function benchActivation(extensionJs: string | undefined, reps: number): ExtensionResult {
  const result: ExtensionResult = {};
  const events: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).activationEvents ?? [];
  result.activationEvents = events;
  if (!extensionJs) return { ...result, note: 'dist/extension.js not built' };
  const load: number[] = [];
  const activate: number[] = [];
  const ready: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < reps; i++) {
    const r = spawnSync(process.execPath, [join(__dirname, 'activateProbe.cjs'), extensionJs], { encoding: 'utf8', timeout: 30_000 });
    let out: { loadMs: number; activateMs: number; readyMs?: number; serverStarted: boolean } | undefined;
    try {
      out = JSON.parse(r.stdout);
    } catch {
      return { ...result, note: `activation probe failed: ${(r.stderr || String(r.error)).split('\n').slice(0, 3).join(' ')}` };
    }
    load.push(out!.loadMs);
    activate.push(out!.activateMs);
    if (out!.readyMs !== undefined) ready.push(out!.readyMs);
    total.push(out!.loadMs + out!.activateMs);
    result.serverStarted = out!.serverStarted;
  }
  return { ...result, loadMs: median(load), activateMs: median(activate), readyMs: median(ready), loadAndActivateMs: median(total) };
}
