import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { service, VALID } from '../helpers/service';

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

describe('document symbols', () => {
  const symbols = service.documentSymbols(service.parse(VALID));
  it('lists the header, the nine blocks and the sales cycle in document order', () => {
    assert.deepEqual(symbols.map((s) => s.name), [
      'tactic', 'account', 'product', 'owner', 'reviewed', 'description',
      'decision_makers', 'identification', 'gatekeepers', 'positioning', 'discovery_questions',
      'advancement_actions', 'approval_chains', 'objections', 'risks', 'sales_cycle',
    ]);
  });
  it('names entries by id, title, question, objection and risk', () => {
    const block = (k: string) => symbols.find((s) => s.name === k)!.children!;
    assert.deepEqual(block('decision_makers').map((s) => s.name), ['ceo', 'cfo', 'coo', 'it_head', 'ops_director']);
    assert.equal(block('decision_makers')[1].detail, 'Chief Financial Officer');
    assert.equal(block('discovery_questions')[0].name, 'How do stores order goods today, and who approves the orders?');
    assert.equal(block('objections')[0].name, 'We have just renewed our current ERP support contract');
    assert.equal(block('risks')[1].name, 'Budget frozen until the next fiscal year');
    assert.deepEqual(block('sales_cycle').map((s) => s.name), ['first_call', 'discovery', 'demo', 'proposal', 'nurture', 'won', 'lost']);
    assert.equal(block('sales_cycle')[0].detail, "First call with the CFO's office");
  });
  it('gives exact ranges: a block from its key to its last entry, selection on the key', () => {
    const dm = symbols.find((s) => s.name === 'decision_makers')!;
    assert.equal(dm.range.start.line, lineOf(VALID, 'decision_makers:'));
    assert.equal(dm.range.end.line, lineOf(VALID, 'notes: Usually'));
    assert.deepEqual(dm.selectionRange, { start: { line: dm.range.start.line, character: 0 }, end: { line: dm.range.start.line, character: 15 } });
    const coo = dm.children![2];
    assert.equal(coo.range.start.line, lineOf(VALID, '- id: coo'));
    assert.equal(coo.range.start.character, 4);
    assert.equal(coo.selectionRange.start.character, 8);
  });
  it('handles broken and empty documents', () => {
    assert.deepEqual(service.documentSymbols(service.parse('')), []);
    const broken = service.documentSymbols(service.parse('tactic: T\nrisks:\n  - risk: [x\n'));
    assert.ok(Array.isArray(broken));
    const unnamed = service.documentSymbols(service.parse('tactic: T\nrisks:\n  - likelihood: low\n'));
    assert.equal(unnamed[1].children![0].name, 'entry 1');
  });
});

describe('folding ranges', () => {
  const ranges = service.foldingRanges(service.parse(VALID));
  const starting = (needle: string) => ranges.find((r) => r.startLine === lineOf(VALID, needle));
  it('folds each block from its key to its last line', () => {
    assert.deepEqual(starting('decision_makers:'), { startLine: lineOf(VALID, 'decision_makers:'), endLine: lineOf(VALID, 'notes: Usually') });
    assert.ok(starting('sales_cycle:'));
  });
  it('folds entries, stages and multi-line values', () => {
    assert.deepEqual(starting('- id: coo'), { startLine: lineOf(VALID, '- id: coo'), endLine: lineOf(VALID, '- Faster replenishment') });
    assert.ok(starting('    - id: first_call'));
    assert.ok(starting('description: >'));
  });
  it('gives one range per start line and folds comment runs', () => {
    const starts = ranges.map((r) => r.startLine);
    assert.equal(new Set(starts).size, starts.length);
    const c = service.foldingRanges(service.parse('# one\n# two\ntactic: T\n'));
    assert.deepEqual(c, [{ startLine: 0, endLine: 1, kind: 'comment' }]);
  });
});
