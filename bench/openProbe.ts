/**
 * A quick look at didOpen → diagnostics on the tactic server alone (no yaml-language-server), for
 * trying a change to the open path: `node --import tsx bench/openProbe.ts [reps] [--profile]`.
 */
import { join } from 'node:path';
import { benchDocuments } from './docs';
import { LspSession } from './lspSession';
import { ROOT, tacticServer } from './servers';
import { median } from './stats';

async function main(): Promise<void> {
  const reps = Number(process.argv[2] ?? 9);
  const profile = process.argv.includes('--profile') ? join(ROOT, 'bench-results', 'profiles') : undefined;
  for (const doc of benchDocuments().filter((d) => d.lines < 10_000 || process.argv.includes('--big'))) {
    const times: number[] = [];
    const starts: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < reps; i++) {
      const { session, startMs } = await LspSession.start(tacticServer(join(ROOT, 'dist', 'server.js'), profile));
      starts.push(startMs);
      try {
        const check = await session.open('file:///w/check.tactic.yaml', 'tactic: T\n');
        await session.diagnostics('file:///w/check.tactic.yaml', check);
        const uri = 'file:///w/doc.tactic.yaml';
        const sent = await session.open(uri, doc.text);
        const p = await session.diagnostics(uri, sent);
        times.push(p.at - sent);
        rss.push(session.peakRssMb() ?? NaN);
      } finally {
        await session.stop();
      }
    }
    console.log(`${doc.name} (${doc.lines} lines): open → diagnostics median ${median(times)!.toFixed(1)} ms [${times.map((t) => t.toFixed(1)).join(', ')}]; spawn → initialize ${median(starts)!.toFixed(0)} ms; peak RSS ${median(rss)!.toFixed(1)} MB`);
  }
}
void main();
