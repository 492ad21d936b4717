import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI_FIXTURES, findingLines, runCli, tempDir } from '../helpers/cli';

/** A tactic without a sales cycle, reviewed `daysAgo` days before today. */
function tacticReviewed(daysAgo: number): string {
  const d = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return `tactic: Dated\nreviewed: ${d}\n`;
}

describe('.tactic-lint.yaml with tactic lint', () => {
  let cfg: ReturnType<typeof tempDir>;
  before(() => {
    cfg = tempDir('config');
    writeFileSync(join(cfg.dir, 'dated.tactic.yaml'), tacticReviewed(200));
    writeFileSync(join(cfg.dir, 'nested', 'dated.tactic.yaml'), tacticReviewed(200));
  });
  after(() => cfg.dispose());

  it('applies the nearest file: rules off, severities changed, staleReviewDays', () => {
    const r = runCli(['lint'], cfg.dir);
    const lines = findingLines(r.stdout);
    // config/.tactic-lint.yaml: missing-block off, missing-sales-cycle error, staleReviewDays 365
    assert.deepEqual(lines.filter((l) => l.startsWith('dated.')), [
      'dated.tactic.yaml:1:1 error [missing-sales-cycle]',
      // format v2: a tactic without decision makers names no economic buyer and no coach
      'dated.tactic.yaml:1:1 warning [no-economic-buyer]',
      'dated.tactic.yaml:1:1 information [no-coach]',
    ]);
    assert.deepEqual(lines.filter((l) => l.startsWith('turned-off.')), []);
    // config/nested/.tactic-lint.yaml (`rules: {}`) is nearer: the defaults apply there
    const nested = lines.filter((l) => l.startsWith('nested/dated.'));
    assert.ok(nested.includes('nested/dated.tactic.yaml:1:1 warning [missing-sales-cycle]'), nested.join('\n'));
    assert.ok(nested.includes('nested/dated.tactic.yaml:2:11 information [stale-review]'), nested.join('\n'));
    assert.equal(nested.filter((l) => l.endsWith('[missing-block]')).length, 9);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
  });

  it('shows in --format json which file applied', () => {
    const report = JSON.parse(runCli(['lint', '--format', 'json', 'turned-off.tactic.yaml', 'nested'], cfg.dir).stdout);
    assert.deepEqual(report.files.map((f: { path: string; config: string }) => [f.path, f.config]), [
      ['turned-off.tactic.yaml', '.tactic-lint.yaml'],
      ['nested/dated.tactic.yaml', 'nested/.tactic-lint.yaml'],
      ['nested/defaults.tactic.yaml', 'nested/.tactic-lint.yaml'],
    ]);
  });

  it('reads .tactic-lint.yml too', () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, '.tactic-lint.yml'), 'rules:\n  missing-block: off\n  missing-sales-cycle: off\n');
      // An economic buyer and a coach, so the v2 rules (which the file leaves on) find nothing either.
      writeFileSync(join(t.dir, 'a.tactic.yaml'), 'tactic: A\ndecision_makers:\n  - id: cfo\n    title: CFO\n    role: economic_buyer\n  - id: ops\n    title: Ops\n    role: coach\n');
      const r = runCli(['lint'], t.dir);
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.stdout, 'No problems in 1 file.\n');
    } finally {
      t.dispose();
    }
  });

  it('an invalid file: each problem with its position on stderr, exit 2, valid parts still applied, every file linted', () => {
    const r = runCli(['lint', join(CLI_FIXTURES, 'badconfig'), join(CLI_FIXTURES, 'mixed', 'sub')]);
    assert.equal(r.code, 2);
    const stderr = r.stderr.trimEnd().split('\n');
    assert.deepEqual(stderr, [
      'tactic: invalid configuration test/fixtures/cli/badconfig/.tactic-lint.yaml:3:3: `missing-blocks` is not a lint rule. Did you mean `missing-block`? [schema]',
      'tactic: invalid configuration test/fixtures/cli/badconfig/.tactic-lint.yaml:4:16: The severity of `empty-block` must be one of `error`, `warning`, `information`, `hint` or `off`. [schema]',
      'tactic: invalid configuration test/fixtures/cli/badconfig/.tactic-lint.yaml:5:18: `staleReviewDays` must be a number of days, e.g. 90. [schema]',
    ]);
    const lines = findingLines(r.stdout);
    assert.deepEqual(lines.filter((l) => l.includes('badconfig/')), [], '`missing-block: off` still applies');
    assert.equal(lines.filter((l) => l.includes('mixed/sub/')).length, 2, 'the other folder is linted');
  });
});

describe('inline suppressions with tactic lint', () => {
  it('suppress what they name and report unknown rule names', () => {
    const r = runCli(['lint', 'suppressed.tactic.yaml'], join(CLI_FIXTURES, 'suppress'));
    assert.deepEqual(findingLines(r.stdout), [
      // format v2: none of the stub's decision makers has a role
      'suppressed.tactic.yaml:3:1 warning [no-economic-buyer]',
      'suppressed.tactic.yaml:3:1 information [no-coach]',
      'suppressed.tactic.yaml:9:9 information [unidentified-decision-maker]',
      'suppressed.tactic.yaml:18:54 warning [unknown-suppression]',
    ], `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /`missing-blok` is not a lint rule, so this comment suppresses nothing for it\. Did you mean `missing-block`\?/);
    assert.equal(r.code, 0);
  });
});
