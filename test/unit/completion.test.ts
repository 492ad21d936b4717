import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-types';
import { applyTextEdits, commentsOf } from '../helpers/edits';
import { marked } from '../helpers/marked';
import { service, TODAY, VALID } from '../helpers/service';
import { BLOCK_KEYS } from '../../server/src/service';

/** Completion items at the `|` cursor of `source`. */
function complete(source: string): CompletionItem[] {
  const m = marked(source, { cursor: true });
  return service.complete(service.parse(m.text), m.cursor!).items;
}
const labels = (source: string) => complete(source).map((i) => i.label);

/** The text after choosing `label`, with snippet syntax reduced to its default values. */
function choose(source: string, label: string): string {
  const m = marked(source, { cursor: true });
  const item = service.complete(service.parse(m.text), m.cursor!).items.find((i) => i.label === label);
  assert.ok(item, `item ${label} offered`);
  const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
  assert.ok(edit && 'range' in edit, 'item has a text edit');
  const plain = edit.newText.replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([\\$}])/g, '$1');
  return applyTextEdits(m.text, [{ range: edit.range, newText: plain }]);
}

const HEAD = `tactic: T
decision_makers:
  - id: cfo
    title: Chief Financial Officer
    role: economic_buyer
  - id: ops_director
    title: Store operations director
    name: Dana
`;
const CYCLE = `sales_cycle:
  start: first_call
  stages:
    - id: first_call
      name: First call
      next: [demo]
    - id: demo
      name: Demo
      outcome: won
`;

describe('completion: keys', () => {
  it('offers the whole tactic and every top-level key in an empty file', () => {
    const ls = labels('|');
    assert.equal(ls[0], 'New tactic');
    for (const k of ['tactic', 'account', ...BLOCK_KEYS, 'sales_cycle']) assert.ok(ls.includes(k), k);
  });
  it('fills the whole-tactic snippet from the template with tab stops, today as reviewed date', () => {
    const item = complete('|').find((i) => i.label === 'New tactic')!;
    const text = (item.textEdit as { newText: string }).newText;
    assert.equal(item.insertTextFormat, 2);
    assert.match(text, /tactic: \$\{1:Title of the tactic\}/);
    assert.match(text, new RegExp(`reviewed: \\$\\{\\d+:${TODAY.toISOString().slice(0, 10)}\\}`));
    // the same placeholder is one tab stop everywhere, so the id is typed once
    const ids = text.match(/\$\{(\d+):decision_maker_id\}/g)!;
    assert.ok(ids.length >= 3 && new Set(ids).size === 1, ids.join());
    const inserted = choose('|', 'New tactic');
    assert.ok(service.parse(inserted).doc.problems.length === 0, 'the tactic parses');
  });
  it('never offers a top-level key that exists, and offers each missing block', () => {
    const ls = labels(`tactic: T\nrisks: []\n|\n`);
    assert.ok(!ls.includes('tactic') && !ls.includes('risks') && !ls.includes('New tactic'));
    for (const k of BLOCK_KEYS.filter((b) => b !== 'risks')) assert.ok(ls.includes(k), k);
    const gk = complete(`tactic: T\nrisks: []\n|\n`).find((i) => i.label === 'gatekeepers')!;
    assert.match(String(gk.detail), /^Block 3 of 9, not in this tactic yet/);
  });
  it('offers all missing blocks in one snippet at the top level of a started tactic', () => {
    const source = `tactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\n|\nrisks: []\n`;
    const item = complete(source).find((i) => i.label === 'All missing blocks (7)')!;
    assert.ok(item, labels(source).join());
    const after = choose(source, 'All missing blocks (7)');
    assert.deepEqual(service.parse(after).doc.problems, []);
    assert.deepEqual(service.validate(after).filter((d) => d.code === 'missing-block' || d.code === 'missing-sales-cycle'), []);
    assert.match(after, /positioning:\n {2}- for: cfo\n/);
  });
  it('inserts a missing block with one entry whose required fields are tab stops', () => {
    const item = complete(`tactic: T\n|`).find((i) => i.label === 'decision_makers')!;
    assert.equal((item.textEdit as { newText: string }).newText, 'decision_makers:\n  - id: ${1:decision_maker_id}\n    title: ${2:Job title}');
    assert.equal((item.documentation as { kind: string }).kind, 'markdown');
    assert.match((item.documentation as { value: string }).value, /Block 1/);
  });
  it('offers the fields of a decision maker that it does not have yet, with schema docs', () => {
    const items = complete(`${HEAD}    |\n`);
    const ls = items.map((i) => i.label);
    assert.deepEqual(ls.sort(), ['attitude', 'influence', 'interests', 'notes', 'reports_to', 'role']);
    assert.match(String((items.find((i) => i.label === 'influence')!.documentation as { value: string }).value), /weight/);
  });
  it('also excludes keys written below the cursor', () => {
    const ls = labels(`tactic: T\nrisks:\n  - risk: r\n    |\n    mitigation: m\n`);
    assert.ok(!ls.includes('risk') && !ls.includes('mitigation'));
    assert.ok(ls.includes('likelihood') && ls.includes('signals'));
  });
  it('offers a new entry snippet and the entry fields on a new list item', () => {
    const items = complete(`${HEAD}  - |\n`);
    const entry = items.find((i) => i.label === 'New decision maker')!;
    assert.ok(entry, items.map((i) => i.label).join());
    assert.equal((entry.textEdit as { newText: string }).newText, 'id: ${1:decision_maker_id}\n  title: ${2:Job title}');
    assert.ok(items.some((i) => i.label === 'id') && items.some((i) => i.label === 'title'));
  });
  it('offers the keys of the sales cycle, of a stage and of a transition', () => {
    assert.deepEqual(labels(`tactic: T\nsales_cycle:\n  |\n`).sort(), ['direction', 'stages', 'start']);
    assert.deepEqual(labels(`tactic: T\nsales_cycle:\n  start: a\n  |\n`).sort(), ['direction', 'stages']);
    assert.deepEqual(labels(`${CYCLE}    - id: x\n      name: X\n      |\n`).sort(), ['goal', 'next', 'outcome', 'owner']);
    assert.deepEqual(labels(`${CYCLE}    - id: x\n      name: X\n      next: [{ to: demo, |`).sort(), ['when']);
  });
  it('gives enum fields a choice snippet and reference fields a suggestion trigger', () => {
    const items = complete(`${HEAD}    |\n`);
    assert.equal((items.find((i) => i.label === 'influence')!.textEdit as { newText: string }).newText, 'influence: ${1|low,medium,high|}');
    const pos = complete(`tactic: T\npositioning:\n  - as: expert\n    |\n`).find((i) => i.label === 'for')!;
    assert.equal(pos.command?.command, 'editor.action.triggerSuggest');
  });
  it('replaces the word being typed', () => {
    const after = choose(`tactic: T\nrisks:\n  - risk: r\n    mitig|\n`, 'mitigation');
    assert.equal(after, 'tactic: T\nrisks:\n  - risk: r\n    mitigation: \n');
  });
  it('works while the document is broken elsewhere', () => {
    const broken = `tactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\n  - id: [[[ unclosed\n    title: "oops\nrisks:\n  - risk: r\n    |\n`;
    assert.ok(service.parse(broken.replace('|', '')).doc.broken);
    const ls = labels(broken);
    assert.ok(ls.includes('likelihood') && ls.includes('mitigation') && !ls.includes('risk'), ls.join());
  });
});

describe('completion: values', () => {
  it('offers enum values', () => {
    assert.deepEqual(labels(`${HEAD}    influence: |\n`), ['low', 'medium', 'high']);
    assert.deepEqual(labels(`tactic: T\ndiscovery_questions:\n  - question: q\n    type: |\n`), ['situation', 'problem', 'implication', 'need_payoff']);
    assert.deepEqual(labels(`tactic: T\nsales_cycle:\n  direction: |\n`), ['TD', 'LR']);
    assert.deepEqual(labels(`${CYCLE}    - id: x\n      name: X\n      outcome: w|\n`), ['won', 'lost']);
    assert.deepEqual(labels(`tactic: T\nrisks:\n  - risk: r\n    impact: |\n`), ['low', 'medium', 'high']);
  });
  it('offers the suggested identification sources', () => {
    const ls = labels(`tactic: T\nidentification:\n  - source: |\n`);
    assert.ok(ls.includes('linkedin') && ls.includes('cold_call') && ls.includes('crm'));
  });
  it('offers decision maker ids with their titles for `for`', () => {
    const items = complete(`${HEAD}positioning:\n  - for: |\n`);
    assert.deepEqual(items.map((i) => i.label), ['cfo', 'ops_director']);
    assert.match(String(items[0].detail), /Chief Financial Officer/);
    assert.match(String(items[1].detail), /Store operations director/);
  });
  it('offers the ids not yet in a flow list', () => {
    assert.deepEqual(labels(`${HEAD}approval_chains:\n  - id: std\n    steps: [cfo, |]\n`), ['ops_director']);
    assert.deepEqual(labels(`${HEAD}identification:\n  - source: web\n    method: m\n    finds: [|]\n`), ['cfo', 'ops_director']);
    assert.deepEqual(labels(`${HEAD}objections:\n  - objection: o\n    from: [ops_director, c|`), ['cfo']);
  });
  it('offers stage ids for stage references, `start`, `next` items and `to`', () => {
    assert.deepEqual(labels(`${HEAD}advancement_actions:\n  - action: a\n    stage: |\n${CYCLE}`), ['first_call', 'demo']);
    assert.deepEqual(labels(`tactic: T\nsales_cycle:\n  start: |\n  stages:\n    - id: a\n      name: A\n`), ['a']);
    const next = labels(`${CYCLE}    - id: x\n      name: X\n      next:\n        - demo\n        - |\n`);
    assert.ok(next.includes('first_call') && next.includes('x') && !next.includes('demo'), next.join());
    assert.ok(next.includes('{ to, when }'));
    assert.ok(next.includes('to') && next.includes('when'), 'a transition can also be a block mapping');
    assert.deepEqual(labels(`${CYCLE}    - id: x\n      name: X\n      next:\n        - to: |\n`), ['first_call', 'demo', 'x']);
    assert.deepEqual(labels(`${CYCLE}    - id: x\n      name: X\n      next:\n        - to: demo\n          |\n`), ['when']);
    const wide = labels(`${CYCLE}    - id: x\n      name: X\n      next:\n        -   demo\n        -   |\n`);
    assert.ok(!wide.includes('demo') && wide.includes('first_call'), wide.join());
    assert.deepEqual(labels(`${CYCLE}    - id: x\n      name: X\n      next: [{ to: |`), ['first_call', 'demo', 'x']);
  });
  it('offers ids in a document that does not parse', () => {
    const items = complete(`tactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\n  - id: coo\n    title: [broken\npositioning:\n  - for: |\n`);
    assert.ok(items.some((i) => i.label === 'cfo'), items.map((i) => i.label).join());
  });
  it('suggests undefined but referenced ids when writing a new id', () => {
    assert.deepEqual(labels(`tactic: T\npositioning:\n  - for: cto\n    as: x\ndecision_makers:\n  - id: |\n`), ['cto']);
  });
  it('offers nothing inside free text, comments or quoted strings', () => {
    assert.deepEqual(labels(`${HEAD}    notes: Likes golf and |\n`), []);
    assert.deepEqual(labels(`# a comment |\n`), []);
    assert.deepEqual(labels(`${HEAD}    notes: "quoted |`), []);
  });
  it('offers keys at every level of the complete example without crashing', () => {
    const lines = VALID.split('\n');
    let count = 0;
    for (let l = 0; l < lines.length; l++) {
      const text = lines.slice(0, l).join('\n') + '\n' + lines[l].replace(/\S.*$/, '') + '|\n' + lines.slice(l + 1).join('\n');
      count += complete(text).length;
    }
    assert.ok(count > 0);
  });
});

describe('authoring features on arbitrary text', () => {
  it('never throw at any position, whatever the text', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom('tactic: T\n', 'risks:\n  - risk: r\n', 'objections:\n  - objection: o\n', 'positioning:\n  - for: cto\n    as: x\n', 'approval_chains: []\n', 'decison_makers: []\n', 'decision_makers:\n', '  - id: cfo\n', '    title: X\n', '  - ', 'for: ', '[cfo, ', '{ to: ', '}', ']', '\n', '  ', '- ', '#c\n', '"', "'", '|\n', '>\n', '&a ', '*a', ':', 'sales_cycle:\n  stages:\n', '    - id: s\n', '      next: [', '\t', '\r\n', '\r', 'é', '𝄞');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (parts, seed) => {
        const text = parts.join('');
        const parsed = service.parse(text);
        const offset = text.length === 0 ? 0 : seed % (text.length + 1);
        const pos = parsed.doc.lines.positionAt(offset);
        service.complete(parsed, pos);
        service.hover(parsed, pos);
        service.definition(parsed, pos);
        service.references(parsed, pos);
        service.documentHighlights(parsed, pos);
        service.prepareRename(parsed, pos);
        service.rename(parsed, pos, 'renamed');
        service.documentSymbols(parsed);
        service.foldingRanges(parsed);
        const edits = service.format(parsed, { tabSize: 2, insertSpaces: true });
        if (edits.length) {
          // formatting never changes the data and is idempotent
          const once = applyTextEdits(text, edits);
          assert.equal(JSON.stringify(service.parse(once).doc.value), JSON.stringify(parsed.doc.value));
          assert.deepEqual(service.format(service.parse(once), { tabSize: 2, insertSpaces: true }), []);
        }
        // every action (fix all included) keeps the YAML as sound as it was, and its comments
        for (const action of service.codeActions(parsed, service.validate(parsed), ['quickfix', 'source.fixAll'])) {
          const fixed = applyTextEdits(text, action.edits);
          assert.ok(service.parse(fixed).doc.problems.length <= parsed.doc.problems.length, `${action.title} on ${JSON.stringify(text)}`);
          assert.deepEqual(commentsOf(fixed), commentsOf(text), action.title);
        }
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});
