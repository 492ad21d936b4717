/** The diagram layer: every view by kind, generated node ids only, one escaping for all. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DIAGRAM_KINDS, isDiagramKind, MERMAID_NODE_ID } from '../../server/src/service';
import { MERMAID_ID } from '../../client/webview/messages';
import { readFixture, ROOT, service } from '../helpers/service';

const fixtures = () => [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => readFixture('examples', f)),
  ...readdirSync(join(ROOT, 'test', 'fixtures', 'hostile')).filter((f) => f.endsWith('.yaml')).map((f) => readFixture('test', 'fixtures', 'hostile', f)),
];

describe('diagrams', () => {
  it('knows its kinds and nothing else', () => {
    for (const kind of DIAGRAM_KINDS) assert.ok(isDiagramKind(kind));
    for (const bad of ['', 'Cycle', 'constructor', 'toString', 1, null, undefined]) assert.equal(isDiagramKind(bad), false, String(bad));
  });

  it('the cycle view is the sales-cycle flowchart', () => {
    const parsed = service.parse(readFixture('examples', 'regional-retail-erp.tactic.yaml'));
    const options = { showActions: true, showObjections: true };
    assert.equal(service.diagram(parsed, 'cycle', options).mermaid, service.flowchart(parsed, options).mermaid);
  });

  it('every view of every fixture uses generated node ids the webview accepts, and only those', () => {
    assert.equal(MERMAID_ID, MERMAID_NODE_ID, 'the webview checks ids with the service\'s pattern');
    for (const text of fixtures()) {
      const parsed = service.parse(text);
      for (const kind of DIAGRAM_KINDS) {
        const d = service.diagram(parsed, kind, { showActions: true, showObjections: true });
        assert.equal(d.kind, kind);
        for (const n of d.nodes) assert.match(n.mermaidId, MERMAID_NODE_ID);
        // Each node line of the Mermaid text starts with a generated id.
        for (const line of d.mermaid.split('\n').slice(1)) {
          const head = /^\s+(\S+?)[[({>]/.exec(line)?.[1];
          if (head) assert.match(head, MERMAID_NODE_ID, line);
        }
      }
    }
  });
});
