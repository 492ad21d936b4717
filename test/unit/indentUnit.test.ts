import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indentUnit, indentUnitOf } from '../../server/src/service/authoring/edits';
import type { TacticDocument } from '../../server/src/service/parsing/parse';
import { service } from '../helpers/service';

/** A parsed document that counts how often its text is read. */
function counting(text: string): { doc: TacticDocument; reads: () => number } {
  const parsed = service.parse(text);
  let reads = 0;
  const doc = { ...parsed.doc, get text() { reads++; return text; } } as TacticDocument;
  return { doc, reads: () => reads };
}

describe('indentUnit', () => {
  it('is the smallest step beyond the shallowest key, default 2', () => {
    assert.equal(indentUnit('a:\n    b: 1\n        c: 2\n'), 4);
    assert.equal(indentUnit('a: 1\n'), 2);
    assert.equal(indentUnit(''), 2);
  });

  it('scans a parsed document once, however often completion asks', () => {
    const four = counting('tactic: T\naccount:\n    name: N\n');
    assert.equal(indentUnitOf(four.doc), 4);
    assert.equal(indentUnitOf(four.doc), 4);
    assert.equal(four.reads(), 1);
    const three = counting('tactic: T\naccount:\n   name: N\n');
    assert.equal(indentUnitOf(three.doc), 3, 'another parse has its own answer');
  });
});
