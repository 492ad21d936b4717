/**
 * The bench documents must be clean, valid tactics: a document with schema errors or broken
 * references would make `npm run bench` time an early exit instead of the real work.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { benchDocuments, lineCount, viewDocuments, workspaceTactic } from '../../bench/docs';
import { viewRevision } from '../../bench/previewBench';
import { findTarget } from '../../bench/serverBench';
import type { Diagnostic } from '../../server/src/service';
import { findings, service } from '../helpers/service';

const describeFinding = (d: Diagnostic) => `${String(d.code)} at line ${d.range.start.line + 1}: ${JSON.stringify(d.message)}`;

describe('bench documents', () => {
  const docs = benchDocuments();

  it('come in the three sizes the issue names', () => {
    const [realistic, medium, large] = docs.map((d) => d.lines);
    assert.ok(realistic >= 250 && realistic <= 350, `realistic has ${realistic} lines`);
    assert.ok(medium >= 4_500 && medium <= 5_500, `stress 5k has ${medium} lines`);
    assert.ok(large >= 19_000 && large <= 21_000, `stress 20k has ${large} lines`);
  });

  it('are generated the same on every run', () => {
    assert.deepEqual(benchDocuments().map((d) => d.text), docs.map((d) => d.text));
    assert.equal(workspaceTactic(7), workspaceTactic(7));
    assert.notEqual(workspaceTactic(7), workspaceTactic(8));
  });

  for (const doc of docs) {
    it(`${doc.name} has no findings at all`, () => {
      assert.deepEqual(findings(doc.text).map(describeFinding), []);
    });
  }

  it('each has the decision maker the edits, completion and hover aim at', () => {
    for (const doc of docs) {
      const t = findTarget(doc.text);
      const lines = doc.text.split('\n');
      assert.match(lines[t.titleLine], /^ {4}title: \S/, doc.name);
      assert.equal(lines[t.titleLine].length, t.titleLength, doc.name);
      assert.match(lines[t.roleLine], /^ {4}role: [a-z_]+$/, doc.name);
      assert.match(t.influenceText, /^ {4}influence: (low|medium|high)$/, doc.name);
      // In the middle of the document's decision makers, not the first entry.
      assert.ok(t.titleLine > lines.indexOf('decision_makers:') + 10, doc.name);
    }
  });

  it('the preview bench\'s account map and approval chains are clean, of their size, with format v2\'s people fields', () => {
    const [map, chains] = viewDocuments();
    assert.deepEqual(viewDocuments(), [map, chains], 'generated the same on every run');
    for (const doc of [map, chains]) assert.deepEqual(findings(doc.text).map(describeFinding), [], doc.kind);
    const m = service.diagram(service.parse(map.text), 'map');
    assert.equal(m.nodes.filter((n) => n.kind === 'person').length, 50);
    assert.equal(m.nodes.filter((n) => n.kind === 'gatekeeper').length, 10);
    const links = (arrow: string) => m.mermaid.split('\n').filter((l) => l.includes(` ${arrow} `)).length;
    assert.equal(links('---'), 49, 'everyone but the top reports to someone');
    assert.ok(links('--o') >= 10, 'gatekeepers guard people');
    assert.ok(m.mermaid.split('\n').filter((l) => l.includes('-.->')).length >= 50, 'moves reach every decision maker');
    assert.ok(['supporter', 'neutral', 'opponent', 'unknown'].every((a) => new RegExp(`^  class p\\d+.* ${a}$`, 'm').test(m.mermaid)), 'every attitude occurs');
    const c = service.diagram(service.parse(chains.text), 'chains');
    assert.equal(c.nodes.filter((n) => n.kind === 'about').length, 10, 'ten chains, each with when and stage');
    assert.equal(c.nodes.filter((n) => n.kind === 'body').length, 10);
    assert.equal(c.nodes.filter((n) => n.kind === 'missing').length, 0);
  });

  it('a preview bench revision adds one word to one title or chain name, and changes the picture', () => {
    for (const doc of viewDocuments()) {
      const [a, b] = [1, 2].map((k) => viewRevision(doc.kind, doc.text, k));
      const changed = doc.text.split('\n').map((l, i) => [l, a.split('\n')[i]]).filter(([x, y]) => x !== y);
      assert.equal(changed.length, 1, doc.kind);
      assert.match(changed[0][0], doc.kind === 'map' ? /^ {4}title: / : /^ {4}name: /);
      assert.equal(changed[0][1], `${changed[0][0]} v1`);
      const draw = (text: string) => service.diagram(service.parse(text), doc.kind).mermaid;
      assert.notEqual(draw(a), draw(b));
    }
  });

  it('the lint workspace tactics are clean and realistic in size', () => {
    for (const i of [0, 1, 2, 499, 998, 999]) {
      const text = workspaceTactic(i);
      assert.deepEqual(findings(text).map(describeFinding), [], `workspace tactic ${i}`);
      const lines = lineCount(text);
      assert.ok(lines >= 200 && lines <= 420, `workspace tactic ${i} has ${lines} lines`);
    }
  });
});
