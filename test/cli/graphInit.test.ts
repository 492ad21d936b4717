import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createTacticService } from '../../server/src/service';
import { tacticTemplate } from '../../server/src/service/domain/template';
import { RULES } from '../../server/src/service/validation/rules';
import { runCli, tempDir } from '../helpers/cli';
import { readFixture, ROOT } from '../helpers/service';

const EXAMPLE = 'examples/regional-retail-erp.tactic.yaml';

describe('tactic graph', () => {
  const service = createTacticService();
  const expected = (options = {}) => service.flowchart(service.parse(readFixture(EXAMPLE)), options).mermaid.trimEnd() + '\n';

  it('prints the Mermaid source the preview draws', () => {
    const r = runCli(['graph', EXAMPLE]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, expected());
    assert.match(r.stdout, /^flowchart TD\n/);
    assert.equal(r.stderr, '');
  });

  it('--markdown wraps it in a mermaid fence; --actions and --objections add the overlays', () => {
    assert.equal(runCli(['graph', '--markdown', EXAMPLE]).stdout, '```mermaid\n' + expected() + '```\n');
    const overlays = runCli(['graph', EXAMPLE, '--actions', '--objections']).stdout;
    assert.equal(overlays, expected({ showActions: true, showObjections: true }));
    assert.notEqual(overlays, expected());
  });

  it('a tactic without a sales cycle: the reason on stderr, nothing on stdout, exit 1', () => {
    const r = runCli(['graph', 'examples/typical-findings.tactic.yaml']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /There is no `sales_cycle` to draw/);
  });

  it('--view cycle is the default view; an unknown view is a usage error naming the views', () => {
    assert.equal(runCli(['graph', '--view', 'cycle', EXAMPLE]).stdout, expected());
    assert.equal(runCli(['graph', `--view=cycle`, EXAMPLE]).stdout, expected());
    const bad = runCli(['graph', '--view', 'org', EXAMPLE]);
    assert.equal(bad.code, 2);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /`--view org` is not a view\. Views: cycle/);
  });

  it('an unreadable file is exit 2', () => {
    const r = runCli(['graph', 'nope.tactic.yaml']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tactic: nope.tactic.yaml: no such file or directory\n');
  });
});

describe('tactic init', () => {
  it('writes the full template with today as reviewed, a tactic that lint reads', () => {
    const t = tempDir();
    try {
      const before = new Date();
      const r = runCli(['init'], t.dir);
      const after = new Date();
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Created new\.tactic\.yaml/);
      const text = readFileSync(join(t.dir, 'new.tactic.yaml'), 'utf8');
      assert.ok(text === tacticTemplate(before) || text === tacticTemplate(after), 'template with today’s date');
      // the <placeholders> are findings to fill in, but the file itself is a readable tactic
      const lint = runCli(['lint', '--format', 'json'], t.dir);
      assert.equal(lint.stderr, '');
      assert.equal(JSON.parse(lint.stdout).files[0].path, 'new.tactic.yaml');
    } finally {
      t.dispose();
    }
  });

  it('never overwrites a file', () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, 'deal.tactic.yaml'), 'tactic: Mine\n');
      const r = runCli(['init', 'deal.tactic.yaml'], t.dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'tactic: cannot create deal.tactic.yaml: it already exists (tactic init never overwrites a file)\n');
      assert.equal(readFileSync(join(t.dir, 'deal.tactic.yaml'), 'utf8'), 'tactic: Mine\n');
      const missingDir = runCli(['init', 'no/such/dir/x.tactic.yaml'], t.dir);
      assert.equal(missingDir.code, 2);
      assert.match(missingDir.stderr, /its folder does not exist/);
    } finally {
      t.dispose();
    }
  });
});

describe('tactic --help and --version', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const r = runCli([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${pkg.version}\n`);
    }
  });

  it('--help lists the commands; lint --help lists every rule with its default', () => {
    const main = runCli(['--help']);
    assert.equal(main.code, 0);
    for (const c of ['lint [paths|globs…]', 'graph FILE', 'init [FILE]', 'Exit codes']) assert.ok(main.stdout.includes(c), c);
    const lint = runCli(['lint', '--help']);
    assert.equal(lint.code, 0);
    for (const rule of RULES) assert.match(lint.stdout, new RegExp(`\\n  ${rule.id} +${rule.defaultSeverity}\\n`), rule.id);
    assert.match(runCli(['help', 'graph']).stdout, /--markdown/);
    assert.equal(runCli(['help', 'nonsense']).code, 2);
  });
});
