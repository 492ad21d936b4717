/**
 * The command line's languages: `--locale`, else LC_ALL / LC_MESSAGES / LANG, else English. A run in
 * Romanian or Russian finds the same things at the same places under the same rule IDs; only the
 * words change. A pseudo-locale run (a copy of dist/ beside a pseudo bundle installed as Russian)
 * shows that help, usage errors, summaries, reports, graph and init output and the SARIF help all
 * go through the bundle.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI_FIXTURES, CLI_JS, findingLines, runCli, tempDir } from '../helpers/cli';
import { marked, pseudoBundle } from '../helpers/pseudo';
import { ROOT } from '../helpers/service';

const MIXED = join(CLI_FIXTURES, 'mixed');
const CYRILLIC = /[\u0400-\u04FF]/;

describe('tactic in Romanian and Russian', () => {
  it('--locale ru: the same findings at the same places, the words in Russian', () => {
    const en = runCli(['lint', '.'], MIXED);
    const ru = runCli(['lint', '--locale', 'ru', '.'], MIXED);
    assert.equal(ru.code, en.code);
    assert.deepEqual(findingLines(ru.stdout), findingLines(en.stdout));
    assert.ok(findingLines(en.stdout).length > 0);
    const summary = ru.stdout.trimEnd().split('\n').pop()!;
    assert.match(summary, CYRILLIC);
    assert.match(summary, /^15 замечаний \(2 ошибки, 6 предупреждений, 7 информационных сообщений\) в 2 из 2 файлов\.$/);
  });

  it('--format json: rule IDs, severities and positions as in English', () => {
    const strip = (out: string) => JSON.parse(out).files.map((f: { path: string; diagnostics: Array<Record<string, unknown>> }) =>
      ({ path: f.path, diagnostics: f.diagnostics.map(({ message: _message, ...rest }) => rest) }));
    const en = runCli(['lint', '--format', 'json', '.'], MIXED);
    for (const locale of ['ro', 'ru-RU', 'ru_RU.UTF-8']) {
      const other = runCli(['lint', '--format=json', `--locale=${locale}`, '.'], MIXED);
      assert.deepEqual(strip(other.stdout), strip(en.stdout), locale);
    }
  });

  it('the environment: LC_ALL, then LC_MESSAGES, then LANG; C or an unknown language is English', () => {
    const summary = (env: Record<string, string>, args: string[] = []) => runCli(['lint', ...args, '.'], MIXED, env).stdout.trimEnd().split('\n').pop()!;
    assert.match(summary({ LANG: 'ro_RO.UTF-8' }), /^15 probleme \(2 erori, 6 avertismente, 7 informări\) în 2 din 2 fișiere\.$/);
    assert.match(summary({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' }), CYRILLIC);
    assert.match(summary({ LANG: 'ru_RU.UTF-8', LC_ALL: 'ro_RO.UTF-8' }), /probleme/);
    assert.match(summary({ LANG: 'C.UTF-8' }), /^15 problems/);
    assert.match(summary({ LANG: 'de_DE.UTF-8' }), /^15 problems/);
    assert.match(summary({ LANG: 'ru_RU.UTF-8' }, ['--locale', 'en']), /^15 problems/, '--locale wins over the environment');
  });

  it('an unknown --locale is a usage error (exit 2) naming the languages', () => {
    const r = runCli(['--locale', 'de', 'lint', '.'], MIXED);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'tactic: `--locale de` is not a language of tactic. Languages: en, ro, ru.\n');
    assert.equal(r.stdout, '');
    const missing = runCli(['lint', '--locale'], MIXED);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /`--locale` needs a language: en, ro, ru/);
    const inRussian = runCli(['lint', '--locale', 'xx'], MIXED, { LANG: 'ru_RU.UTF-8' });
    assert.match(inRussian.stderr, CYRILLIC, 'the error speaks the environment language');
  });

  it('help, usage errors and SARIF rule help in Romanian', () => {
    const help = runCli(['--help', '--locale', 'ro']);
    assert.match(help.stdout, /^Utilizare: tactic <comandă>/);
    assert.match(runCli(['lint', '--help', '--locale', 'ro']).stdout, /missing-block/, 'rule IDs stay');
    assert.match(runCli(['nonsense', '--locale', 'ro']).stderr, /comandă necunoscută `nonsense`/);
    const sarif = JSON.parse(runCli(['lint', '--format', 'sarif', '--locale', 'ro', '.'], MIXED).stdout);
    const rule = sarif.runs[0].tool.driver.rules[0];
    assert.match(rule.fullDescription.text, /Severitate implicită: /);
    assert.match(rule.help.markdown, /rules:\n {2}[a-z-]+: off/);
  });
});

describe('pseudo-locale: tactic', () => {
  let home: string;
  let cli: string;
  /** Runs the copy of dist/cli.js that reads the pseudo bundle as Russian. */
  const run = (args: string[], cwd = MIXED) => runCli([...args, '--locale', 'ru'], cwd, {}, cli);
  const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

  before(() => {
    home = mkdtempSync(join(tmpdir(), 'tactic-pseudo-'));
    mkdirSync(join(home, 'dist'));
    mkdirSync(join(home, 'l10n'));
    copyFileSync(CLI_JS, join(home, 'dist', 'cli.js'));
    writeFileSync(join(home, 'l10n', 'bundle.l10n.ru.json'), JSON.stringify(pseudoBundle()));
    cli = join(home, 'dist', 'cli.js');
  });
  after(() => rmSync(home, { recursive: true, force: true }));

  it('the help of every command', () => {
    for (const args of [['--help'], ['lint', '--help'], ['report', '--help'], ['graph', '--help'], ['init', '--help'], ['export', '--help']]) {
      const out = run(args).stdout;
      assert.ok(marked(out) && out.startsWith('\u27EA'), `${args.join(' ')}: ${out.slice(0, 80)}`);
    }
  });

  it('usage errors and unreadable paths', () => {
    for (const args of [['nonsense'], ['lint', '--format', 'x'], ['lint', '--max-warnings', 'x'], ['lint', '--bogus'], ['graph'], ['graph', 'a', 'b'], ['graph', '--view', 'x', 'a'], ['report', '--format', 'x'], ['init', 'a', 'b'], ['help', 'nonsense'], ['export'], ['export', '--format', 'x', 'a'], ['export', 'missing.tactic.yaml'], ['lint', 'missing.tactic.yaml'], ['lint', 'nothing/**/*.tactic.yaml']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      for (const l of lines(r.stderr)) assert.ok(marked(l), `${args.join(' ')}: ${l}`);
    }
  });

  it('lint: the summary line, --max-warnings and the SARIF help', () => {
    const out = run(['lint', '.']).stdout;
    assert.ok(marked(lines(out).pop()), out);
    const { dir, dispose } = tempDir();
    try {
      writeFileSync(join(dir, 'warned.tactic.yaml'), 'tactic: T\n');
      const over = run(['lint', '--max-warnings', '0', '.'], dir);
      assert.equal(over.code, 1);
      assert.ok(marked(lines(over.stderr).pop()), over.stderr);
    } finally {
      dispose();
    }
    const sarif = JSON.parse(run(['lint', '--format', 'sarif', '.']).stdout);
    const driver = sarif.runs[0].tool.driver;
    assert.ok(marked(driver.fullName));
    for (const rule of driver.rules) {
      assert.ok(!marked(rule.id) && marked(rule.fullDescription.text) && marked(rule.help.text) && marked(rule.help.markdown), rule.id);
    }
  });

  it('lint: finding messages and SARIF rule descriptions', () => {
    const out = run(['lint', '.']).stdout;
    for (const l of lines(out).slice(0, -1)) assert.ok(marked(l), l);
    const sarif = JSON.parse(run(['lint', '--format', 'sarif', '.']).stdout);
    for (const rule of sarif.runs[0].tool.driver.rules) assert.ok(marked(rule.shortDescription.text), rule.id);
  });

  it('report: headers, scores, weakest points', () => {
    const dir = join(CLI_FIXTURES, 'report');
    const table = lines(run(['report', '.'], dir).stdout);
    assert.ok(marked(table[0]), table[0]);
    for (const row of table.slice(1)) assert.ok(marked(row), row);
    const md = lines(run(['report', '--format', 'markdown', '.'], dir).stdout);
    assert.ok(md[0].split('|').slice(1, -1).every((c) => c.trim() === '' || marked(c)), md[0]);
    const json = JSON.parse(run(['report', '--format', 'json', '.'], dir).stdout);
    for (const t of json.tactics) {
      for (const i of t.readiness.items) assert.ok(!marked(i.id) && marked(i.message), i.message);
      assert.ok(t.weakestPoint === null || marked(t.weakestPoint));
    }
  });

  it('export: the playbook\'s headings, labels and table headers', () => {
    const examples = join(ROOT, 'examples');
    for (const name of ['regional-retail-erp', 'typical-findings']) {
      const md = lines(run(['export', '--format', 'markdown', `${name}.tactic.yaml`], examples).stdout);
      // section headings are ours (the title and the stage, chain and objection headings are the user's)
      const sections = md.filter((l) => l.startsWith('## '));
      assert.ok(sections.length > 5, `${name}: ${sections.length} sections`);
      for (const h of sections) assert.ok(marked(h), `${name}: ${h}`);
      md.forEach((l, i) => {
        if (!md[i + 1]?.startsWith('| ---')) return;
        for (const cell of l.split('|').slice(1, -1)) assert.ok(cell.trim() === '' || marked(cell), `${name}: ${l}`);
      });
      for (const label of md.join('\n').matchAll(/\*\*([^*]+)(&#58;|:)\*\*/g)) assert.ok(marked(label[1]), `${name}: ${label[0]}`);
    }
    const html = run(['export', 'regional-retail-erp.tactic.yaml'], join(ROOT, 'examples')).stdout;
    assert.ok(marked(/<html lang="[^"]*"[^>]*>[\s\S]*?<h2[^>]*>([^<]*)</.exec(html)?.[1]), 'the first section heading of the HTML playbook');
  });

  it('graph and init', () => {
    const { dir, dispose } = tempDir();
    try {
      writeFileSync(join(dir, 'none.tactic.yaml'), 'tactic: T\n');
      const graph = run(['graph', 'none.tactic.yaml'], dir);
      assert.equal(graph.code, 1);
      for (const l of lines(graph.stderr)) assert.ok(marked(l), l);
      const init = run(['init', 'x.yaml'], dir);
      assert.equal(init.code, 0);
      assert.ok(marked(init.stdout) && marked(init.stderr));
      assert.ok(readFileSync(join(dir, 'x.yaml'), 'utf8').startsWith('# \u27EA'));
      const again = run(['init', 'x.yaml'], dir);
      assert.ok(again.code === 2 && marked(again.stderr));
    } finally {
      dispose();
    }
  });

  it('the bundle next to the real dist/ is the Russian one, not the pseudo one', () => {
    assert.match(runCli(['--help', '--locale', 'ru']).stdout, /^Использование/);
    assert.ok(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ru.json'), 'utf8').includes('Использование'));
  });
});
