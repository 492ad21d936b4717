/**
 * The bench documents must be clean, valid tactics: a document with schema errors or broken
 * references would make `npm run bench` time an early exit instead of the real work.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { benchDocuments, lineCount, workspaceTactic } from '../../bench/docs';
import { findTarget } from '../../bench/serverBench';
import type { Diagnostic } from '../../server/src/service';
import { findings } from '../helpers/service';

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

  it('the lint workspace tactics are clean and realistic in size', () => {
    for (const i of [0, 1, 2, 499, 998, 999]) {
      const text = workspaceTactic(i);
      assert.deepEqual(findings(text).map(describeFinding), [], `workspace tactic ${i}`);
      const lines = lineCount(text);
      assert.ok(lines >= 200 && lines <= 420, `workspace tactic ${i} has ${lines} lines`);
    }
  });
});
