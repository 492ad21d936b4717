/**
 * `npm run test:e2e`: installs code-server on first use, packages the .vsix, compiles the
 * extension-host suite, then runs both code-server suites and prints one summary line each.
 * Usage: node --import tsx test/e2e/run.ts [exthost|ui]…   (default: both)
 */
import { buildSuite } from './buildSuite';
import { ensureCodeServer } from './codeServer';
import { runExthostSuite } from './exthostSuite';
import { SuiteOutcome, summaryLine } from './report';
import { runUiSuite } from './uiSuite';
import { packageExtension } from './vsix';

const SUITES: Record<string, () => Promise<SuiteOutcome>> = { exthost: runExthostSuite, ui: runUiSuite };

async function main(): Promise<number> {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SUITES);
  const unknown = names.filter((n) => !SUITES[n]);
  if (unknown.length) throw new Error(`unknown suite(s) ${unknown.join(', ')}; known: ${Object.keys(SUITES).join(', ')}`);
  const t0 = Date.now();
  const lap = (what: string) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)} s] ${what}`);
  ensureCodeServer();
  packageExtension();
  const tests = await buildSuite();
  lap(`packaged the .vsix; compiled ${tests.length} extension-host test file(s)`);
  const outcomes: SuiteOutcome[] = [];
  for (const name of names) {
    lap(`running the ${name} suite`);
    const outcome = await SUITES[name]!().catch((e: unknown): SuiteOutcome => {
      console.error(e instanceof Error ? e.stack : e);
      return { name, passed: 0, failed: 1, error: 'could not run' };
    });
    outcomes.push(outcome);
    console.log(summaryLine(outcome));
  }
  lap('done');
  for (const o of outcomes) console.log(summaryLine(o));
  return outcomes.every((o) => o.failed === 0 && o.passed > 0 && !o.error) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  },
);
