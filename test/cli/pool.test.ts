/**
 * The worker pool of `tactic lint` and `tactic report` (server/src/cli/pool.ts) prints exactly what
 * a run in one thread prints: the same files in the same order, the same findings, the same run
 * issues (unreadable files, each broken `.tactic-lint.yaml` once) and exit code, in every format and
 * in the run's language. `TACTIC_THREADS=2` forces the pool on a workspace far below its threshold.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI_FIXTURES, CLI_JS, runCli, tempDir } from '../helpers/cli';

const CYRILLIC = /[\u0400-\u04FF]/;

/** 3 team folders of 12 tactics (findings of every severity), two broken configurations, unreadable files among them. */
function writeWorkspace(dir: string): void {
  const typical = readFileSync(join(CLI_FIXTURES, 'mixed', 'typical.tactic.yaml'), 'utf8');
  const partial = readFileSync(join(CLI_FIXTURES, 'mixed', 'sub', 'partial.tactic.yml'), 'utf8');
  for (let team = 0; team < 3; team++) {
    const folder = join(dir, `team-${team}`);
    mkdirSync(folder);
    for (let i = 0; i < 12; i++) writeFileSync(join(folder, `client-${String(i).padStart(2, '0')}.tactic.yaml`), i % 3 ? typical : partial);
  }
  cpSync(join(CLI_FIXTURES, 'badconfig', '.tactic-lint.yaml'), join(dir, 'team-1', '.tactic-lint.yaml'));
  writeFileSync(join(dir, 'team-2', '.tactic-lint.yml'), 'rules: [not, a, mapping]\n');
  symlinkSync(join(dir, 'nowhere.tactic.yaml'), join(dir, 'team-1', 'client-00b.tactic.yaml'));
  writeFileSync(join(dir, 'team-2', 'client-05b.tactic.yaml'), Buffer.from('tactic: Caf\xe9\n', 'latin1'));
  // A broken configuration over nothing readable is never reported, with or without the pool.
  mkdirSync(join(dir, 'team-3'));
  writeFileSync(join(dir, 'team-3', '.tactic-lint.yaml'), 'staleReviewDays: -1\n');
  writeFileSync(join(dir, 'team-3', 'only.tactic.yaml'), Buffer.from('tactic: \xff\n', 'latin1'));
  cpSync(join(CLI_FIXTURES, 'edge', 'binary.tactic.yaml'), join(dir, 'team-0', 'binary.tactic.yaml'));
}

describe('tactic lint and report with the worker pool', () => {
  let t: ReturnType<typeof tempDir>;
  before(() => {
    t = tempDir();
    writeWorkspace(t.dir);
  });
  after(() => t.dispose());

  const runs: Array<[string, string[]]> = [
    ['lint stylish', ['lint']],
    ['lint json', ['lint', '--format', 'json']],
    ['lint sarif', ['lint', '--format', 'sarif']],
    ['lint --quiet --max-warnings', ['lint', '--quiet', '--max-warnings', '0']],
    ['report table', ['report']],
    ['report json', ['report', '--format', 'json']],
    ['report markdown', ['report', '--format', 'markdown']],
  ];
  for (const [name, args] of runs) {
    it(`${name}, --locale ru: byte for byte the output of one thread`, () => {
      const operands = ['.', 'missing.tactic.yaml', 'team-0/client-01.tactic.yaml'];
      const one = runCli([...args, '--locale', 'ru', ...operands], t.dir, { TACTIC_THREADS: '0' });
      const pooled = runCli([...args, '--locale', 'ru', ...operands], t.dir, { TACTIC_THREADS: '2' });
      assert.equal(pooled.stdout, one.stdout);
      assert.equal(pooled.stderr, one.stderr);
      assert.equal(pooled.code, one.code);
      // The run has what it should compare: issues of each kind, in Russian, and exit 2.
      assert.equal(one.code, 2);
      assert.match(one.stderr, CYRILLIC);
      for (const file of ['missing.tactic.yaml', 'team-1/client-00b.tactic.yaml', 'team-2/client-05b.tactic.yaml', 'team-1/.tactic-lint.yaml', 'team-2/.tactic-lint.yml']) {
        assert.ok(one.stderr.includes(file), `${file} in\n${one.stderr}`);
      }
      assert.ok(!one.stderr.includes('team-3/.tactic-lint.yaml'), one.stderr);
    });
  }

  it('in the language of the environment too (LANG=ro_RO.UTF-8)', () => {
    const one = runCli(['lint', '.'], t.dir, { TACTIC_THREADS: '0', LANG: 'ro_RO.UTF-8' });
    const pooled = runCli(['lint', '.'], t.dir, { TACTIC_THREADS: '2', LANG: 'ro_RO.UTF-8' });
    assert.deepEqual(pooled, one);
    assert.match(one.stdout, /probleme/);
  });

  it('really starts the workers: a CPU profile per thread', () => {
    const threads = (workers: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'tactic-prof-'));
      try {
        const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, CLI_JS, 'lint', '.'], { cwd: t.dir, env: { ...process.env, TACTIC_THREADS: workers }, encoding: 'utf8', timeout: 60_000 });
        assert.equal(r.status, 2, r.stderr);
        return readdirSync(dir).length;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    assert.equal(threads('0'), 1);
    assert.equal(threads('2'), 2);
    assert.equal(threads('3'), 3);
  });

  it('a TACTIC_THREADS that is not a count is a usage error (exit 2)', () => {
    const r = runCli(['lint', '.'], t.dir, { TACTIC_THREADS: 'many' });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'tactic: TACTIC_THREADS must be a number of threads from 0 to 64 (0 or 1: this one only), not `many`.\n');
  });
});
