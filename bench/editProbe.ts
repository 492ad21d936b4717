/**
 * A quick look at edits → diagnostics on the tactic server alone (no yaml-language-server), for
 * trying a change to the edit path: `node --import tsx bench/editProbe.ts [reps] [--profile]`. The same
 * bursts as `npm run bench` (bench/serverBench.ts), on the 5,000- and 20,000-line tactics.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDocuments } from './docs';
import { ROOT, tacticServer } from './servers';
import { benchServer } from './serverBench';
import { median } from './stats';

async function main(): Promise<void> {
  const reps = Number(process.argv[2] ?? 3);
  const profile = process.argv.includes('--profile') ? join(ROOT, 'bench-results', 'profiles') : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'tactic-edit-probe-'));
  try {
    for (const doc of benchDocuments().filter((d) => d.lines >= 1000)) {
      const s = await benchServer(tacticServer(join(ROOT, 'dist', 'server.js'), profile), doc, { reps, bursts: 2, completions: 1, hovers: 1, pending: 1, dir });
      const list = (xs: number[]) => `${median(xs)!.toFixed(1)} ms [${xs.map((t) => t.toFixed(0)).join(', ')}]`;
      console.log(`${doc.name}: open ${list(s.openMs)}; edits → diagnostics ${list(s.editMs)}; 1 s after open ${list(s.idleEditMs)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
void main();
