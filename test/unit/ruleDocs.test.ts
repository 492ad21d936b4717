/**
 * What restates the lint rules (the tactic.lint.rules setting and its descriptions in the
 * package.nls files, the .tactic-lint.yaml schema, the README's rule table) is generated from the registry by scripts/generate-rule-docs.ts and must be
 * committed as generated. consistency.test.ts checks the settings and the schema independently of
 * the generator (ids and defaults).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, ruleDocs, TARGETS } from '../../scripts/generate-rule-docs';
import { RULES } from '../../server/src/service';

describe('the files generated from the rule registry', () => {
  for (const f of ruleDocs()) {
    it(`${f.path} is up to date (run \`npm run generate\` after editing a rule)`, () => {
      assert.ok(f.current === f.expected, firstDifference(f.current, f.expected));
    });
  }

  it('`generate-rule-docs.ts --check` agrees and writes nothing', () => {
    const before = TARGETS.map((t) => readFileSync(join(ROOT, t.path), 'utf8'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate-rule-docs.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(TARGETS.map((t) => readFileSync(join(ROOT, t.path), 'utf8')), before);
  });

  it('notices a hand-edited description, a missing rule and an extra one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rule-docs-'));
    try {
      for (const f of ruleDocs()) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), f.expected);
      }
      // The setting's description lives in package.nls.json (package.json has its %key%).
      const nlsPath = join(dir, 'package.nls.json');
      const nls = readFileSync(nlsPath, 'utf8');
      assert.ok(nls.includes('Two entries of one block share an id.'));
      writeFileSync(nlsPath, nls.replace('Two entries of one block share an id.', 'Two entries share an id.'));
      const differing = (rules: typeof RULES) => ruleDocs(rules, dir).filter((f) => f.current !== f.expected).map((f) => f.path);
      assert.deepEqual(differing(RULES), ['package.nls.json']);
      writeFileSync(nlsPath, nls);
      assert.deepEqual(differing(RULES), []);
      const every = TARGETS.map((t) => t.path);
      assert.deepEqual(differing(RULES.slice(1)), every);
      assert.deepEqual(differing([...RULES, { ...RULES[0], id: 'new-rule' }]), every);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('each rule setting\'s description is a %key% that every package.nls file defines', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.properties['tactic.lint.rules'].properties as Record<string, { markdownDescription: string }>;
    for (const file of ['package.nls.json', 'package.nls.ro.json', 'package.nls.ru.json']) {
      const nls = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>;
      for (const rule of RULES) {
        const key = /^%(.+)%$/.exec(props[rule.id].markdownDescription)?.[1];
        assert.ok(key && nls[key], `${file}: ${rule.id}`);
        assert.ok(nls[key].endsWith(`\`${rule.defaultSeverity}\`.`), `${file}: ${rule.id} ends with its default`);
      }
    }
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    for (const rule of RULES) assert.equal(en[`config.tactic.lint.rules.${rule.id}.markdownDescription`], `${rule.description} Default: \`${rule.defaultSeverity}\`.`);
  });

  it('the README table lists every rule with its default, in registry order', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- rules:begin'), readme.indexOf('<!-- rules:end -->'));
    const rows = [...table.matchAll(/^ *\| `([a-z-]+)` \| ([a-z]+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(rows, RULES.map((r) => `${r.id} ${r.defaultSeverity}`));
  });
});

/** The first line that differs, with its neighbours, instead of two whole files. */
function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const around = (lines: string[]) => lines.slice(Math.max(0, i - 2), i + 3).map((l, k) => `  ${Math.max(0, i - 2) + k + 1}: ${l}`).join('\n');
  return `differs from line ${i + 1}\nin the file:\n${around(a)}\ngenerated:\n${around(e)}`;
}
