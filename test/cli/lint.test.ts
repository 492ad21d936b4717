import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI_JS, findingLines, runCli, tempDir } from '../helpers/cli';

const TYPICAL = [
  'typical.tactic.yaml:2:1 warning [missing-sales-cycle]',
  'typical.tactic.yaml:5:11 information [stale-review]',
  'typical.tactic.yaml:7:1 information [no-coach]', // format v2: nobody has `role: coach`
  'typical.tactic.yaml:8:9 information [unidentified-decision-maker]',
  'typical.tactic.yaml:8:9 information [unreached-decision-maker]', // v2: the only action is for lab_head
  'typical.tactic.yaml:16:9 information [unidentified-decision-maker]',
  'typical.tactic.yaml:16:9 information [unpositioned-decision-maker]',
  'typical.tactic.yaml:16:9 information [unreached-decision-maker]',
  'typical.tactic.yaml:26:13 error [unknown-reference]',
  'typical.tactic.yaml:44:12 error [unknown-reference]',
  'typical.tactic.yaml:47:1 warning [empty-block]',
  'typical.tactic.yaml:50:16 warning [objection-without-response]',
  'typical.tactic.yaml:53:11 warning [risk-without-mitigation]',
];
const PARTIAL = [
  'sub/partial.tactic.yml:2:1 warning [missing-block]',
  'sub/partial.tactic.yml:2:1 warning [missing-block]',
];

describe('tactic lint (stylish output)', () => {
  let mixed: ReturnType<typeof tempDir>;
  before(() => {
    assert.ok(existsSync(CLI_JS), 'dist/cli.js is built (npm run build)');
    mixed = tempDir('mixed');
    // Folders that must never be walked (they cannot be committed as fixtures: .gitignore).
    for (const skipped of ['node_modules/pkg', '.git']) {
      mkdirSync(join(mixed.dir, skipped), { recursive: true });
      writeFileSync(join(mixed.dir, skipped, 'hidden.tactic.yaml'), 'tactic: [\n');
    }
  });
  after(() => mixed.dispose());

  it('without paths lints every tactic under the current folder, grouped per file, with a summary', () => {
    const r = runCli(['lint'], mixed.dir);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    // a folder's own files first, then its subfolders, in name order
    assert.deepEqual(findingLines(r.stdout), [...TYPICAL, ...PARTIAL]);
    const groups = r.stdout.trimEnd().split('\n\n');
    assert.equal(groups.length, 3, 'two file groups and the summary');
    assert.ok(groups[0].split('\n').every((l) => l.startsWith('typical.tactic.yaml:')));
    assert.ok(groups[1].split('\n').every((l) => l.startsWith('sub/partial.tactic.yml:')));
    assert.equal(groups[2], '15 problems (2 errors, 6 warnings, 7 information) in 2 of 2 files.');
    assert.ok(!r.stdout.includes('hidden') && !r.stdout.includes('notes.yaml'));
  });

  it('prints each finding as file:line:col severity message [rule]', () => {
    const r = runCli(['lint', 'typical.tactic.yaml'], mixed.dir);
    assert.ok(r.stdout.includes('typical.tactic.yaml:26:13 error No decision maker with the id `medical_directr` is defined in `decision_makers`. Did you mean `medical_director`? [unknown-reference]\n'), r.stdout);
  });

  it('takes files, folders and globs, each file once', () => {
    assert.deepEqual(findingLines(runCli(['lint', 'sub'], mixed.dir).stdout), PARTIAL);
    assert.deepEqual(findingLines(runCli(['lint', 'sub/**/*.tactic.yml'], mixed.dir).stdout), PARTIAL);
    assert.deepEqual(findingLines(runCli(['lint', '**/*.tactic.yaml'], mixed.dir).stdout), TYPICAL, 'the glob skips node_modules and .git');
    assert.deepEqual(findingLines(runCli(['lint', 'typical.tactic.yaml', '.', './typical.tactic.yaml'], mixed.dir).stdout), [...TYPICAL, ...PARTIAL]);
  });

  it('lints an explicitly named file whatever its name', () => {
    const r = runCli(['lint', 'notes.yaml'], mixed.dir);
    assert.ok(findingLines(r.stdout).some((l) => l.startsWith('notes.yaml:1:1 warning [missing-block]')), r.stdout);
  });

  it('exits 0 with "No problems" on a clean folder, and 0 when only warnings are found', () => {
    const clean = runCli(['lint', join(__dirname, '..', 'fixtures', 'cli', 'clean')]);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.equal(clean.stdout, 'No problems in 1 file.\n');
    assert.equal(runCli(['lint', 'sub'], mixed.dir).code, 0);
  });

  it('--quiet shows and counts errors only', () => {
    const r = runCli(['lint', '--quiet'], mixed.dir);
    assert.equal(r.code, 1);
    assert.deepEqual(findingLines(r.stdout), TYPICAL.filter((l) => l.includes(' error ')));
    assert.match(r.stdout, /2 problems \(2 errors, 0 warnings, 0 information\) in 1 of 2 files\.\n$/);
    const warningsOnly = runCli(['lint', '--quiet', '--max-warnings', '0', 'sub'], mixed.dir);
    assert.equal(warningsOnly.code, 0);
    assert.equal(warningsOnly.stdout, 'No problems in 1 file.\n');
  });

  it('--max-warnings N fails only when there are more than N warnings', () => {
    assert.equal(runCli(['lint', '--max-warnings', '2', 'sub'], mixed.dir).code, 0);
    assert.equal(runCli(['lint', '--max-warnings=2', 'sub'], mixed.dir).code, 0);
    const over = runCli(['lint', '--max-warnings', '1', 'sub'], mixed.dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings, more than the 1 allowed by --max-warnings/);
  });

  it('answers usage errors with exit 2 and a message on stderr only', () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /no command given/],
      [['lnt'], /unknown command `lnt`. Commands: lint, report, graph, export, init/],
      [['lint', '--fromat', 'json'], /unknown option `--fromat` for `tactic lint`/],
      [['lint', '--format', 'xml'], /`--format xml` is not a format. Formats: stylish, json, sarif/],
      [['lint', '--format'], /`--format` needs a value/],
      [['lint', '--max-warnings', 'many'], /--max-warnings` needs a whole number/],
      [['lint', '--max-warnings', '-1'], /--max-warnings` needs a whole number/],
      [['graph'], /needs a tactic file/],
      [['init', 'a.tactic.yaml', 'b.tactic.yaml'], /one file at a time/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args, mixed.dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
    }
  });

  it('colours severities only when asked (or on a terminal)', () => {
    assert.ok(!runCli(['lint', 'sub'], mixed.dir).stdout.includes('\x1b['));
    assert.ok(runCli(['lint', '--color', 'sub'], mixed.dir).stdout.includes('\x1b[33mwarning\x1b[0m'));
  });
});
