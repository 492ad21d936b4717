/**
 * Findings, rule descriptions, quick-fix titles and the schema's hover descriptions in Romanian
 * and Russian: every message differs from the English one (Russian in Cyrillic), while codes,
 * ranges, severities, data and rule IDs stay exactly those of the English run.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { FIX_ALL_KIND, L10nBundle, Language, parseLintConfig, RULES, useLanguage } from '../../server/src/service';
import { schemaText } from '../../server/src/service/domain/schemaText';
import { tacticSchema } from '../../server/src/service/domain/schema';
import { findings, readFixture, ROOT, service, VALID } from '../helpers/service';

const bundle = (language: Language): L10nBundle => JSON.parse(readFileSync(join(ROOT, 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as L10nBundle;
const BUNDLES = { ro: bundle('ro'), ru: bundle('ru') };
const CYRILLIC = /[\u0400-\u04FF]/;
/** A finding's message as text (LSP allows Markdown content there too). */
const plain = (m: string | { value: string }): string => (typeof m === 'string' ? m : m.value);
/** Romanian letters with diacritics, and the cedilla forms that must never appear. */
const CEDILLA = /[şţŞŢ]/;

/** Tactics that between them trigger most rules, the parser's and the schema's findings. */
const TEXTS: Record<string, string> = {
  typical: readFixture('examples', 'typical-findings.tactic.yaml'),
  'title only': 'tactic: T\n',
  empty: '',
  list: '- a\n- b\n',
  syntax: 'tactic: "unclosed\nrisks: [a, b\n',
  tabs: 'tactic: T\n\tdecision_makers: []\n',
  duplicates: 'tactic: T\ntactic: U\n---\nother: 1\n',
  schema: [
    'tactic: T',
    'reviewed: 2020-13-45',
    'colour: blue',
    'decision_makers:',
    '  - id: Bad Id',
    '    title: 5',
    '    role: boss',
    '  - id: cfo',
    '    title: CFO',
    '    reports_to: ceo',
    '  - id: ceo',
    '    title: CEO',
    '    reports_to: cfo',
    '    attitude: opponent',
    '    influence: high',
    '  - id: cfo',
    '    titel: CFO',
    'identification: {}',
    'gatekeepers: []',
    'positioning:',
    '  - for: cfa',
    'discovery_questions: text',
    'advancement_actions: []',
    'approval_chains:',
    '  - id: a',
    '    steps: [cfo]',
    '  - id: b',
    '    steps: [cfo]',
    '  - id: c',
    '    steps: [{ body: Board }]',
    'objections:',
    '  - objection: Too expensive',
    'risks:',
    '  - risk: Budget freeze',
    'sales_cycle:',
    '  start: first',
    '  stages:',
    '    - id: first',
    '      name: First',
    '      next: [second, third, [x]]',
    '    - id: second',
    '      name: Second',
    '    - id: third',
    '      name: Third',
    '      outcome: won',
    '      next: [first]',
    '    - id: island',
    '      name: Island',
    '      outcome: lost',
    '# tactic-lint-disable no-such-rule',
    '# tactic-lint-disabel stale-review',
    '',
  ].join('\n'),
  valid: VALID,
};

afterEach(() => useLanguage('en'));

/** The quick fixes of findings and "Fix all" (other code actions belong to other features). */
const QUICK_FIXES = ['quickfix', FIX_ALL_KIND];

/** Everything but the message of each finding, to compare across languages. */
const shape = (text: string) => findings(text).map(({ message: _, ...rest }) => rest);

for (const language of ['ro', 'ru'] as const) {
  describe(`validation in ${language === 'ro' ? 'Romanian' : 'Russian'}`, () => {
    it('translates every finding and keeps codes, ranges, severities and data', () => {
      const rules = new Set<string>();
      let count = 0;
      for (const [name, text] of Object.entries(TEXTS)) {
        const english = findings(text);
        const englishShape = shape(text);
        useLanguage(language, BUNDLES[language]);
        const translated = findings(text);
        assert.deepEqual(shape(text), englishShape, name);
        useLanguage('en');
        assert.equal(translated.length, english.length, name);
        for (const [i, d] of translated.entries()) {
          const en = english[i];
          rules.add(String(d.code));
          count++;
          assert.notEqual(plain(d.message), plain(en.message), `${name}: ${plain(en.message)}`);
          if (language === 'ru') assert.match(plain(d.message), CYRILLIC, plain(d.message));
          assert.doesNotMatch(plain(d.message), CEDILLA, plain(d.message));
          // What the message quotes (keys, ids, values) is quoted unchanged.
          for (const code of plain(en.message).match(/`[^`]*`/g) ?? []) assert.ok(plain(d.message).includes(code), `${plain(d.message)} quotes ${code}`);
        }
      }
      assert.ok(count >= 60, `${count} findings`);
      assert.ok(rules.size >= 18, [...rules].join(' '));
    });

    it('translates the rule descriptions (SARIF, help) and keeps the rule IDs', () => {
      const english = RULES.map((r) => ({ id: r.id, description: r.description }));
      useLanguage(language, BUNDLES[language]);
      for (const [i, r] of RULES.entries()) {
        assert.equal(r.id, english[i].id);
        assert.notEqual(r.description, english[i].description, r.id);
        if (language === 'ru') assert.match(r.description, CYRILLIC, r.id);
      }
    });

    it('translates the quick-fix titles, offering the same fixes', () => {
      let count = 0;
      for (const [name, text] of Object.entries(TEXTS)) {
        const parsed = service.parse(text);
        const ds = service.validate(parsed);
        const english = service.codeActions(parsed, ds, QUICK_FIXES);
        useLanguage(language, BUNDLES[language]);
        const translated = service.codeActions(service.parse(text), service.validate(service.parse(text)), QUICK_FIXES);
        useLanguage('en');
        assert.deepEqual(translated.map((a) => [a.kind, a.isPreferred, a.edits.length]), english.map((a) => [a.kind, a.isPreferred, a.edits.length]), name);
        for (const [i, a] of translated.entries()) {
          count++;
          assert.notEqual(a.title, english[i].title, `${name}: ${english[i].title}`);
          if (language === 'ru') assert.match(a.title, CYRILLIC, a.title);
        }
      }
      assert.ok(count >= 15, `${count} actions`);
    });

    it('translates the problems of .tactic-lint.yaml', () => {
      const text = 'rules:\n  stale-reviw: off\n  missing-block: loud\nstaleReviewDays: -1\nextra: 1\n';
      const english = parseLintConfig(text).problems;
      useLanguage(language, BUNDLES[language]);
      const translated = parseLintConfig(text).problems;
      assert.deepEqual(translated.map((p) => [p.code, p.range]), english.map((p) => [p.code, p.range]));
      for (const [i, p] of translated.entries()) assert.notEqual(p.message, english[i].message);
    });

    it("translates the schema's titles and descriptions as hover shows them", () => {
      useLanguage(language, BUNDLES[language]);
      for (const english of schemaTexts()) {
        const translated = schemaText(english);
        assert.notEqual(translated, english, english);
        if (language === 'ru') assert.match(translated, CYRILLIC, english);
      }
      const risks = tacticSchema.properties?.risks;
      const hover = service.hover(service.parse(VALID), { line: VALID.split('\n').findIndex((l) => l.startsWith('risks:')), character: 1 });
      assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents);
      assert.ok(hover.contents.value.includes(schemaText(risks?.markdownDescription ?? risks?.description ?? '')), hover.contents.value);
    });
  });
}

describe('plural forms of counted findings', () => {
  const branches = (n: number) => [
    'tactic: T',
    'sales_cycle:',
    '  stages:',
    '    - id: s',
    '      name: S',
    `      next: [${Array.from({ length: n }, (_, i) => `t${i}`).join(', ')}]`,
    ...Array.from({ length: n }, (_, i) => [`    - id: t${i}`, `      name: T${i}`, '      outcome: won']).flat(),
    '',
  ].join('\n');
  const message = (n: number) => plain(findings(branches(n), 'ambiguous-branch')[0]?.message ?? '');
  /** The stale-review finding for a review `days` before the helpers' today, 2026-11-29. */
  const stale = (days: number) => plain(findings(`tactic: T\nreviewed: ${new Date(Date.UTC(2026, 10, 29 - days)).toISOString().slice(0, 10)}\n`, 'stale-review', { rules: {}, staleReviewDays: 0 })[0].message);

  it('Russian: 1 / 2–4 / 5+', () => {
    useLanguage('ru', BUNDLES.ru);
    assert.match(message(2), /2 перехода `next`/);
    assert.match(message(5), /5 переходов `next`/);
    assert.match(message(22), /22 перехода `next`/);
    assert.match(message(21), /21 переход `next`/);
    assert.match(stale(1), /1 день назад/);
    assert.match(stale(3), /3 дня назад/);
    assert.match(stale(5), /5 дней назад/);
    assert.match(stale(21), /21 день назад/);
  });

  it('Romanian: 1 / 2–19 / 20+ with "de"', () => {
    useLanguage('ro', BUNDLES.ro);
    assert.match(message(2), /2 tranziții `next`/);
    assert.match(message(20), /20 de tranziții `next`/);
    assert.match(message(101), /101 tranziții `next`/);
    assert.match(stale(1), /acum 1 zi /);
    assert.match(stale(19), /acum 19 zile /);
    assert.match(stale(25), /acum 25 de zile /);
  });

  it('English stays as it was', () => {
    assert.match(message(2), /^The stage `s` has 2 `next` transitions without a `when`/);
    assert.match(message(5), /has 5 `next` transitions/);
  });
});

/** Every title and description in the tactic schema (the texts schemaText() translates). */
function schemaTexts(): string[] {
  const texts = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    for (const [key, value] of Object.entries(node)) {
      if (['title', 'description', 'markdownDescription'].includes(key) && typeof value === 'string') texts.add(value);
      else walk(value);
    }
  };
  walk(tacticSchema);
  return [...texts];
}
