/**
 * `tactic export` against the built command: where the playbook goes (stdout, `-o`, the format
 * from the extension), the inlined renderer and its hash, and bad input: refusals leave no file
 * (and leave an existing one as it was), unreadable paths, usage errors.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/service';

const EXAMPLE = join(ROOT, 'examples', 'regional-retail-erp.tactic.yaml');

describe('tactic export', () => {
  let t: { dir: string; dispose: () => void };
  before(() => {
    t = tempDir();
    writeFileSync(join(t.dir, 'list.tactic.yaml'), '- a\n- b\n');
    writeFileSync(join(t.dir, 'broken.tactic.yaml'), 'tactic: "unclosed\nrisks: []\n');
    writeFileSync(join(t.dir, 'typed.tactic.yaml'), 'tactic: T\nrisks: 5\n');
  });
  after(() => t.dispose());

  it('writes one self-contained HTML file whose only script is the renderer, allowed by its hash', () => {
    const r = runCli(['export', EXAMPLE, '-o', 'deal.html'], t.dir);
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
    const html = readFileSync(join(t.dir, 'deal.html'), 'utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0].length > 100_000, 'Mermaid is inlined');
    const hash = createHash('sha256').update(scripts[0], 'utf8').digest('base64');
    assert.ok(html.includes(`script-src &#39;sha256-${hash}&#39;`), 'the policy allows exactly the inlined script');
    assert.ok(!/\b(src|href)=/.test(html.replace(/<script>[\s\S]*<\/script>/, '')), 'nothing to load');
    assert.deepEqual(readdirSync(t.dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
  });

  it('prints to stdout without -o; the format follows -o\'s extension unless --format says otherwise', () => {
    const md = runCli(['export', EXAMPLE, '--format', 'markdown'], t.dir);
    assert.equal(md.code, 0);
    assert.ok(md.stdout.startsWith('# Regional retail chains'), md.stdout.slice(0, 80));
    assert.ok(md.stdout.includes('```mermaid\n'));
    const dash = runCli(['export', EXAMPLE, '--format', 'markdown', '-o', '-'], t.dir);
    assert.deepEqual([dash.code, dash.stdout], [0, md.stdout], '`-o -` is stdout too');
    assert.ok(!existsSync(join(t.dir, '-')), 'no file named "-"');
    assert.equal(runCli(['export', EXAMPLE, '-o', 'deal.md'], t.dir).code, 0);
    assert.ok(readFileSync(join(t.dir, 'deal.md'), 'utf8').startsWith('# Regional retail chains'));
    assert.equal(runCli(['export', EXAMPLE, '--output=deal2.md', '--format=html'], t.dir).code, 0);
    assert.ok(readFileSync(join(t.dir, 'deal2.md'), 'utf8').startsWith('<!DOCTYPE html>'));
  });

  it('exports a tactic with errors, with a note in the playbook and a warning on stderr', () => {
    const r = runCli(['export', 'typed.tactic.yaml', '--format', 'markdown'], t.dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^tactic: typed\.tactic\.yaml has errors; the playbook shows what could be read/);
    assert.match(r.stdout, /^> This tactic has 1 error\./m);
  });

  it('refuses what is not a tactic or not valid YAML (exit 1): no file written, an existing one kept', () => {
    writeFileSync(join(t.dir, 'keep.html'), 'the previous export');
    for (const file of ['list.tactic.yaml', 'broken.tactic.yaml']) {
      const r = runCli(['export', file, '-o', 'keep.html'], t.dir);
      assert.equal(r.code, 1, file);
      assert.match(r.stderr, new RegExp(`^tactic: ${file.replace('.', '\\.')}: There is no playbook to export: `));
      assert.equal(readFileSync(join(t.dir, 'keep.html'), 'utf8'), 'the previous export');
      assert.equal(runCli(['export', file, '-o', 'new.html'], t.dir).code, 1);
      assert.ok(!existsSync(join(t.dir, 'new.html')));
    }
  });

  it('exit 2 for an unreadable input or output, and for usage errors', () => {
    const missing = runCli(['export', 'nope.tactic.yaml'], t.dir);
    assert.deepEqual([missing.code, missing.stdout], [2, '']);
    assert.match(missing.stderr, /nope\.tactic\.yaml: no such file or directory/);
    const unwritable = runCli(['export', EXAMPLE, '-o', join('no-such-folder', 'x.html')], t.dir);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /no-such-folder/);
    assert.equal(runCli(['export'], t.dir).code, 2);
    assert.equal(runCli(['export', EXAMPLE, EXAMPLE], t.dir).code, 2);
    const badFormat = runCli(['export', EXAMPLE, '--format', 'pdf'], t.dir);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /`--format pdf` is not a playbook format\. Formats: html, markdown\./);
  });

  it('has help', () => {
    const r = runCli(['export', '--help'], t.dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: tactic export FILE \[--format html\|markdown\] \[-o OUT\]/);
    assert.match(runCli(['--help'], t.dir).stdout, /^ {2}export FILE /m);
  });
});
