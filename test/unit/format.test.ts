import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTextEdits, commentsOf } from '../helpers/edits';
import { readFixture, service, VALID } from '../helpers/service';

function fmt(text: string, tabSize = 2): string {
  return applyTextEdits(text, service.format(service.parse(text), { tabSize, insertSpaces: true }));
}

const MESSY = `# Tactic header comment
tactic:   Messy tactic   
decision_makers:
    # the buyer
    - id: cfo
      title: CFO   # money
      interests:
            - Cost
            -   Risk


    -   id: coo
        title: COO
description: |
    Literal text
      keeps its inner indentation
    # not a comment
sales_cycle:
      start: a
      stages:
      - id: a
        name: A
        next: [b,
               c]
      - id: b
        name: >
          Folded
          name
        outcome: won
# trailing comment
`;

describe('format document', () => {
  it('normalizes indentation and dash spacing, keeping comments, blank lines and block text', () => {
    const out = fmt(MESSY);
    assert.equal(out, `# Tactic header comment
tactic:   Messy tactic
decision_makers:
  # the buyer
  - id: cfo
    title: CFO   # money
    interests:
      - Cost
      - Risk


  - id: coo
    title: COO
description: |
    Literal text
      keeps its inner indentation
    # not a comment
sales_cycle:
  start: a
  stages:
    - id: a
      name: A
      next: [b,
             c]
    - id: b
      name: >
        Folded
        name
      outcome: won
# trailing comment
`);
    assert.deepEqual(commentsOf(out), commentsOf(MESSY));
  });
  it('keeps the data exactly', () => {
    const before = service.parse(MESSY).doc.value;
    assert.deepEqual(JSON.parse(JSON.stringify(service.parse(fmt(MESSY)).doc.value)), JSON.parse(JSON.stringify(before)));
  });
  it('is idempotent', () => {
    const once = fmt(MESSY);
    assert.deepEqual(service.format(service.parse(once), { tabSize: 2, insertSpaces: true }), []);
    const four = fmt(MESSY, 4);
    assert.equal(fmt(four, 4), four);
    assert.match(four, /\n {4}- id: cfo\n {6}title: CFO/);
    assert.match(four, /\n# trailing comment\n$/);
  });
  it('leaves well-formatted examples alone', () => {
    assert.deepEqual(service.format(service.parse(VALID), { tabSize: 2, insertSpaces: true }), []);
    const typical = readFixture('examples', 'typical-findings.tactic.yaml');
    assert.deepEqual(service.format(service.parse(typical), { tabSize: 2, insertSpaces: true }), []);
  });
  it('keeps CRLF line breaks and adds a final one', () => {
    const out = fmt('tactic: T\r\nrisks:\r\n    - risk: r\r\n      mitigation: m');
    assert.equal(out, 'tactic: T\r\nrisks:\r\n  - risk: r\r\n    mitigation: m\r\n');
  });
  it('touches only what changes (one small edit)', () => {
    const text = 'tactic: T\nrisks:\n  - risk: r\n     # odd comment\n    mitigation: m\n';
    const edits = service.format(service.parse(text), { tabSize: 2, insertSpaces: true });
    assert.equal(edits.length, 1);
    assert.equal(edits[0].range.start.line, 3);
    assert.equal(edits[0].range.end.line, 3);
  });
  it('refuses documents with syntax errors', () => {
    for (const broken of ['tactic: [oops\n', 'a: 1\na: 2\n', 'tactic: T\n\tbad: tab\n', '']) {
      assert.deepEqual(service.format(service.parse(broken), { tabSize: 2, insertSpaces: true }), [], JSON.stringify(broken));
    }
  });
});
