import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findingLines, runCli, tempDir } from '../helpers/cli';

describe('tactic lint on bad input', () => {
  let t: ReturnType<typeof tempDir>;
  before(() => {
    t = tempDir();
    writeFileSync(join(t.dir, 'good.tactic.yaml'), 'tactic: Good\n');
    writeFileSync(join(t.dir, 'binary.tactic.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(t.dir, 'latin1.tactic.yaml'), Buffer.from('tactic: Caf\xe9\n', 'latin1'));
    writeFileSync(join(t.dir, 'syntax.tactic.yaml'), 'tactic: [unclosed\n');
    writeFileSync(join(t.dir, 'empty.tactic.yaml'), '');
    writeFileSync(join(t.dir, 'bom.tactic.yaml'), '\ufefftactic: Good\n');
    mkdirSync(join(t.dir, 'no-tactics'));
    writeFileSync(join(t.dir, 'no-tactics', 'readme.md'), '# nothing here\n');
    mkdirSync(join(t.dir, 'folder.tactic.yaml'));
    symlinkSync(join(t.dir, 'nowhere.tactic.yaml'), join(t.dir, 'dangling.tactic.yaml'));
    execFileSync('mkfifo', [join(t.dir, 'fifo.tactic.yaml')]);
  });
  after(() => t.dispose());

  const lintOne = (name: string) => runCli(['lint', name, 'good.tactic.yaml'], t.dir);

  it('a missing file: exit 2, a clear message, the other files still linted', () => {
    const r = lintOne('missing.tactic.yaml');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tactic: missing.tactic.yaml: no such file or directory\n');
    assert.ok(findingLines(r.stdout).some((l) => l.startsWith('good.tactic.yaml:1:1 warning [missing-block]')));
  });

  it('a binary file is an error finding, as in the editor (exit 1)', () => {
    const r = runCli(['lint', 'binary.tactic.yaml'], t.dir);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^binary\.tactic\.yaml:3:1 error The file contains a NUL character.* \[yaml-syntax\]\n/);
  });

  it('a non-UTF-8 file, a FIFO and a dangling link are refused with their reason (and nothing hangs)', () => {
    const cases: Array<[string, string]> = [
      ['latin1.tactic.yaml', 'tactic: latin1.tactic.yaml is not UTF-8 text; save it as UTF-8\n'],
      ['fifo.tactic.yaml', 'tactic: fifo.tactic.yaml is not a regular file\n'],
      ['dangling.tactic.yaml', 'tactic: dangling.tactic.yaml: no such file or directory\n'],
    ];
    for (const [name, message] of cases) {
      const r = lintOne(name);
      assert.equal(r.code, 2, name);
      assert.equal(r.stderr, message, name);
      assert.ok(findingLines(r.stdout).every((l) => l.startsWith('good.tactic.yaml:')), name);
      assert.match(r.stdout, /in 1 of 1 file\.\n$/, name);
    }
  });

  it('a folder without tactics and a glob matching nothing are usage problems (exit 2)', () => {
    const r = runCli(['lint', 'no-tactics', 'nothing/*.tactic.yaml', 'good.tactic.yaml'], t.dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tactic: no tactic files (*.tactic.yaml, *.tactic.yml) under no-tactics\ntactic: no tactic files match nothing/*.tactic.yaml\n');
    const empty = tempDir();
    try {
      const none = runCli(['lint'], empty.dir);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /^tactic: no tactic files \(\*\.tactic\.yaml, \*\.tactic\.yml\) under /);
      assert.equal(none.stdout, 'No problems in 0 files.\n');
    } finally {
      empty.dispose();
    }
  });

  it('walking a folder reports what cannot be read and lints the rest', () => {
    const r = runCli(['lint'], t.dir);
    assert.equal(r.code, 2);
    const stderr = r.stderr.trimEnd().split('\n').sort();
    assert.deepEqual(stderr, [
      'tactic: dangling.tactic.yaml: no such file or directory',
      'tactic: fifo.tactic.yaml is not a regular file',
      'tactic: latin1.tactic.yaml is not UTF-8 text; save it as UTF-8',
    ]);
    const files = new Set(findingLines(r.stdout).map((l) => l.split(':')[0]));
    assert.deepEqual([...files].sort(), ['binary.tactic.yaml', 'bom.tactic.yaml', 'empty.tactic.yaml', 'good.tactic.yaml', 'syntax.tactic.yaml']);
  });

  it('YAML errors and empty files are findings (exit 1), not unreadable files', () => {
    const syntax = runCli(['lint', 'syntax.tactic.yaml'], t.dir);
    assert.equal(syntax.code, 1);
    assert.ok(findingLines(syntax.stdout).some((l) => l.endsWith('error [yaml-syntax]')), syntax.stdout);
    const empty = runCli(['lint', 'empty.tactic.yaml'], t.dir);
    assert.equal(empty.code, 1);
    assert.match(empty.stdout, /The tactic is empty/);
  });

  it('a BOM does not shift columns (as in the editor)', () => {
    assert.deepEqual(
      findingLines(runCli(['lint', 'bom.tactic.yaml'], t.dir).stdout).map((l) => l.replace('bom.', '')),
      findingLines(runCli(['lint', 'good.tactic.yaml'], t.dir).stdout).map((l) => l.replace('good.', '')),
    );
  });
});
