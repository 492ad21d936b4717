/**
 * The extension-host suite's entry (`extensionTestsPath`), loaded unchanged by @vscode/test-electron
 * in desktop VS Code and by the code-server runner. Runs every compiled `*.test.js` next to it.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
// bundled into this file: mocha 12 is partly ESM, which the Node of older VS Code builds cannot require()
import Mocha from 'mocha';
import { RESULT_FILE_ENV, SUITE_RESULT_PREFIX, SUITE_START_LINE } from './result';

/** Runs first: it must see the extension not yet activated by any other test. */
const FIRST = 'activation.test.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.js') ? [join(dir, e.name)] : []))
    .sort((a, b) => Number(basename(b) === FIRST) - Number(basename(a) === FIRST) || a.localeCompare(b));
}

export function run(): Promise<void> {
  // generous: the first language-server start in a cold extension host on a busy CI machine is slow
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 90_000 });
  for (const f of testFiles(__dirname)) mocha.addFile(f);
  console.log(SUITE_START_LINE);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures };
      const result = JSON.stringify({ passed: stats.passes, failed: stats.failures });
      console.log(SUITE_RESULT_PREFIX + result);
      const file = process.env[RESULT_FILE_ENV];
      if (file) writeFileSync(file, result);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else if (stats.passes === 0) reject(new Error('no extension-host tests ran'));
      else resolve();
    });
  });
}
