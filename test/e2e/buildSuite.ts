/**
 * Compiles the extension-host suite (test/suite, TypeScript) into CommonJS bundles under
 * out/test/suite that any VS Code extension host can load. Every `*.test.ts` is found here and in
 * subfolders, so adding a test file needs nothing else.
 */
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SUITE_OUT, SUITE_SRC } from './paths';

export function suiteTestFiles(dir = SUITE_SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return suiteTestFiles(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}

export async function buildSuite(): Promise<string[]> {
  const tests = suiteTestFiles();
  if (tests.length === 0) throw new Error(`no *.test.ts under ${SUITE_SRC}`);
  rmSync(SUITE_OUT, { recursive: true, force: true }); // a deleted test must not keep running
  await build({
    entryPoints: [join(SUITE_SRC, 'index.ts'), ...tests],
    outdir: SUITE_OUT,
    outbase: SUITE_SRC,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['vscode'], // provided by the extension host
    // mocha's parallel mode resolves worker files at run time; the suite runs serially
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return tests.map((t) => relative(SUITE_SRC, t));
}
