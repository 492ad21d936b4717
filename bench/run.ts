/**
 * `npm run bench`: every figure of issues 7 and 14 (speed) in one run, printed as tables and
 * written to bench-results/latest.json (plus a dated copy). Medians of several repetitions.
 *
 *   npm run bench                      full run (about 4 minutes on 2 cores)
 *   npm run bench -- --quick           fewer repetitions, for trying changes
 *   npm run bench -- --only=servers    sections: servers, readiness, parse, lint, export, preview, extension (comma-separated)
 *   npm run bench -- --no-package      skip `npm run package` (no .vsix size; the npm run build bundles)
 *   npm run bench -- --profile         CPU profiles of the tactic server in bench-results/profiles/
 *                                      (open them in Chrome DevTools or VS Code); skews its figures
 *
 * Run it alone on the machine (`flock /tmp/heavy.lock npm run bench`): it measures time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArtifacts } from './artifacts';
import { checkBudgets } from './budgets';
import { benchDocuments } from './docs';
import { benchActivation } from './extensionBench';
import { benchHostActivation } from './hostActivationBench';
import { measureFloor } from './floor';
import { benchExport } from './exportBench';
import { benchLint, writeWorkspace } from './lintBench';
import { benchParse } from './parseBench';
import { benchPreview } from './previewBench';
import { benchReadiness } from './readinessBench';
import { printReport } from './report';
import { BenchResults, figures, ServerRow } from './results';
import { benchServer, ServerBenchOptions } from './serverBench';
import { ROOT, tacticServer, yamlServer, yamlServerScript } from './servers';

const SECTIONS = ['servers', 'readiness', 'parse', 'lint', 'export', 'preview', 'extension'] as const;
type Section = (typeof SECTIONS)[number];
/** Sections that run in-process from the sources, needing no build. */
const IN_PROCESS: readonly Section[] = ['readiness', 'parse'];

function parseArgs(argv: string[]) {
  const quick = argv.includes('--quick');
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const unknown = only?.filter((s) => !SECTIONS.includes(s as Section));
  if (unknown?.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  const sections = new Set<Section>((only as Section[] | undefined) ?? SECTIONS);
  const profile = argv.includes('--profile');
  // Profiles read better from unminified bundles (buildArtifacts(…, readable)).
  const pack = !argv.includes('--no-package') && !profile && sections.has('extension');
  return { quick, sections, pack, profile };
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

/** Repetitions per document size: the small document is cheap, the large ones are not. */
function serverOptions(lines: number, quick: boolean, dir: string): ServerBenchOptions & { floorReps: number } {
  if (quick) return { reps: 1, bursts: 2, completions: 3, hovers: 3, pending: 2, dir, floorReps: 5 };
  if (lines < 1000) return { reps: 5, bursts: 3, completions: 10, hovers: 10, pending: 5, dir, floorReps: 30 };
  return { reps: 3, bursts: 2, completions: 5, hovers: 5, pending: 3, dir, floorReps: 7 };
}

async function main(): Promise<void> {
  const { quick, sections, pack, profile } = parseArgs(process.argv.slice(2));
  const profileDir = profile ? join(ROOT, 'bench-results', 'profiles') : undefined;
  const started = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'tactic-bench-'));
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', platform: `${process.platform} ${process.arch}` },
    quick,
    servers: [],
  };
  try {
    const build = [...sections].some((s) => !IN_PROCESS.includes(s));
    if (build) log(pack ? 'npm run package (minified bundles + .vsix)…' : 'building…');
    const artifacts = build ? buildArtifacts(join(tmp, 'artifacts'), pack, profile) : { notes: ['nothing built: in-process sections only'] };
    const notes = [...artifacts.notes];
    if (profileDir) notes.push(`CPU profiles of the tactic server in ${profileDir} (profiling slows it: its figures are not comparable)`);

    if (sections.has('servers')) {
      const yamlScript = yamlServerScript();
      if (!yamlScript) notes.push('yaml-language-server is not installed (npm install): its columns are n/a');
      const docsDir = join(tmp, 'docs');
      mkdirSync(docsDir);
      for (const doc of benchDocuments()) {
        const o = serverOptions(doc.lines, quick, docsDir);
        const row: ServerRow = { doc: doc.name, lines: doc.lines, bytes: Buffer.byteLength(doc.text), notes: [] };
        results.servers.push(row);
        log(`${doc.name} (${doc.lines} lines): floor…`);
        row.floor = measureFloor(doc.text, o.floorReps);
        if (artifacts.serverJs) {
          log(`${doc.name}: tactic language server…`);
          try {
            row.tactic = figures(await benchServer(tacticServer(artifacts.serverJs, profileDir && join(profileDir, doc.name.replace(/\W+/g, '-'))), doc, o));
          } catch (e) {
            row.notes.push(`tactic: ${(e as Error).message}`);
          }
        } else {
          row.notes.push('dist/server.js not built');
        }
        if (yamlScript) {
          log(`${doc.name}: yaml-language-server…`);
          try {
            row.yaml = figures(await benchServer(yamlServer(yamlScript), doc, o));
          } catch (e) {
            row.notes.push(`yaml-language-server: ${(e as Error).message}`);
          }
        }
      }
    }

    if (sections.has('readiness')) {
      log('readiness of the realistic tactic, in-process…');
      results.readiness = benchReadiness(quick ? 30 : 300);
    }

    if (sections.has('parse')) {
      log('parse of the realistic and 20,000-line tactics, in-process: yaml, the fast reader, service.parse…');
      results.parse = benchParse(quick);
    }

    if (sections.has('lint')) {
      log('lint and report on a workspace of 1,000 tactics…');
      const ws = join(tmp, 'workspace');
      writeWorkspace(ws);
      // Seven rounds: each command's wall clock moves by ±10 % with the shared machine's load.
      results.lint = benchLint(artifacts.cliJs, ws, quick ? 1 : 7);
    }

    if (sections.has('export')) {
      log('tactic export of the realistic tactic, and its page in headless Chromium…');
      results.export = await benchExport(artifacts.cliJs, quick ? 2 : 7);
    }

    if (sections.has('preview')) {
      log('preview in headless Chromium…');
      results.preview = await benchPreview(artifacts.previewJs, (size) => (quick ? 1 : size >= 200 ? 2 : size >= 50 ? 4 : 6));
    }

    if (sections.has('extension')) {
      log('client bundle load + activate…');
      results.extension = { ...benchActivation(artifacts.extensionJs, quick ? 3 : 9), vsixBytes: artifacts.vsixBytes };
      log('activation in a real VS Code (code-server + headless Chromium)…');
      const host = await benchHostActivation(artifacts.vsix, quick ? 1 : 5);
      Object.assign(results.extension, { hostActivationMs: host.activationMs, hostActivationSamples: host.samples, hostNote: host.note });
    }

    results.budgets = checkBudgets(results);
    results.durationSec = (performance.now() - started) / 1000;
    printReport(results, notes);
    const outDir = join(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    const json = JSON.stringify({ ...results, notes }, null, 2) + '\n';
    writeFileSync(join(outDir, 'latest.json'), json);
    writeFileSync(join(outDir, `${results.date.replace(/[:.]/g, '-')}.json`), json);
    log(`wrote bench-results/latest.json (${results.durationSec.toFixed(0)} s)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
