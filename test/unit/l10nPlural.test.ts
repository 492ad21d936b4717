/**
 * Plural forms per language: the CLDR category `plural()` picks for a count, and the sentences the
 * bundles give for it (English 1/2/5, Romanian 1/2/20, Russian 1/2/5/21/22/25/11).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { plural, useLanguage, type Language } from '../../server/src/service';
import { speak } from '../../server/src/node/l10nBundle';
import { summaryLine } from '../../server/src/cli/formatStylish';
import type { FileResult } from '../../server/src/cli/lint';

const category = (n: number) => plural(n, { one: () => 'one', few: () => 'few', many: () => 'many', other: () => 'other' });

/** `tactic lint`'s summary for `errors` errors in one file of one. */
function summary(language: Language, errors: number, files = 1): string {
  assert.equal(speak(language).language, language, `the ${language} bundle is found`);
  const list: FileResult[] = Array.from({ length: files }, (_, i) => ({ path: `/${i}`, display: `${i}`, diagnostics: i === 0 && errors ? [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'm' }] : [] }));
  return summaryLine({ errors, warnings: 0, information: 0, hints: 0 }, list);
}

describe('plural forms', () => {
  after(() => useLanguage('en'));

  it('English: 1 one, 2 and 5 other', () => {
    useLanguage('en');
    assert.deepEqual([1, 2, 5].map(category), ['one', 'other', 'other']);
    assert.equal(summary('en', 1), '1 problem (1 error, 0 warnings, 0 information) in 1 of 1 file.');
    assert.equal(summary('en', 2), '2 problems (2 errors, 0 warnings, 0 information) in 1 of 1 file.');
    assert.equal(summary('en', 5, 2), '5 problems (5 errors, 0 warnings, 0 information) in 1 of 2 files.');
    assert.equal(summary('en', 0, 1), 'No problems in 1 file.');
    assert.equal(summary('en', 0, 5), 'No problems in 5 files.');
  });

  it('Romanian: 1 one, 2 few, 20 other (with "de")', () => {
    useLanguage('ro');
    assert.deepEqual([1, 2, 20].map(category), ['one', 'few', 'other']);
    assert.equal(summary('ro', 1), '1 problemă (1 eroare, 0 avertismente, 0 informări) în 1 din 1 fișier.');
    assert.equal(summary('ro', 2), '2 probleme (2 erori, 0 avertismente, 0 informări) în 1 din 1 fișier.');
    assert.equal(summary('ro', 20, 2), '20 de probleme (20 de erori, 0 avertismente, 0 informări) în 1 din 2 fișiere.');
    assert.equal(summary('ro', 0, 20), 'Nicio problemă în 20 de fișiere.');
  });

  it('Russian: 1 and 21 one, 2 and 22 few, 5, 25 and 11 many', () => {
    useLanguage('ru');
    assert.deepEqual([1, 2, 5, 21, 22, 25, 11].map(category), ['one', 'few', 'many', 'one', 'few', 'many', 'many']);
    const errors = (n: number) => /\((\d+ \S+),/.exec(summary('ru', n))![1];
    assert.deepEqual([1, 2, 5, 21, 22, 25, 11].map(errors), ['1 ошибка', '2 ошибки', '5 ошибок', '21 ошибка', '22 ошибки', '25 ошибок', '11 ошибок']);
    assert.equal(summary('ru', 0, 1), 'Замечаний нет: проверен 1 файл.');
    assert.equal(summary('ru', 0, 22), 'Замечаний нет: проверено 22 файла.');
    assert.equal(summary('ru', 0, 11), 'Замечаний нет: проверено 11 файлов.');
    assert.equal(summary('ru', 3, 21), '3 замечания (3 ошибки, 0 предупреждений, 0 информационных сообщений) в 1 из 21 файла.');
  });
});
