/**
 * The artifacts the bench measures: `npm run package` (minified bundles + the .vsix, what users
 * install), or `npm run build` without packaging, copied to a temp dir so a rebuild by someone
 * else mid-run cannot change them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { VSIX } from '../test/e2e/paths';
import { ROOT } from './servers';

export interface Artifacts {
  serverJs?: string;
  cliJs?: string;
  extensionJs?: string;
  /** The language client library, beside extensionJs, which loads it once activated. */
  languageClientJs?: string;
  previewJs?: string;
  /** The playbook's renderer, beside cliJs as the command looks for it. */
  playbookJs?: string;
  /** The packaged extension (`npm run package`), when it was built. */
  vsix?: string;
  vsixBytes?: number;
  /** What was built and how, or why something is missing. */
  notes: string[];
}

const BUNDLES = { serverJs: 'dist/server.js', cliJs: 'dist/cli.js', extensionJs: 'dist/extension.js', languageClientJs: 'dist/languageClient.js', previewJs: 'dist/webview/preview.js', playbookJs: 'dist/webview/playbook.js' } as const;

function run(cmd: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

const lastLines = (s: string) => s.trim().split('\n').slice(-3).join(' | ');

/** `readable`: unminified bundles (for CPU profiles); otherwise what `npm run build` makes. */
export function buildArtifacts(into: string, pack: boolean, readable = false): Artifacts {
  const a: Artifacts = { notes: [] };
  let built = false;
  if (pack) {
    const p = run('npm', ['run', 'package']);
    if (p.ok && existsSync(VSIX)) {
      a.vsix = VSIX;
      a.vsixBytes = statSync(VSIX).size;
      a.notes.push('measured the minified bundles of `npm run package` (what the .vsix ships)');
      built = true;
    } else {
      a.notes.push(`npm run package failed, so no .vsix size: ${lastLines(p.output)}`);
    }
  }
  if (!built) {
    const b = run(process.execPath, readable ? ['scripts/build.mjs', '--no-minify'] : ['scripts/build.mjs']);
    const what = readable ? 'the unminified bundles of node scripts/build.mjs --no-minify' : 'the bundles of node scripts/build.mjs (minified as shipped; no .vsix built)';
    a.notes.push(b.ok ? `measured ${what}` : `build failed, measured dist/ as found: ${lastLines(b.output)}`);
  }
  for (const [key, rel] of Object.entries(BUNDLES) as Array<[keyof typeof BUNDLES, string]>) {
    const from = join(ROOT, rel);
    if (!existsSync(from)) continue;
    const to = join(into, rel);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    if (existsSync(`${from}.map`)) copyFileSync(`${from}.map`, `${to}.map`);
    a[key] = to;
  }
  // `npm run package` writes the same bundles as `npm run build`, so dist/ needs no rebuild after it;
  // an unminified build for profiling is put back to the normal one.
  if (readable) {
    const b = run(process.execPath, ['scripts/build.mjs']);
    if (!b.ok) a.notes.push(`could not restore the build in dist/: ${lastLines(b.output)}`);
  }
  return a;
}
