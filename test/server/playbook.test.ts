/**
 * `tactic/playbook` over LSP against the built dist/server.js: the exported HTML inlines the
 * diagram renderer and allows exactly it by a sha256 source in its policy, the preview's body has
 * no script, Markdown carries the diagrams as ```mermaid blocks, and the request answers null for
 * what it cannot serve and a reason for text that is not a tactic, without disturbing the server.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { PLAYBOOK_METHOD, type PlaybookResponse } from '../../server/src/protocol';
import { startServer, TestServer } from '../helpers/lspClient';
import { readFixture, ROOT } from '../helpers/service';

const EXAMPLE = readFixture('examples', 'regional-retail-erp.tactic.yaml');
const EXAMPLE_URI = pathToFileURL(join(ROOT, 'examples', 'regional-retail-erp.tactic.yaml')).href;
const TITLE = String((parse(EXAMPLE) as { tactic: string }).tactic);
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);

describe('tactic/playbook over LSP', () => {
  let server: TestServer;
  const playbook = (params: unknown) => server.connection.sendRequest(PLAYBOOK_METHOD, params) as Promise<PlaybookResponse | null>;
  const ok = async (params: unknown): Promise<Extract<PlaybookResponse, { ok: true }>> => {
    const r = await playbook(params);
    assert.ok(r, `an answer for ${JSON.stringify(params)}`);
    assert.equal(r.ok, true, JSON.stringify(r).slice(0, 300));
    return r as Extract<PlaybookResponse, { ok: true }>;
  };

  before(async () => {
    server = await startServer();
    await server.open(EXAMPLE_URI, EXAMPLE, 3);
  });
  after(async () => {
    await server.stop();
  });

  it('html: a whole page whose one inline script is allowed by its sha256 in the policy', async () => {
    const r = await ok({ uri: EXAMPLE_URI, format: 'html' });
    assert.equal(r.uri, EXAMPLE_URI);
    assert.equal(r.version, 3);
    assert.equal(r.errors, 0);
    assert.match(r.text, /^<!DOCTYPE html>/);
    assert.ok(r.text.includes(`<h1>${escapeHtml(TITLE)}</h1>`), 'the tactic\'s title');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(r.text);
    assert.ok(csp, 'a Content-Security-Policy meta element');
    const policy = csp[1].replace(/&#39;/g, "'");
    assert.match(policy, /default-src 'none'/);
    const hash = /script-src 'sha256-([A-Za-z0-9+/]+=*)'/.exec(policy);
    assert.ok(hash, `a sha256 script source in ${policy}`);
    assert.doesNotMatch(policy, /unsafe-eval|script-src[^;]*unsafe-inline/);
    const scripts = [...r.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1, 'one script');
    assert.equal(scripts[0][1], '', 'inline, no src');
    assert.ok(scripts[0][2].length > 100_000, 'the Mermaid renderer is inlined');
    assert.equal(createHash('sha256').update(scripts[0][2], 'utf8').digest('base64'), hash[1], 'the policy allows exactly the inlined script');
    assert.match(r.text, /<figure class="diagram" data-kind="cycle"/);
    assert.match(r.text, /<pre class="mermaid-source">flowchart/);
  });

  it('html with bodyOnly: the content without a page or a script', async () => {
    const r = await ok({ uri: EXAMPLE_URI, format: 'html', bodyOnly: true });
    assert.doesNotMatch(r.text, /<script/i);
    assert.doesNotMatch(r.text, /<!DOCTYPE|<html[\s>]|<head[\s>]|<body[\s>]|Content-Security-Policy/i);
    assert.ok(r.text.includes(`<h1>${escapeHtml(TITLE)}</h1>`));
    assert.match(r.text, /<section id="decision-makers">/);
    assert.match(r.text, /<pre class="mermaid-source">flowchart/);
  });

  it('markdown: the brief with the diagrams as ```mermaid blocks and no HTML page', async () => {
    const r = await ok({ uri: EXAMPLE_URI, format: 'markdown' });
    assert.match(r.text, /^```mermaid\nflowchart/m);
    assert.equal((r.text.match(/^```mermaid$/gm) ?? []).length, 2, 'the cycle and the map');
    assert.doesNotMatch(r.text, /<script|<!DOCTYPE/i);
    assert.match(r.text, /^# /m);
    // bodyOnly means nothing for Markdown
    assert.equal((await ok({ uri: EXAMPLE_URI, format: 'markdown', bodyOnly: true })).text, r.text);
  });

  it('follows edits: the playbook of the new version', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: EXAMPLE_URI, version: 4 },
      contentChanges: [{ text: EXAMPLE.replace(`tactic: ${TITLE}`, 'tactic: Edited <b>title</b>') }],
    });
    const r = await ok({ uri: EXAMPLE_URI, format: 'html', bodyOnly: true });
    assert.equal(r.version, 4);
    assert.ok(r.text.includes('<h1>Edited &#60;b&#62;title&#60;/b&#62;</h1>'), r.text.slice(0, 400));
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: EXAMPLE_URI, version: 5 }, contentChanges: [{ text: EXAMPLE }] });
  });

  it('null for a document that is not open, and for a bad format or bad params', async () => {
    assert.equal(await playbook({ uri: 'file:///nowhere/unknown.tactic.yaml', format: 'html' }), null);
    for (const format of ['pdf', 'HTML', '', undefined, null, 42, ['html'], { html: true }]) {
      assert.equal(await playbook({ uri: EXAMPLE_URI, format }), null, `format ${JSON.stringify(format)}`);
    }
    for (const params of [{}, { uri: 42, format: 'html' }, { format: 'html' }, null, 'html']) {
      assert.equal(await playbook(params), null, `params ${JSON.stringify(params)}`);
    }
  });

  it('ok:false with a reason for text that is not a tactic, and for broken YAML', async () => {
    const list = 'file:///ws/list.tactic.yaml';
    await server.open(list, '- a\n- b\n');
    for (const format of ['html', 'markdown']) {
      const r = await playbook({ uri: list, format });
      assert.ok(r && r.ok === false, JSON.stringify(r));
      assert.equal(typeof r.message, 'string');
      assert.match(r.message, /not a tactic/);
    }
    const broken = 'file:///ws/broken.tactic.yaml';
    await server.open(broken, 'tactic: "unclosed\ndecision_makers:\n  - id: a\n');
    const r = await playbook({ uri: broken, format: 'html' });
    assert.ok(r && r.ok === false && r.message.length > 0, JSON.stringify(r));
  });

  it('a tactic with errors is exported with its error count and a note', async () => {
    const uri = 'file:///ws/errors.tactic.yaml';
    await server.open(uri, 'tactic: Has errors\ndecision_makers:\n  - id: cfo\n    title: CFO\n    influence: enormous\nobjections:\n  - objection: Too dear\n    from: [nobody]\n');
    const r = await ok({ uri, format: 'html', bodyOnly: true });
    assert.ok(r.errors > 0, `errors: ${r.errors}`);
    assert.match(r.text, /class="note"/);
    assert.match(r.text, /Too dear/);
  });

  it('the fallback title is the file name when the tactic has none', async () => {
    const uri = 'file:///ws/My%20deal.tactic.yaml';
    await server.open(uri, 'decision_makers:\n  - id: cfo\n    title: CFO\n');
    const r = await ok({ uri, format: 'markdown' });
    assert.match(r.text, /^# My deal$/m);
  });

  it('keeps serving afterwards', async () => {
    const r = await ok({ uri: EXAMPLE_URI, format: 'html' });
    assert.equal(r.version, 5);
    assert.ok(r.text.includes(`<h1>${escapeHtml(TITLE)}</h1>`));
    assert.equal(server.process.exitCode, null, 'the server is alive');
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: EXAMPLE_URI }, position: { line: 1, character: 2 } });
    assert.ok(hover !== undefined);
    assert.doesNotMatch(server.stderr(), /Error|exception/i);
  });
});
