/** Runs the UI suite (test/e2e/ui/*.test.ts, mocha in this process) and counts its results. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type MochaType from 'mocha';
import type { SuiteOutcome } from './report';

// mocha 12's package entry is ESM; its CommonJS build is what `addFile` + `run` need here.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file by path, on purpose
const Mocha: typeof MochaType = require('mocha/lib/mocha.cjs');

const UI_DIR = join(__dirname, 'ui');

export function runUiSuite(): Promise<SuiteOutcome> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 120_000 });
  for (const f of readdirSync(UI_DIR).filter((n) => n.endsWith('.test.ts')).sort()) mocha.addFile(join(UI_DIR, f));
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => {
      resolve({ name: 'ui', passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? failures });
    });
  });
}
