import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { DIAGRAM_METHOD, DiagramResult, FLOWCHART_METHOD, FlowchartResult } from '../../server/src/protocol';
import { MERMAID_NODE_ID } from '../../server/src/service';
import { startServer, SERVER_JS, TestServer } from '../helpers/lspClient';
import { readFixture } from '../helpers/service';

describe('tactic/flowchart over LSP', () => {
  let server: TestServer;
  before(async () => {
    assert.ok(existsSync(SERVER_JS), 'dist/server.js is built (npm run build)');
    server = await startServer();
  });
  after(() => server.stop());

  const request = (params: unknown) => server.connection.sendRequest<FlowchartResult | null>(FLOWCHART_METHOD, params);

  it('answers with the diagram of the open text and its version', async () => {
    const uri = 'file:///mem/preview.tactic.yaml';
    await server.open(uri, readFixture('examples', 'regional-retail-erp.tactic.yaml'), 3);
    const r = await request({ uri, version: 3 });
    assert.ok(r);
    assert.equal(r.version, 3);
    assert.equal(r.ok, true);
    assert.match(r.mermaid, /^flowchart TD\n/);
    assert.deepEqual(r.nodes.filter((n) => n.kind === 'stage').map((n) => n.stageId), ['first_call', 'discovery', 'demo', 'proposal', 'nurture', 'won', 'lost']);
    const withActions = await request({ uri, options: { showActions: true, showObjections: 'yes' } });
    assert.ok(withActions!.nodes.some((n) => n.kind === 'action'));
    assert.ok(!withActions!.nodes.some((n) => n.kind === 'objection'), 'only a real boolean turns an overlay on');
  });

  it('follows unsaved edits', async () => {
    const uri = 'file:///mem/edited.tactic.yaml';
    await server.open(uri, 'sales_cycle:\n  stages:\n    - id: a\n      name: A\n', 1);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 12 }, end: { line: 3, character: 13 } }, text: 'Alpha' }],
    });
    const r = await request({ uri });
    assert.equal(r!.version, 2);
    assert.deepEqual(r!.nodes.map((n) => n.label), ['Alpha']);
    // Asked for an older version, the server still draws the one it holds and says so; the preview retries on the mismatch.
    const stale = await request({ uri, version: 1 });
    assert.equal(stale!.version, 2);
    assert.deepEqual(stale!.nodes.map((n) => n.label), ['Alpha']);
  });

  it('answers null for a document that is not open and survives bad params', async () => {
    assert.equal(await request({ uri: 'file:///mem/closed.tactic.yaml' }), null);
    assert.equal(await request({ uri: 42 }), null);
    assert.equal(await request(null), null);
  });
});

describe('tactic/diagram over LSP', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  const request = (params: unknown) => server.connection.sendRequest<DiagramResult | null>(DIAGRAM_METHOD, params);

  it('answers with the view asked for, drawn as tactic/flowchart draws the cycle', async () => {
    const uri = 'file:///mem/views.tactic.yaml';
    await server.open(uri, readFixture('examples', 'regional-retail-erp.tactic.yaml'), 2);
    const cycle = await request({ uri, kind: 'cycle' });
    const flowchart = await server.connection.sendRequest<FlowchartResult | null>(FLOWCHART_METHOD, { uri });
    assert.ok(cycle && flowchart);
    assert.equal(cycle.kind, 'cycle');
    assert.equal(cycle.version, 2);
    assert.equal(cycle.mermaid, flowchart.mermaid);
    assert.deepEqual(cycle.nodes.map((n) => n.mermaidId), flowchart.nodes.map((n) => n.mermaidId));
    for (const n of cycle.nodes) assert.match(n.mermaidId, MERMAID_NODE_ID);
  });

  it('an unknown kind gets the sales cycle; a closed document or bad params get null', async () => {
    const uri = 'file:///mem/kinds.tactic.yaml';
    await server.open(uri, 'sales_cycle:\n  stages:\n    - id: a\n      name: A\n', 1);
    assert.equal((await request({ uri, kind: 'nope' }))!.kind, 'cycle');
    assert.equal((await request({ uri, kind: { toString: 1 } }))!.kind, 'cycle');
    assert.equal(await request({ uri: 'file:///mem/closed.tactic.yaml', kind: 'cycle' }), null);
    assert.equal(await request(null), null);
  });
});
