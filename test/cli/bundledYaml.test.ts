/**
 * dist/ bundles yaml's ES build (scripts/yamlModule.mjs) while the tests of the service run on its
 * CommonJS build: both must give the same findings, also for the tags where the two builds differ.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createTacticService } from '../../server/src/service';
import { runCli, tempDir } from '../helpers/cli';

const TEXTS: Record<string, string> = {
  'binary-bad': 'tactic: T\naccount: !!binary "not base64!!"\n',
  'binary-good': 'tactic: T\naccount: !!binary aGVsbG8=\n',
  timestamp: 'tactic: T\nreviewed: !!timestamp 2026-01-05\n',
  set: 'tactic: T\ndecision_makers: !!set { a: null }\n',
  'core-tags': 'tactic: !!str T\ndecision_makers: !!seq\n  - id: !!str a\n    title: A\n',
  'custom-tag': 'tactic: !mine T\n',
  'collection-key': '? [a, b]\n: c\ntactic: T\n',
};

describe('yaml in the bundles and in the sources', () => {
  it('the bundled command line finds what the service from its sources finds', () => {
    const service = createTacticService({ incremental: false });
    const { dir, dispose } = tempDir();
    try {
      for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, `${name}.tactic.yaml`), text);
      const out = JSON.parse(runCli(['lint', '--format', 'json', '.'], dir).stdout) as { files: Array<{ path: string; diagnostics: Array<{ rule: string; range: unknown; message: string }> }> };
      assert.equal(out.files.length, Object.keys(TEXTS).length);
      for (const f of out.files) {
        const name = f.path.replace(/\.tactic\.yaml$/, '');
        const expected = service.validate(TEXTS[name]).map((d) => [d.code, d.range, d.message]);
        assert.deepEqual(f.diagnostics.map((d) => [d.rule, d.range, d.message]), expected, name);
      }
      const binary = out.files.find((f) => f.path.startsWith('binary-bad'))!;
      assert.ok(binary.diagnostics.some((d) => d.rule === 'yaml-syntax'), 'the unknown-tag warning');
    } finally {
      dispose();
    }
  });
});
