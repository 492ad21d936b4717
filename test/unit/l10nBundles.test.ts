/**
 * The translation bundles: `l10n/bundle.l10n.json` is what the extractor (`npm run l10n`) makes of
 * the source today, and every one of its messages is in Romanian and Russian with the same `{n}`
 * placeholders and the same backticked code, in the spelling the languages use (Romanian ș ț with
 * the comma below, Russian in Cyrillic).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/service';

type Bundle = Record<string, string | { message: string; comment: string[] }>;

const read = (name: string): Bundle => JSON.parse(readFileSync(join(ROOT, 'l10n', name), 'utf8'));
const english = read('bundle.l10n.json');
const TRANSLATIONS = { ro: read('bundle.l10n.ro.json'), ru: read('bundle.l10n.ru.json') };
const messageOf = (v: Bundle[string]) => (typeof v === 'string' ? v : v.message);

/** The `{n}` placeholders of a message, sorted (a translation may reorder them). */
const placeholders = (m: string) => (m.match(/\{\d+\}/g) ?? []).sort();
/** The backticked code spans of a message, sorted: code is never translated. */
const codeSpans = (m: string) => (m.match(/`[^`\n]+`/g) ?? []).sort();
/** Whether the message has words to translate once placeholders and code are taken out. */
const hasWords = (m: string) => /[A-Za-z]{2,}/.test(m.replace(/\{\d+\}/g, '').replace(/`[^`]*`/g, ''));

describe('translation bundles', () => {
  it('bundle.l10n.json is what `npm run l10n` extracts from the source now', () => {
    const out = mkdtempSync(join(tmpdir(), 'tactic-l10n-'));
    try {
      const r = spawnSync(process.execPath, [
        join(ROOT, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js'), 'export', '--outDir', out, 'server/src', 'client/src', 'client/webview',
      ], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const fresh = JSON.parse(readFileSync(join(out, 'bundle.l10n.json'), 'utf8'));
      assert.deepEqual(english, fresh, 'l10n/bundle.l10n.json is stale: run `npm run l10n`');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the schema texts module is generated from the schema as it is now', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'generate-schema-text.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('every counted message has all four plural forms', () => {
    // Forms of one sentence may differ in English (`1 day` / `2 days`), so count by comment.
    const byComment = new Map<string, number>();
    for (const k of Object.keys(english)) {
      const m = /\/plural: (one|few|many|other)$/.exec(k);
      if (m) byComment.set(m[1], (byComment.get(m[1]) ?? 0) + 1);
    }
    const counts = ['one', 'few', 'many', 'other'].map((c) => byComment.get(c) ?? 0);
    assert.ok(counts.every((n) => n === counts[0]), `plural forms per category: ${counts.join(' / ')}`);
  });

  for (const [language, bundle] of Object.entries(TRANSLATIONS)) {
    describe(`bundle.l10n.${language}.json`, () => {
      it('translates every message of bundle.l10n.json, and nothing else', () => {
        const missing = Object.keys(english).filter((k) => typeof bundle[k] !== 'string' || bundle[k] === '');
        assert.deepEqual(missing, [], `untranslated in ${language}`);
        const stale = Object.keys(bundle).filter((k) => !(k in english));
        assert.deepEqual(stale, [], `keys no longer in the source (${language})`);
      });

      it('keeps every placeholder and every backticked code value', () => {
        for (const [key, value] of Object.entries(english)) {
          const source = messageOf(value);
          const translated = bundle[key] as string;
          if (typeof translated !== 'string') continue;
          assert.deepEqual(placeholders(translated), placeholders(source), `placeholders of ${JSON.stringify(key)}`);
          assert.deepEqual(codeSpans(translated), codeSpans(source), `code of ${JSON.stringify(key)}`);
        }
      });

      it('is sorted by key, two-space JSON, with a final line break', () => {
        const text = readFileSync(join(ROOT, 'l10n', `bundle.l10n.${language}.json`), 'utf8');
        const sorted = Object.fromEntries(Object.keys(bundle).sort().map((k) => [k, bundle[k]]));
        assert.equal(text, JSON.stringify(sorted, null, 2) + '\n');
      });
    });
  }

  it('Romanian writes ș and ț with the comma below, never the cedilla', () => {
    for (const [key, value] of Object.entries(TRANSLATIONS.ro)) {
      assert.doesNotMatch(String(value), /[şţŞŢ]/, `cedilla in the Romanian of ${JSON.stringify(key)}`);
    }
  });

  it('Russian is written in Cyrillic wherever the English has words', () => {
    for (const [key, value] of Object.entries(english)) {
      const source = messageOf(value);
      if (!hasWords(source)) continue;
      assert.match(String(TRANSLATIONS.ru[key]), /[\u0400-\u04FF]/, `no Cyrillic in the Russian of ${JSON.stringify(key)}`);
    }
  });

  it('quotes as each language writes them: no English “…” or "…" around words', () => {
    for (const [language, bundle] of Object.entries(TRANSLATIONS)) {
      for (const [key, value] of Object.entries(bundle)) {
        // Romanian „…” closes with the same ” as English, so the opening “ tells them apart.
        assert.doesNotMatch(String(value), language === 'ru' ? /[“”]/ : /“/, `English quotes in the ${language} of ${JSON.stringify(key)}`);
        if (!/"/.test(messageOf(english[key] ?? ''))) assert.doesNotMatch(String(value), /"/, `straight quotes in the ${language} of ${JSON.stringify(key)}`);
      }
    }
  });

});
