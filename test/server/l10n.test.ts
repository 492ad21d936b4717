/**
 * The language server speaks the `locale` of the initialize request (VS Code sends its display
 * language): `ro`, `ru`, `ru-RU` with the bundle beside dist/, anything else English. A pseudo
 * bundle installed as Russian beside a copy of dist/server.js shows that what the server answers
 * (hover, completion, outline, the readiness lens, rename refusals, Mark as Reviewed) goes
 * through it.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, CompletionItem, CompletionList, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { MARK_REVIEWED_METHOD, type MarkReviewedResult } from '../../server/src/protocol';
import { SERVER_JS, startServer, type TestServer } from '../helpers/lspClient';
import { marked, pseudoBundle } from '../helpers/pseudo';
import { readFixture } from '../helpers/service';

const TEXT = readFixture('examples', 'typical-findings.tactic.yaml');
const URI = 'file:///l10n/typical.tactic.yaml';
const BLOCK_LINE = TEXT.split('\n').findIndex((l) => l.startsWith('decision_makers:'));

async function ask(server: TestServer) {
  const c = server.connection;
  await server.open(URI, TEXT);
  const diagnostics = await server.diagnostics(URI);
  const hover = (await c.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: BLOCK_LINE, character: 1 } })) as Hover;
  const lenses = (await c.sendRequest('textDocument/codeLens', { textDocument: { uri: URI } })) as CodeLens[];
  const symbols = (await c.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
  return { diagnostics, hover: (hover.contents as { value: string }).value, lens: lenses[0].command!.title, symbols };
}

describe('the server speaks the locale of initialize', () => {
  const cases: Array<[string | undefined, RegExp]> = [
    [undefined, /block 1 of 9/],
    ['de', /block 1 of 9/],
    ['ro', /blocul 1 din 9/],
    ['ru-RU', /блок 1 из 9/],
  ];
  for (const [locale, expected] of cases) {
    it(`locale ${locale ?? '(none)'}`, async () => {
      const server = await startServer({ locale });
      try {
        const english = locale === undefined || locale === 'de';
        const answers = await ask(server);
        assert.match(answers.hover, expected);
        assert.match(answers.lens, english ? /^Readiness / : locale === 'ro' ? /^Grad de pregătire / : /^Готовность /);
        if (!english) assert.ok(answers.symbols.some((s) => s.detail && (locale === 'ro' ? /intr[aă]r/ : /[\u0400-\u04FF]/).test(s.detail)), JSON.stringify(answers.symbols.map((s) => s.detail)));
      } finally {
        await server.stop();
      }
    });
  }

  it('Russian and Romanian findings sit where the English ones do, under the same rule IDs', async () => {
    const runs = [];
    for (const locale of ['en', 'ro', 'ru']) {
      const server = await startServer({ locale });
      try {
        runs.push((await ask(server)).diagnostics.map((d) => ({ code: d.code, range: d.range, severity: d.severity })));
      } finally {
        await server.stop();
      }
    }
    assert.ok(runs[0].length > 0);
    assert.deepEqual(runs[1], runs[0]);
    assert.deepEqual(runs[2], runs[0]);
  });
});

describe('pseudo-locale: the server', () => {
  let home: string;
  let server: TestServer;

  before(async () => {
    home = mkdtempSync(join(tmpdir(), 'tactic-pseudo-server-'));
    mkdirSync(join(home, 'dist'));
    mkdirSync(join(home, 'l10n'));
    copyFileSync(SERVER_JS, join(home, 'dist', 'server.js'));
    writeFileSync(join(home, 'l10n', 'bundle.l10n.ru.json'), JSON.stringify(pseudoBundle()));
    server = await startServer({ locale: 'ru', serverJs: join(home, 'dist', 'server.js') });
  });
  after(async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('hover, the readiness lens and the outline', async () => {
    const answers = await ask(server);
    assert.ok(marked(answers.hover), answers.hover);
    assert.ok(marked(answers.lens), answers.lens);
    for (const s of answers.symbols.filter((x) => x.children)) assert.ok(marked(s.detail), `${s.name}: ${s.detail}`);
  });

  it('completion of a new tactic', async () => {
    const uri = 'file:///l10n/empty.tactic.yaml';
    await server.open(uri, '');
    const list = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } })) as CompletionList | CompletionItem[];
    const items = Array.isArray(list) ? list : list.items;
    const snippet = items.find((i) => i.kind === 15)!;
    assert.ok(marked(snippet.label) && marked(String(snippet.detail)), JSON.stringify(snippet));
  });

  it('rename refusals and Mark as Reviewed messages', async () => {
    await assert.rejects(
      server.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: URI }, position: { line: 0, character: 1 } }),
      (e: Error) => marked(e.message),
    );
    const uri = 'file:///l10n/broken.tactic.yaml';
    await server.open(uri, '- a\n- b\n');
    const r = (await server.connection.sendRequest(MARK_REVIEWED_METHOD, { uri })) as MarkReviewedResult;
    assert.ok(marked(r.message), r.message);
  });

  it('findings', async () => {
    const diagnostics = await server.diagnostics(URI);
    for (const d of diagnostics) assert.ok(marked(String(d.message)), `${d.code}: ${d.message}`);
  });
});
