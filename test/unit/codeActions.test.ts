import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { BLOCK_KEYS } from '../../server/src/service';
import { applyTextEdits, commentsOf } from '../helpers/edits';
import { findings, readFixture, service, VALID } from '../helpers/service';

const TYPICAL = readFixture('examples', 'typical-findings.tactic.yaml');

/** Quick fixes offered for the findings of `rule` in `text`. */
function fixes(text: string, rule: string) {
  const parsed = service.parse(text);
  const ds = service.validate(parsed).filter((d) => d.code === rule);
  assert.ok(ds.length > 0, `${rule} fires`);
  return service.codeActions(parsed, ds, ['quickfix']);
}
function apply(text: string, rule: string, title: string | RegExp): string {
  const action = fixes(text, rule).find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.ok(action, `fix "${title}" offered; got ${fixes(text, rule).map((a) => a.title).join(' | ')}`);
  return applyTextEdits(text, action.edits);
}
/** The result parses, keeps every comment and as many blank lines as before. */
function assertClean(before: string, after: string): void {
  const parsed = service.parse(after);
  assert.deepEqual(parsed.doc.problems.map((p) => p.message), [], 'result parses');
  assert.deepEqual(commentsOf(after), commentsOf(before), 'comments intact');
  const blanks = (t: string) => t.split(/\r?\n/).filter((l) => l.trim() === '').length;
  assert.ok(blanks(after) >= blanks(before), 'blank lines kept');
}
const codes = (text: string) => findings(text).map((d) => String(d.code));

describe('quick fix: missing-block', () => {
  it('inserts each missing block with one templated entry, in the order of the nine blocks', () => {
    const text = `# header\ntactic: T\n\n# who decides\ndecision_makers:\n  - id: cfo\n    title: CFO # the money\n\n# risks last\nrisks:\n  - risk: r\n    mitigation: m\n`;
    for (const block of BLOCK_KEYS.filter((b) => b !== 'decision_makers' && b !== 'risks')) {
      const after = apply(text, 'missing-block', `Add the \`${block}\` block`);
      assertClean(text, after);
      assert.ok(!findings(after, 'missing-block').some((d) => String(d.message).includes(`\`${block}\``)), block);
      // placed after decision_makers and before the comment that introduces risks
      const at = after.indexOf(`\n${block}:`);
      assert.ok(at > after.indexOf('decision_makers:') && at < after.indexOf('# risks last'), `${block} placed in order`);
      assert.ok(!codes(after).includes('schema'), `${block}: the inserted entry fits the schema: ${JSON.stringify(findings(after, 'schema'))}`);
    }
  });
  it('adds all missing blocks at once, in the order of the format', () => {
    const text = `# top\ntactic: T\n\nrisks: # last one\n  - risk: r\n    mitigation: m\n`;
    const after = apply(text, 'missing-block', 'Add the 8 missing blocks');
    assertClean(text, after);
    assert.deepEqual(findings(after, 'missing-block'), []);
    const order = BLOCK_KEYS.map((b) => after.indexOf(`\n${b}:`));
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'blocks in format order');
  });
  it('adds all missing blocks at the end of a tactic that has none', () => {
    const after = apply('tactic: T # only a title\n', 'missing-block', 'Add the 9 missing blocks');
    assertClean('tactic: T # only a title\n', after);
    assert.deepEqual(findings(after, 'missing-block'), []);
    assert.ok(after.startsWith('tactic: T # only a title\n\ndecision_makers:\n  - id: decision_maker_id\n'), after);
  });
  it('refers to an existing decision maker in the inserted entry', () => {
    const text = `tactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\n`;
    const after = apply(text, 'missing-block', 'Add the `positioning` block');
    assert.match(after, /positioning:\n {2}- for: cfo\n {4}as: </);
    assert.ok(!codes(after).includes('unknown-reference'));
  });
  it('uses the document’s indentation step and line breaks', () => {
    const text = 'tactic: T\r\ndecision_makers:\r\n    - id: cfo\r\n      title: CFO\r\n';
    const after = apply(text, 'missing-block', 'Add the `risks` block');
    assert.ok(after.includes('risks:\r\n    - risk: <A risk tied to this client>\r\n      mitigation: '), JSON.stringify(after));
    assert.ok(!/[^\r]\n/.test(after), 'only CRLF line breaks');
  });
});

describe('quick fixes on an indented root mapping', () => {
  it('insert top-level blocks at the root’s column with the document’s step', () => {
    const text = '    tactic: T\n    decision_makers:\n      - id: cfo\n        title: CFO\n';
    const after = apply(text, 'missing-block', 'Add the `risks` block');
    assertClean(text, after);
    assert.match(after, /\n {4}risks:\n {6}- risk: </);
  });
});

describe('quick fix: missing-sales-cycle', () => {
  it('adds a minimal cycle with a start, a won and a lost stage that passes every cycle rule', () => {
    const text = `tactic: T # title\n`;
    const after = apply(text, 'missing-sales-cycle', /minimal sales cycle/);
    assertClean(text, after);
    const cs = codes(after);
    for (const rule of ['missing-sales-cycle', 'unreachable-stage', 'dead-end-stage', 'no-won-path', 'unknown-reference', 'schema']) assert.ok(!cs.includes(rule), rule);
    const parsed = service.parse(after);
    assert.deepEqual(parsed.model.cycle?.stages.map((s) => s.outcome ?? '-'), ['-', 'won', 'lost']);
  });
});

describe('quick fix: unknown-reference', () => {
  it('offers "Did you mean" with the near id, and the result is clean', () => {
    const after = apply(TYPICAL, 'unknown-reference', 'Did you mean `medical_director`?');
    assertClean(TYPICAL, after);
    assert.ok(after.includes('finds: [medical_director]     # unknown-reference: typo in the id'));
  });
  it('creates a decision maker at the end of the block', () => {
    const text = `tactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\n# positioning follows\npositioning:\n  - for: cto\n    as: tech partner\n`;
    const after = apply(text, 'unknown-reference', 'Create decision maker `cto`');
    assertClean(text, after);
    assert.match(after, /title: CFO\n {2}- id: cto\n {4}title: <Job title>\n# positioning follows/);
    assert.ok(!codes(after).includes('unknown-reference'));
  });
  it('creates the decision_makers block when there is none', () => {
    const text = `tactic: T\npositioning:\n  - for: cto\n    as: x\n`;
    const after = apply(text, 'unknown-reference', 'Create decision maker `cto`');
    assert.ok(after.indexOf('decision_makers:') < after.indexOf('positioning:'));
    assert.ok(!codes(after).includes('unknown-reference'));
  });
  it('creates a stage in the sales cycle, or a cycle for it', () => {
    const withCycle = `tactic: T\nadvancement_actions:\n  - action: a\n    stage: demo\nsales_cycle:\n  start: a\n  stages:\n    - id: a\n      name: A\n      outcome: won\n`;
    const after = apply(withCycle, 'unknown-reference', 'Create stage `demo`');
    assert.match(after, /outcome: won\n {4}- id: demo\n {6}name: Demo\n$/);
    assert.ok(!codes(after).includes('unknown-reference'));
    const after2 = apply(TYPICAL, 'unknown-reference', 'Create stage `trial`');
    assertClean(TYPICAL, after2);
    assert.match(after2, /sales_cycle:\n {2}stages:\n {4}- id: trial\n {6}name: Trial\n/);
  });
});

describe('quick fix: schema unknown key', () => {
  it('offers the near key names', () => {
    const text = `tactic: T\ndecison_makers: # typo\n  - id: cfo\n    title: CFO\n`;
    const after = apply(text, 'schema', 'Did you mean `decision_makers`?');
    assertClean(text, after);
    assert.ok(after.startsWith('tactic: T\ndecision_makers: # typo\n'));
    const field = apply(`tactic: T\nrisks:\n  - risk: r\n    mitigaton: m\n`, 'schema', 'Did you mean `mitigation`?');
    assert.ok(!codes(field).includes('schema'));
  });
  it('does not suggest a key the mapping already has', () => {
    const text = `tactic: T\ndecision_makers: []\ndecison_makers: []\n`;
    const parsed = service.parse(text);
    const ds = service.validate(parsed).filter((d) => d.code === 'schema');
    assert.deepEqual(service.codeActions(parsed, ds, ['quickfix']).map((a) => a.title), []);
  });
  it('offers the near enum value', () => {
    const after = apply(`tactic: T\nrisks:\n  - risk: r\n    impact: hihg\n    mitigation: m\n`, 'schema', 'Change to `high`');
    assert.match(after, /impact: high/);
  });
});

describe('quick fix: objection-without-response and risk-without-mitigation', () => {
  it('adds responses under the objection, keeping its trailing comment', () => {
    const after = apply(TYPICAL, 'objection-without-response', /Add a response/);
    assertClean(TYPICAL, after);
    assert.match(after, /# objection-without-response\n {4}responses:\n {6}- <How to neutralize it>\n/);
    assert.ok(!codes(after).includes('objection-without-response'));
  });
  it('fills an empty responses list', () => {
    const after = apply(`tactic: T\nobjections:\n  - objection: o\n    responses: []\n    stage: x\n`, 'objection-without-response', /Add a response/);
    assert.equal(after, `tactic: T\nobjections:\n  - objection: o\n    responses:\n      - <How to neutralize it>\n    stage: x\n`);
  });
  it('adds a mitigation to the risk', () => {
    const after = apply(TYPICAL, 'risk-without-mitigation', /Add a mitigation/);
    assertClean(TYPICAL, after);
    assert.match(after, /impact: high\n {4}mitigation: <How to prevent or soften it>\n/);
    assert.ok(!codes(after).includes('risk-without-mitigation'));
  });
  it('fills an empty mitigation', () => {
    const after = apply(`tactic: T\nrisks:\n  - risk: r\n    mitigation:\n`, 'risk-without-mitigation', /Add a mitigation/);
    assert.equal(after, `tactic: T\nrisks:\n  - risk: r\n    mitigation: <How to prevent or soften it>\n`);
  });
});

describe('every quick fix on the typical example', () => {
  it('applies cleanly, one at a time', () => {
    const parsed = service.parse(TYPICAL);
    const ds = service.validate(parsed);
    const actions = service.codeActions(parsed, ds, ['quickfix']);
    assert.ok(actions.length >= 7, actions.map((a) => a.title).join(' | '));
    for (const a of actions) {
      const after = applyTextEdits(TYPICAL, a.edits);
      assert.notEqual(after, TYPICAL, a.title);
      assertClean(TYPICAL, after);
      const fixed = (a.diagnostics ?? []) as Diagnostic[];
      assert.ok(fixed.length === 1, a.title);
    }
  });
});

describe('fix all', () => {
  it('is offered as source.fixAll.tactic and fixes every automatic problem, keeping comments', () => {
    const parsed = service.parse(TYPICAL);
    const actions = service.codeActions(parsed, [], ['source.fixAll']);
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.tactic']);
    const after = applyTextEdits(TYPICAL, actions[0].edits);
    assertClean(TYPICAL, after);
    const left = codes(after);
    for (const rule of ['missing-block', 'empty-block', 'missing-sales-cycle', 'objection-without-response', 'risk-without-mitigation', 'yaml-syntax', 'schema']) {
      assert.ok(!left.includes(rule), `${rule} fixed: ${JSON.stringify(findings(after, rule))}`);
    }
    // the ambiguous ones are left to the user
    assert.ok(left.includes('unknown-reference'));
    const again = service.parse(after);
    assert.deepEqual(service.codeActions(again, [], ['source.fixAll']), [], 'nothing left to fix');
  });
  it('is not offered for quick-fix-only requests, and offers nothing on a clean or broken document', () => {
    assert.deepEqual(service.codeActions(service.parse(TYPICAL), [], ['quickfix']), []);
    assert.deepEqual(service.codeActions(service.parse(VALID), [], ['source.fixAll']), []);
    assert.deepEqual(service.codeActions(service.parse('tactic: [oops\n'), [], ['source.fixAll']), []);
  });
});

describe('quick fixes for diagnostics handed back without data', () => {
  it('still work out the block, the near id and the near key', () => {
    const strip = (text: string, rule: string) => {
      const parsed = service.parse(text);
      const ds = service.validate(parsed).filter((d) => d.code === rule).map((d) => ({ ...d, data: undefined }));
      return service.codeActions(parsed, ds, ['quickfix']).map((a) => a.title);
    };
    assert.ok(strip('tactic: T\n', 'missing-block').includes('Add the `risks` block'));
    assert.ok(strip(TYPICAL, 'unknown-reference').includes('Did you mean `medical_director`?'));
    assert.deepEqual(strip('tactic: T\nrisks:\n  - risk: r\n    mitigaton: m\n', 'schema'), ['Did you mean `mitigation`?']);
    assert.deepEqual(strip('tactic: T\nrisks:\n  - risk: r\n    impact: hihg\n    mitigation: m\n', 'schema'), ['Change to `high`']);
  });
});

/** The YAML problems of a text, by message: a fix may not add one. */
const yamlProblems = (text: string) => service.parse(text).doc.problems.map((p) => p.message);

describe('quick fixes on a text that starts with a byte order mark', () => {
  const BOM = '\uFEFF';
  it('insert blocks at column 0, not one space in', () => {
    const text = `${BOM}tactic: T # title\ndecision_makers:\n  - id: cfo\n    title: CFO\n`;
    for (const title of ['Add the `risks` block', 'Add the `identification` block']) {
      const after = apply(text, 'missing-block', title);
      assertClean(text, after);
      assert.match(after, /\n(risks|identification):\n {2}- /, title);
      assert.ok(after.startsWith(`${BOM}tactic: T # title\n`) && after.lastIndexOf(BOM) === 0, 'the BOM stays first, once');
    }
    const cycle = apply(text, 'missing-sales-cycle', /minimal sales cycle/);
    assertClean(text, cycle);
    assert.match(cycle, /\nsales_cycle:\n {2}start: first_call\n/);
  });
  it('insert a block before a first key without moving the BOM, and fill an empty first block', () => {
    const text = `${BOM}risks: # last\n  - risk: r\n    mitigation: m\n`;
    const after = apply(text, 'missing-block', 'Add the `decision_makers` block');
    assertClean(text, after);
    assert.ok(after.startsWith(`${BOM}decision_makers:\n  - id: decision_maker_id\n`), JSON.stringify(after));
    const empty = `${BOM}risks: []\ntactic: T\n`;
    const filled = apply(empty, 'empty-block', 'Add an entry to `risks`');
    assertClean(empty, filled);
    assert.ok(filled.startsWith(`${BOM}risks:\n  - risk: <`), JSON.stringify(filled));
    assert.ok(!codes(filled).includes('empty-block'));
  });
});

describe('quick fixes on a text with more than one YAML document', () => {
  it('insert blocks into the first document, before the `---` of the second', () => {
    const text = `tactic: T # first\ndecision_makers:\n  - id: cfo\n    title: CFO\n# end of the first\n---\ntactic: Two # second\n`;
    const after = apply(text, 'missing-block', 'Add the `risks` block');
    assert.deepEqual(yamlProblems(after), yamlProblems(text), 'no new YAML problem');
    assert.deepEqual(commentsOf(after), commentsOf(text), 'comments intact');
    assert.ok(after.endsWith('\n  - risk: <A risk tied to this client>\n    mitigation: <How to prevent or soften it>\n---\ntactic: Two # second\n'), after);
    assert.ok(!findings(after, 'missing-block').some((d) => String(d.message).includes('`risks`')), 'the finding is gone');
    const all = apply(text, 'missing-block', /^Add the \d+ missing blocks$/);
    assert.deepEqual(findings(all, 'missing-block'), []);
    assert.ok(all.endsWith('---\ntactic: Two # second\n'), 'the second document is untouched');
    const cycle = apply(text, 'missing-sales-cycle', /minimal sales cycle/);
    assert.ok(!codes(cycle).includes('missing-sales-cycle'));
    assert.deepEqual(yamlProblems(cycle), yamlProblems(text));
  });
  it('insert before a `...` that ends the first document (with or without text after it)', () => {
    for (const tail of ['...\n', '...\nrisks: []\n', '... # done\n']) {
      const text = `tactic: T\n# note\n${tail}`;
      const after = apply(text, 'missing-block', 'Add the `gatekeepers` block');
      assert.deepEqual(yamlProblems(after), yamlProblems(text), tail);
      assert.deepEqual(commentsOf(after), commentsOf(text));
      assert.ok(after.endsWith(`# note\n\ngatekeepers:\n  - technique: <How to get past the secretary>\n${tail}`), JSON.stringify(after));
    }
  });
  it('use the first document’s indented root and CRLF', () => {
    const text = '---\r\n  tactic: T\r\n---\r\nsecond\r\n';
    const after = apply(text, 'missing-block', 'Add the `risks` block');
    assert.deepEqual(yamlProblems(after), yamlProblems(text));
    assert.ok(after.startsWith('---\r\n  tactic: T\r\n\r\n  risks:\r\n    - risk: <'), JSON.stringify(after));
    assert.ok(after.endsWith('\r\n---\r\nsecond\r\n') && !/[^\r]\n/.test(after), JSON.stringify(after));
  });
});

describe('quick fixes on a document with a YAML syntax error', () => {
  const GOOD = 'tactic: T # title\nrisks:\n  - risk: r\n    impact: hihg\n    mitigaton: m\nobjections:\n  - objection: o\n';
  /** Findings of the clean version handed back for the broken one (diagnostics lag behind typing). */
  const stale = (text: string) => {
    const parsed = service.parse(text);
    assert.ok(parsed.doc.broken, 'the text is broken');
    return service.codeActions(parsed, service.validate(GOOD), ['quickfix']);
  };
  it('offer no structural edit (blocks, fields, entries) and no fix-all', () => {
    for (const broken of [`${GOOD}gatekeepers: [oops\n`, `${GOOD}\tstage: x\n`, 'tactic: T\nrisks: []]\n']) {
      const parsed = service.parse(broken);
      const titles = [...service.codeActions(parsed, service.validate(parsed), ['quickfix']), ...stale(broken)].map((a) => a.title);
      assert.deepEqual(titles.filter((t) => /^(Add|Create)/.test(t)), [], JSON.stringify(broken));
      assert.deepEqual(service.codeActions(parsed, [], ['source.fixAll']), []);
    }
    // the same findings on the clean text do get them
    assert.ok(service.codeActions(service.parse(GOOD), service.validate(GOOD), ['quickfix']).some((a) => a.title.startsWith('Add')));
  });
  it('still offer replacing a single name, which cannot change the structure', () => {
    const broken = `${GOOD}gatekeepers: [oops\n`;
    const titles = stale(broken).map((a) => a.title);
    assert.deepEqual(titles.sort(), ['Change to `high`', 'Did you mean `mitigation`?']);
    for (const action of stale(broken)) {
      const after = applyTextEdits(broken, action.edits);
      assert.deepEqual(yamlProblems(after), yamlProblems(broken), `${action.title}: no new YAML problem`);
      assert.deepEqual(commentsOf(after), commentsOf(broken));
      assert.equal(after.split('\n').length, broken.split('\n').length, 'one word replaced on its line');
      assert.match(after, /impact: high\n|mitigation: m\n/);
    }
  });
  it('do not replace a name the parser read as something else (an unclosed quote swallowing lines)', () => {
    const broken = 'tactic: T\nrisks:\n  - risk: r\n    impact: "hihg\n    mitigaton: m\nobjections:\n  - objection: o\n';
    assert.deepEqual(stale(broken).map((a) => a.title), []);
  });
});

describe('quick fixes never write an invalid id', () => {
  it('new entries refer to the first decision maker whose id is valid', () => {
    const text = 'tactic: T\ndecision_makers:\n  - id: "true"\n    title: A\n  - id: 🚀\n    title: B\n  - id: cfo\n    title: CFO\n';
    const after = apply(text, 'missing-block', 'Add the `positioning` block');
    assert.match(after, /positioning:\n {2}- for: cfo\n/);
    assert.deepEqual(yamlProblems(after), []);
    assert.equal(findings(after, 'schema').length, findings(text, 'schema').length, 'no new schema finding');
  });
  it('fall back to the placeholder id when no decision maker id is valid', () => {
    const text = 'tactic: T\ndecision_makers:\n  - id: "123"\n    title: A\n  - id: "cfo\u200b"\n    title: B\n';
    const after = apply(text, 'missing-block', 'Add the `approval_chains` block');
    assert.match(after, /approval_chains:\n {2}- id: approval_chain_id\n {4}steps: \[decision_maker_id\]\n/);
    assert.equal(findings(after, 'schema').length, findings(text, 'schema').length, 'no new schema finding');
  });
  it('offer "Create" only for a valid id, and the near valid id otherwise', () => {
    const text = 'tactic: T\ndecision_makers:\n  - id: cfo\n    title: CFO\npositioning:\n  - for: Cfo\n    as: x\n  - for: 🚀\n    as: y\n  - for: "true"\n    as: z\nadvancement_actions:\n  - action: a\n    stage: Demo\n';
    const titles = fixes(text, 'unknown-reference').map((a) => a.title);
    assert.deepEqual(titles.filter((t) => t.startsWith('Create')), []);
    assert.ok(titles.includes('Did you mean `cfo`?'), titles.join(' | '));
    const after = apply(text, 'unknown-reference', 'Did you mean `cfo`?');
    assert.match(after, /- for: cfo\n {4}as: x\n/);
    assert.equal(findings(after, 'schema').length, findings(text, 'schema').length - 1, 'the invalid id is gone');
    // a valid unknown id still gets its "Create"
    assert.ok(fixes(text.replace('stage: Demo', 'stage: demo'), 'unknown-reference').some((a) => a.title === 'Create stage `demo`'));
  });
});

describe('quick fixes: the people (format v2)', () => {
  const DMS = `tactic: T\ndecision_makers:\n  # the money\n  - id: cfo\n    title: CFO\n    role: economic_buyer\n  - id: boss\n    title: Boss\n    attitude: opponent\n    influence: high\n  - id: it\n    title: IT\n`;
  it('unreached-decision-maker: adds an advancement action for them, in the existing block', () => {
    const text = `${DMS}advancement_actions:\n  - action: Call\n    for: [cfo]\n`;
    const after = apply(text, 'unreached-decision-maker', 'Add an advancement action for `it`');
    assertClean(text, after);
    assert.ok(!findings(after, 'unreached-decision-maker').some((d) => (d.data as { id?: string }).id === 'it'));
    assert.ok(after.startsWith(text.slice(0, -1)), 'nothing before the new entry changed');
  });
  it('unmitigated-opponent: adds the actions block, or an objection from them', () => {
    for (const title of ['Add an advancement action for `boss`', 'Add an objection from `boss`']) {
      const after = apply(DMS, 'unmitigated-opponent', title);
      assertClean(DMS, after);
      assert.deepEqual(findings(after, 'unmitigated-opponent'), [], title);
    }
  });
  it('no-economic-buyer and no-coach: give the role to someone who has none', () => {
    const text = DMS.replace('    role: economic_buyer\n', '');
    const after = apply(text, 'no-economic-buyer', 'Make `boss` the economic buyer');
    assertClean(text, after);
    assert.deepEqual(findings(after, 'no-economic-buyer'), []);
    const coach = apply(DMS, 'no-coach', 'Make `it` the coach');
    assert.deepEqual(findings(coach, 'no-coach'), []);
    assert.ok(!fixes(DMS, 'no-coach').some((a) => a.title.includes('`cfo`')), 'a role already set is not replaced');
  });
  it('chain-without-economic-buyer: adds the economic buyer to a flow list and to a block list', () => {
    for (const chain of ['    steps: [it, boss]\n', '    steps:\n      - it\n      - [boss, it]\n']) {
      const text = `${DMS}approval_chains:\n  - id: c\n${chain}`;
      const after = apply(text, 'chain-without-economic-buyer', 'Add `cfo` to this chain');
      assertClean(text, after);
      assert.deepEqual(findings(after, 'chain-without-economic-buyer'), [], after);
    }
  });
  it('reporting-cycle: removes one reports_to line of the loop', () => {
    const text = DMS.replace('    title: IT\n', '    title: IT\n    reports_to: it # oops\n');
    const after = apply(text, 'reporting-cycle', 'Remove the `reports_to` of `it`');
    assert.deepEqual(findings(after, 'reporting-cycle'), []);
    assert.equal(after, text.replace('    reports_to: it # oops\n', ''));
  });
});
