import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionItem, CompletionList, DocumentSymbol, FoldingRange, Hover, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { applyTextEdits, commentsOf } from '../helpers/edits';
import { startServer, SERVER_JS, TestServer } from '../helpers/lspClient';
import { service } from '../helpers/service';

/** A tactic the server has never seen; `at(needle, k)` is the position k characters into needle. */
const TEXT = `# Field-service tactic for utilities
tactic: Utilities — field-service scheduling
account: Regional water utilities

decision_makers:
  - id: ops_chief
    title: Head of field operations
    role: user_buyer
    influence: high
    interests:
      - Fewer missed appointments
  - id: finance-lead
    title: Finance lead
    role: economic_buyer

positioning:
  - for: ops_chief
    as: scheduling expert
  - for: finance_lead
    as: cost partner

approval_chains:
  - id: default
    steps: [ops_chief, finance-lead]

objections:
  - objection: Our crews will not use an app   # they say it every time

sales_cycle:
  start: intro
  stages:
    - id: intro
      name: Intro call
      next: [pilot]
    - id: pilot
      name: Pilot in one district
      next:
        - { to: signed, when: Pilot succeeds }
    - id: signed
      name: Signed
      outcome: won
`;
function at(needle: string, k = 0, text = TEXT) {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = text.slice(0, i + k).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('authoring over LSP against the built server', () => {
  let server: TestServer;
  const uri = 'file:///mem/authoring.tactic.yaml';
  const doc = { uri };
  before(async () => {
    assert.ok(existsSync(SERVER_JS), 'dist/server.js is built (npm run build)');
    server = await startServer();
    await server.open(uri, TEXT);
    await server.diagnostics(uri);
  });
  after(() => server.stop());
  const request = <R>(method: string, params: object) => server.connection.sendRequest(method, params) as Promise<R>;

  it('completes decision maker ids in a flow list, with their titles', async () => {
    const text = TEXT.replace('steps: [ops_chief, finance-lead]', 'steps: [ops_chief, ]');
    const u = 'file:///mem/completion.tactic.yaml';
    await server.open(u, text);
    const list = await request<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: at('steps: [ops_chief, ', 19, text) });
    const items = Array.isArray(list) ? list : list.items;
    assert.deepEqual(items.map((i) => i.label), ['finance-lead']);
    assert.match(String(items[0].detail), /Finance lead/);
  });

  it('completes the fields an objection lacks, and enum values', async () => {
    const text = TEXT.replace('# they say it every time\n', '# they say it every time\n    \n');
    const u = 'file:///mem/completion2.tactic.yaml';
    await server.open(u, text);
    const pos = { line: at('# they say it every time', 0, text).line + 1, character: 4 };
    const list = await request<CompletionList>('textDocument/completion', { textDocument: { uri: u }, position: pos });
    assert.deepEqual(list.items.map((i) => i.label).sort(), ['from', 'responses', 'stage']);
    const roles = await request<CompletionList>('textDocument/completion', { textDocument: doc, position: at('role: user_buyer', 6) });
    assert.ok(roles.items.some((i) => i.label === 'coach'));
  });

  it('hovers a reference with the decision maker behind it', async () => {
    const h = await request<Hover>('textDocument/hover', { textDocument: doc, position: at('- for: ops_chief', 9) });
    const value = (h.contents as { value: string }).value;
    assert.match(value, /Head of field operations/);
    assert.match(value, /Fewer missed appointments/);
    assert.deepEqual(h.range, { start: at('- for: ops_chief', 7), end: at('- for: ops_chief', 16) });
  });

  it('goes to the definition of a stage and finds every reference of a decision maker', async () => {
    const defs = await request<Location[]>('textDocument/definition', { textDocument: doc, position: at('{ to: signed', 8) });
    assert.deepEqual(defs, [{ uri, range: { start: at('- id: signed', 6), end: at('- id: signed', 12) } }]);
    const refs = await request<Location[]>('textDocument/references', { textDocument: doc, position: at('- id: ops_chief', 8), context: { includeDeclaration: true } });
    assert.equal(refs.length, 3);
    const hl = await request<Array<{ kind: number }>>('textDocument/documentHighlight', { textDocument: doc, position: at('[pilot]', 2) });
    assert.deepEqual(hl.map((h) => h.kind), [2, 3]); // the reference comes first in the text
  });

  it('renames an id everywhere and rejects a clashing id with a message', async () => {
    const prep = await request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: doc, position: at('- id: ops_chief', 7) });
    assert.equal(prep.placeholder, 'ops_chief');
    const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument: doc, position: at('- id: ops_chief', 7), newName: 'field_ops' });
    const renamed = applyTextEdits(TEXT, edit.changes![uri]);
    assert.equal((renamed.match(/field_ops/g) ?? []).length, 3);
    assert.ok(!renamed.includes('ops_chief'));
    await assert.rejects(
      request('textDocument/rename', { textDocument: doc, position: at('- id: ops_chief', 7), newName: 'finance-lead' }),
      /already exists/,
    );
    await assert.rejects(request('textDocument/prepareRename', { textDocument: doc, position: at('title: Finance', 8) }), /Only ids can be renamed/);
  });

  it('offers quick fixes for published diagnostics and a fix-all source action', async () => {
    const ds = await server.diagnostics(uri);
    const unknown = ds.find((d) => d.code === 'unknown-reference');
    assert.ok(unknown, JSON.stringify(ds));
    const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument: doc, range: unknown.range, context: { diagnostics: [unknown] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Did you mean `finance-lead`?'), titles.join(' | '));
    assert.ok(titles.includes('Create decision maker `finance_lead`'));
    const fixed = applyTextEdits(TEXT, actions.find((a) => a.title === 'Did you mean `finance-lead`?')!.edit!.changes![uri]);
    assert.ok(!service.validate(fixed).some((d) => d.code === 'unknown-reference'));

    const objection = ds.find((d) => d.code === 'objection-without-response')!;
    const add = await request<CodeAction[]>('textDocument/codeAction', { textDocument: doc, range: objection.range, context: { diagnostics: [objection], only: ['quickfix'] } });
    assert.equal(add.length, 1);
    const withResponse = applyTextEdits(TEXT, add[0].edit!.changes![uri]);
    assert.match(withResponse, /# they say it every time\n {4}responses:\n {6}- </);

    const all = await request<CodeAction[]>('textDocument/codeAction', { textDocument: doc, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(all.map((a) => a.kind), ['source.fixAll.tactic']);
    const everything = applyTextEdits(TEXT, all[0].edit!.changes![uri]);
    assert.deepEqual(commentsOf(everything), commentsOf(TEXT));
    const left = service.validate(everything).map((d) => String(d.code));
    assert.ok(!left.includes('missing-block') && !left.includes('objection-without-response'), left.join());
  });

  it('finds the fixes itself when the request carries no diagnostics', async () => {
    const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument: doc, range: { start: at('- for: finance_lead', 8), end: at('- for: finance_lead', 8) }, context: { diagnostics: [], only: ['quickfix'] } });
    assert.ok(actions.some((a) => a.title === 'Did you mean `finance-lead`?'), actions.map((a) => a.title).join(' | '));
    assert.equal(actions.find((a) => a.title === 'Did you mean `finance-lead`?')!.diagnostics![0].code, 'unknown-reference');
  });

  it('formats the document, keeping comments, and is idempotent', async () => {
    // every indentation doubled, with three spaces after each dash to keep entries aligned
    const messy = TEXT.replace(/^( +)/gm, '$1$1').replace(/^( *)- /gm, '$1-   ');
    assert.deepEqual(service.parse(messy).doc.value, service.parse(TEXT).doc.value);
    const u = 'file:///mem/format.tactic.yaml';
    await server.open(u, messy);
    const edits = await request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: u }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(edits.length > 0);
    assert.equal(applyTextEdits(messy, edits), TEXT);
    const none = await request<TextEdit[]>('textDocument/formatting', { textDocument: doc, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(none, []);
  });

  it('gives the outline and folding ranges', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: doc });
    assert.deepEqual(symbols.map((s) => s.name), ['tactic', 'account', 'decision_makers', 'positioning', 'approval_chains', 'objections', 'sales_cycle']);
    assert.deepEqual(symbols[2].children!.map((c) => c.name), ['ops_chief', 'finance-lead']);
    assert.deepEqual(symbols[6].children!.map((c) => c.name), ['intro', 'pilot', 'signed']);
    const folds = await request<FoldingRange[]>('textDocument/foldingRange', { textDocument: doc });
    assert.ok(folds.some((f) => f.startLine === at('decision_makers:').line && f.endLine === at('role: economic_buyer').line));
  });

  it('answers requests for an unknown document with null and keeps running', async () => {
    const none = await request('textDocument/hover', { textDocument: { uri: 'file:///mem/not-open.tactic.yaml' }, position: { line: 0, character: 0 } });
    assert.equal(none, null);
    assert.equal(server.process.exitCode, null);
  });
});
