import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyLintSettings, lintConfigSchema, parseLintConfig } from '../../server/src/service/validation/lintConfig';
import { RULES } from '../../server/src/service/validation/rules';
import { fmtRange, marked } from '../helpers/marked';
import { findings, ROOT } from '../helpers/service';

const problemsOf = (text: string) => parseLintConfig(text).problems.map((p) => `${p.code} ${fmtRange(p.range)}`);

describe('parseLintConfig', () => {
  it('reads rule severities and staleReviewDays', () => {
    const { config, problems } = parseLintConfig('rules:\n  stale-review: off\n  missing-block: error\nstaleReviewDays: 180\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { rules: { 'stale-review': 'off', 'missing-block': 'error' }, staleReviewDays: 180 });
  });

  it('gives the defaults for an empty file, a comment-only file and `rules:` without entries', () => {
    for (const text of ['', '# nothing yet\n', 'rules:\n', 'rules: {}\n']) {
      assert.deepEqual(parseLintConfig(text), { config: { rules: {}, staleReviewDays: 90 }, problems: [] }, JSON.stringify(text));
    }
  });

  it('points at an unknown rule id and suggests the close one', () => {
    const m = marked('rules:\n  ⟦missing-blok⟧: error\n');
    const { problems, config } = parseLintConfig(m.text);
    assert.deepEqual(problems.map((p) => fmtRange(p.range)), m.ranges.map(fmtRange));
    assert.equal(problems[0].code, 'schema');
    assert.match(problems[0].message, /`missing-blok` is not a lint rule\. Did you mean `missing-block`\?/);
    assert.deepEqual(config.rules, {});
  });

  it('points at a bad severity, a bad staleReviewDays and an unknown setting, and keeps the valid parts', () => {
    const m = marked('rules:\n  stale-review: off\n  schema: ⟦fatal⟧\nstaleReviewDays: ⟦-3⟧\n⟦staleReview⟧: 3\n');
    const { problems, config } = parseLintConfig(m.text);
    assert.deepEqual(problems.map((p) => fmtRange(p.range)), m.ranges.map(fmtRange));
    assert.match(problems[0].message, /severity of `schema` must be one of `error`, `warning`, `information`, `hint` or `off`/);
    assert.match(problems[1].message, /cannot be negative/);
    assert.match(problems[2].message, /`staleReview` is not a setting.*Did you mean `staleReviewDays`\?/);
    assert.deepEqual(config, { rules: { 'stale-review': 'off' }, staleReviewDays: 90 });
  });

  it('rejects a text staleReviewDays and a list of rules', () => {
    assert.deepEqual(problemsOf('staleReviewDays: "90"\n'), ['schema 1:17-1:21']);
    assert.match(parseLintConfig('rules: [stale-review]\n').problems[0].message, /`rules` must be a mapping/);
  });

  it('reports YAML syntax errors and a non-mapping document, and never throws on hostile text', () => {
    assert.equal(parseLintConfig('rules: [\n').problems[0].code, 'yaml-syntax');
    assert.match(parseLintConfig('- a\n').problems[0].message, /must be a mapping of settings/);
    for (const text of ['\0', 'rules: &a [*a]\n', '['.repeat(100000), 'rules:\n  stale-review: off\n  stale-review: error\n']) {
      const r = parseLintConfig(text);
      assert.ok(r.problems.length > 0, JSON.stringify(text.slice(0, 30)));
    }
  });

  it('is what turns rules off in the service', () => {
    const { config } = parseLintConfig('rules:\n  missing-block: off\n  missing-sales-cycle: error\n');
    const ds = findings('tactic: T\n', undefined, config);
    // no-economic-buyer and no-coach (format v2) keep their defaults: the file does not name them.
    assert.deepEqual(ds.map((d) => `${d.code} ${d.severity}`), ['missing-sales-cycle 1', 'no-economic-buyer 2', 'no-coach 3']);
  });
});

describe('the .tactic-lint.yaml schema', () => {
  it('lists exactly the rules of the registry, each with docs and the five severities', () => {
    const props = lintConfigSchema.properties.rules.properties as Record<string, { enum: string[]; description: string; markdownDescription: string }>;
    assert.deepEqual(Object.keys(props).sort(), RULES.map((r) => r.id).sort());
    for (const [id, p] of Object.entries(props)) {
      assert.deepEqual(p.enum, ['error', 'warning', 'information', 'hint', 'off'], id);
      assert.ok(p.description && p.markdownDescription, id);
    }
  });

  it('is contributed to VS Code for .tactic-lint.yaml and .tactic-lint.yml', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const entry = pkg.contributes.yamlValidation.find((v: { url: string }) => v.url === './schemas/tactic-lint.schema.json');
    assert.deepEqual(entry?.fileMatch, ['.tactic-lint.yaml', '.tactic-lint.yml']);
  });
});

describe('editor settings on top of the file', () => {
  const file = parseLintConfig('rules:\n  missing-block: off\n  stale-review: error\nstaleReviewDays: 30\n').config;

  it('the settings defaults (rules {}, staleReviewDays null) change nothing', () => {
    assert.deepEqual(applyLintSettings({ rules: {}, staleReviewDays: null }, file), file);
    assert.deepEqual(applyLintSettings(null, file), file);
  });

  it('what the user set explicitly wins, rule by rule', () => {
    const merged = applyLintSettings({ rules: { 'missing-block': 'warning' }, staleReviewDays: 120 }, file);
    assert.deepEqual(merged, { rules: { 'missing-block': 'warning', 'stale-review': 'error' }, staleReviewDays: 120 });
  });

  it('bad setting values are ignored, not trusted', () => {
    const merged = applyLintSettings({ rules: { 'missing-block': 'loud', nonsense: 'off' }, staleReviewDays: -1 }, file);
    assert.deepEqual(merged, file);
  });
});
