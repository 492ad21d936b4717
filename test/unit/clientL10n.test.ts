/**
 * The client in three languages: its bundles (l10n/, package.nls*.json) translate every key with
 * the same placeholders and `code`, the Lint Workspace summary picks each language's plural forms,
 * and the webview pages get (and check) the language and bundle the extension hands them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { summarize } from '../../client/src/lintSummary';
import { previewHtml } from '../../client/src/preview/html';
import { scorecardHtml } from '../../client/src/scorecard/html';
import { readPageL10n } from '../../client/webview/pageL10n';
import { type L10nBundle, type Language, useLanguage } from '../../server/src/service/light';
import type { LintWorkspaceResult } from '../../server/src/protocol';
import { ROOT } from '../helpers/service';

/** A Lint Workspace result: `unreadable` is how many files could not be read. */
function lintSummaryResult(r: Partial<Omit<LintWorkspaceResult, 'unreadable'>> & { unreadable?: number }): LintWorkspaceResult {
  const unreadable = Array.from({ length: r.unreadable ?? 0 }, (_, i) => ({ uri: `file:///u${i}`, message: 'unreadable' }));
  return { files: 0, filesWithProblems: 0, errors: 0, warnings: 0, information: 0, hints: 0, cancelled: false, ...r, unreadable };
}

const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const bundle = (language: 'ro' | 'ru'): Record<string, string> => json(`l10n/bundle.l10n.${language}.json`);
const english: Record<string, string | { message: string }> = json('l10n/bundle.l10n.json');
const messageOf = (v: string | { message: string }) => (typeof v === 'string' ? v : v.message);
const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
const codes = (s: string) => [...s.matchAll(/`[^`]*`/g)].map((m) => m[0]).sort();
/** Romanian ș ț with a cedilla instead of a comma below. */
const CEDILLA = /[\u015e\u015f\u0162\u0163]/;

function speak(language: Language): void {
  useLanguage(language, language === 'en' ? undefined : (bundle(language) as L10nBundle));
}

afterEach(() => speak('en'));

describe('client translations', () => {
  for (const language of ['ro', 'ru'] as const) {
    it(`l10n/bundle.l10n.${language}.json translates every key, keeping placeholders and code`, () => {
      const translated = bundle(language);
      for (const [key, value] of Object.entries(english)) {
        const t = translated[key];
        assert.equal(typeof t, 'string', `${language}: no translation of ${JSON.stringify(key)}`);
        assert.deepEqual(placeholders(t), placeholders(messageOf(value)), `${language}: ${key}`);
        assert.deepEqual(codes(t), codes(messageOf(value)), `${language}: ${key}`);
      }
      assert.deepEqual(Object.keys(translated), Object.keys(translated).sort(), 'keys sorted');
    });

    it(`package.nls.${language}.json translates every %key% of package.json`, () => {
      const en: Record<string, string> = json('package.nls.json');
      const nls: Record<string, string> = json(`package.nls.${language}.json`);
      const used = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
      assert.ok(used.length > 40, `${used.length} keys`);
      for (const key of used) {
        assert.ok(en[key], `package.nls.json: ${key}`);
        assert.ok(nls[key], `package.nls.${language}.json: ${key}`);
        assert.deepEqual(codes(nls[key]), codes(en[key]), `${language}: ${key}`);
      }
      assert.deepEqual(Object.keys(nls).sort(), Object.keys(en).sort());
    });
  }

  it('Romanian uses ș and ț with the comma below; Russian is in Cyrillic', () => {
    for (const text of [...Object.values(bundle('ro')), ...Object.values(json('package.nls.ro.json') as Record<string, string>)]) {
      assert.doesNotMatch(text, CEDILLA, text);
    }
    const ru: Record<string, string> = json('package.nls.ru.json');
    for (const key of Object.keys(ru).filter((k) => k.startsWith('command.tactic.'))) assert.match(ru[key], /[а-яё]/i, key);
  });
});

describe('the Lint Workspace summary in each language', () => {
  it('English, as before', () => {
    assert.equal(summarize(lintSummaryResult({ files: 1 })), 'Sales Tactics: linted 1 tactic file: no problems.');
    assert.equal(summarize(lintSummaryResult({ files: 3, filesWithProblems: 1, errors: 1, warnings: 2, information: 0 })),
      'Sales Tactics: linted 3 tactic files: 1 error, 2 warnings, 0 information in 1 file.');
    assert.equal(summarize(lintSummaryResult({ files: 2, filesWithProblems: 2, errors: 0, warnings: 1, information: 1, hints: 1, unreadable: 1 })),
      'Sales Tactics: linted 2 tactic files: 0 errors, 1 warning, 1 information, 1 hint in 2 files; 1 file could not be read (see Output).');
    assert.equal(summarize(lintSummaryResult({ files: 0 })), 'Sales Tactics: no tactic files (*.tactic.yaml, *.tactic.yml) in the workspace.');
  });

  it('Russian: 1 / 2–4 / 5+ each with its own form', () => {
    speak('ru');
    assert.equal(summarize(lintSummaryResult({ files: 1, filesWithProblems: 1, errors: 1, warnings: 1, information: 1 })),
      'Sales Tactics: проверка охватила 1 файл тактики: 1 ошибка, 1 предупреждение, 1 информационное сообщение в 1 файле.');
    assert.equal(summarize(lintSummaryResult({ files: 3, filesWithProblems: 2, errors: 2, warnings: 3, information: 4 })),
      'Sales Tactics: проверка охватила 3 файла тактики: 2 ошибки, 3 предупреждения, 4 информационных сообщения в 2 файлах.');
    assert.equal(summarize(lintSummaryResult({ files: 25, filesWithProblems: 11, errors: 5, warnings: 11, information: 0, hints: 21, unreadable: 5 })),
      'Sales Tactics: проверка охватила 25 файлов тактик: 5 ошибок, 11 предупреждений, 0 информационных сообщений, 21 подсказка в 11 файлах; 5 файлов не удалось прочитать (см. «Выходные данные»).');
  });

  it('Romanian: 1 / 2–19 / 20+ ("de") each with its own form', () => {
    speak('ro');
    assert.equal(summarize(lintSummaryResult({ files: 1, filesWithProblems: 1, errors: 1, warnings: 1, information: 1 })),
      'Sales Tactics: verificare încheiată pentru 1 fișier de tactică: 1 eroare, 1 avertisment, 1 informare în 1 fișier.');
    assert.equal(summarize(lintSummaryResult({ files: 3, filesWithProblems: 2, errors: 2, warnings: 19, information: 0 })),
      'Sales Tactics: verificare încheiată pentru 3 fișiere de tactică: 2 erori, 19 avertismente, 0 informări în 2 fișiere.');
    assert.equal(summarize(lintSummaryResult({ files: 120, filesWithProblems: 20, errors: 20, warnings: 101, information: 0, cancelled: true })),
      'Sales Tactics: anulat după o parte a spațiului de lucru: 20 de erori, 101 avertismente, 0 informări în 20 de fișiere.');
  });
});

describe('the webview pages\' language', () => {
  const preview = (l10n?: Parameters<typeof previewHtml>[0]['l10n']) =>
    previewHtml({ cspSource: 'https://x', nonce: 'n0nce', scriptUri: 'https://x/p.js', styleUri: 'https://x/p.css', state: { uri: 'file:///a.tactic.yaml' }, l10n });
  const scorecard = (l10n?: Parameters<typeof scorecardHtml>[0]['l10n']) =>
    scorecardHtml({ cspSource: 'https://x', nonce: 'n0nce', scriptUri: 'https://x/s.js', styleUri: 'https://x/s.css', l10n });

  it('English pages carry no language attributes', () => {
    for (const html of [preview(), scorecard()]) {
      assert.match(html, /<html lang="en">/);
      assert.doesNotMatch(html, /data-l10n|data-language/);
    }
    assert.match(scorecard(), /<h2 id="coverage-title">Decision makers<\/h2>/);
  });

  it('a Russian page is in Russian and hands its script the bundle, escaped, which reads back the same', () => {
    speak('ru');
    const ru = bundle('ru');
    const hostile = { ...ru, 'x"><script>alert(1)</script>': '</body>"\'&' };
    for (const html of [preview({ language: 'ru', bundle: hostile }), scorecard({ language: 'ru', bundle: hostile })]) {
      assert.match(html, /<html lang="ru">/);
      assert.doesNotMatch(html, /<script>alert/);
      const attr = (name: string) => new RegExp(`<body [^>]*\\bdata-${name}="([^"]*)"`).exec(html)?.[1]
        .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      assert.deepEqual(readPageL10n(attr('language'), attr('l10n')), { language: 'ru', bundle: hostile });
    }
    assert.match(scorecard({ language: 'ru', bundle: ru }), /<h2 id="coverage-title">ЛПР<\/h2>/);
    assert.match(preview({ language: 'ru', bundle: ru }), /aria-label="Увеличить"/);
  });

  it('readPageL10n keeps only a known language with a bundle of strings', () => {
    const en = { language: 'en', bundle: {} };
    assert.deepEqual(readPageL10n(undefined, undefined), en);
    assert.deepEqual(readPageL10n('de', '{"a":"b"}'), en);
    assert.deepEqual(readPageL10n('ru', 'not json'), en);
    assert.deepEqual(readPageL10n('ru', '["a"]'), en);
    assert.deepEqual(readPageL10n('ru', '{"a":{"message":"b"}}'), en);
    assert.deepEqual(readPageL10n('ru', '{"a":"b"}'), { language: 'ru', bundle: { a: 'b' } });
    const proto = readPageL10n('ro', '{"__proto__":"x"}').bundle;
    assert.ok(Object.hasOwn(proto, '__proto__'));
    assert.equal(Object.getPrototypeOf(proto), Object.prototype);
  });
});
