/**
 * Two builds of the language server side by side, in one run, for "before" figures measured at
 * the same moment of the shared machine: `node --import tsx bench/compareProbe.ts OLD/server.js
 * [NEW/server.js]` (NEW defaults to dist/server.js). Build the old one from a checkout of the
 * earlier commit (`git worktree add /tmp/old <commit> && cd /tmp/old && node scripts/build.mjs`).
 * The same sessions as `npm run bench` (bench/serverBench.ts), alternating the two servers; prints
 * each document's medians of open → diagnostics, edits → diagnostics and peak RSS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchDocuments } from './docs';
import { ROOT, tacticServer } from './servers';
import { benchServer, type ServerSamples } from './serverBench';
import { median } from './stats';

async function main(): Promise<void> {
  const [oldJs, newJs = join(ROOT, 'dist', 'server.js')] = process.argv.slice(2).map((p) => resolve(p));
  if (!oldJs) throw new Error('usage: node --import tsx bench/compareProbe.ts OLD/server.js [NEW/server.js]');
  const dir = mkdtempSync(join(tmpdir(), 'tactic-compare-'));
  try {
    for (const doc of benchDocuments()) {
      const samples = { old: [] as ServerSamples[], new: [] as ServerSamples[] };
      for (let round = 0; round < 2; round++) {
        for (const [name, js] of [['old', oldJs], ['new', newJs]] as const) {
          samples[name].push(await benchServer(tacticServer(js), doc, { reps: doc.lines < 1000 ? 3 : 1, bursts: 2, completions: 5, hovers: 5, pending: 3, dir }));
        }
      }
      for (const name of ['old', 'new'] as const) {
        const all = (pick: (s: ServerSamples) => number[]) => median(samples[name].flatMap(pick))!;
        console.log(`${doc.name} ${name}: open ${all((s) => s.openMs).toFixed(1)} ms, edits ${all((s) => s.editMs).toFixed(1)} ms, peak RSS ${all((s) => s.rssMb).toFixed(1)} MB`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
