import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { computeDiagnostics } from '../../server/src/service/validation/diagnostics';
import { INCREMENTAL_MIN_LENGTH, splitChunks } from '../../server/src/service/parsing/incremental';
import { buildModel } from '../../server/src/service/model/model';
import { parseTactic, TacticDocument } from '../../server/src/service/parsing/parse';
import { DEFAULT_LINT_CONFIG } from '../../server/src/service/types';
import { bigTactic } from '../helpers/bigTactic';
import { ROOT, TODAY } from '../helpers/service';

/** Everything a feature can observe of a parse: diagnostics and every definition/reference range. */
function observe(doc: TacticDocument) {
  const model = buildModel(doc);
  return {
    diagnostics: computeDiagnostics(doc, model, DEFAULT_LINT_CONFIG, TODAY),
    defs: model.definitions.map((d) => `${d.kind}:${d.id}@${d.node.range?.join(',')}`),
    refs: model.references.map((r) => `${r.kind}:${r.id}@${r.node.range?.join(',')}`),
    stages: model.cycle?.stages.map((s) => `${s.id}@${s.node.range?.join(',')}`),
  };
}

/**
 * Applies 60 seeded random line edits, each parsed incrementally from the previous version and
 * compared with a full parse of the same text.
 */
function randomEditsMatchFullParse(base: string, initialSeed: number): void {
  let seed = initialSeed;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const mutations = [
    (lines: string[], i: number) => lines.splice(i, 1),
    (lines: string[], i: number) => lines.splice(i, 0, lines[i]),
    (lines: string[], i: number) => { lines[i] = ' ' + lines[i]; },
    (lines: string[], i: number) => { lines[i] = lines[i].slice(0, -1); },
    (lines: string[], i: number) => { lines[i] = lines[i].replace(/^ {2}/, ''); },
    (lines: string[], i: number) => { lines[i] += ' # note'; },
  ];
  let text = base;
  let previous = parseTactic(text);
  let chunked = 0;
  for (let step = 0; step < 60; step++) {
    const before = text;
    const lines = text.split('\n');
    mutations[rand(mutations.length)](lines, rand(lines.length - 1));
    text = lines.join('\n');
    const incremental = parseTactic(text, previous);
    const full = parseTactic(text, undefined, { incremental: false });
    assert.deepEqual(observe(incremental), observe(full), `seed ${initialSeed}, step ${step}`);
    if (incremental.chunks) chunked++;
    previous = incremental;
    // Undo edits that broke the YAML, so errors do not pile up and the run keeps testing the
    // incremental path (the comparison above already covered the broken text).
    if (full.problems.length) {
      text = before;
      previous = parseTactic(text, previous); // from the chunks carried through the broken version
      assert.deepEqual(observe(previous), observe(parseTactic(text, undefined, { incremental: false })), `seed ${initialSeed}, step ${step}, undone`);
    }
  }
  assert.ok(chunked >= 10, `the incremental path was exercised (${chunked} of 60 steps)`);
}

const BASE = bigTactic(400);

/** Edits applied one after another, each re-parsed incrementally from the previous version. */
const EDITS: Array<[string, (t: string) => string]> = [
  ['type in a title', (t) => t.replace('Director 7\n', 'Director 7b\n')],
  ['break a reference', (t) => t.replace('finds: [dm12]', 'finds: [dm12x]')],
  ['bad enum value', (t) => t.replace('role: influencer\n    influence: medium\n    interests:\n      - Cost 30\n', 'role: boss\n    influence: medium\n    interests:\n      - Cost 30\n')],
  ['duplicate id', (t) => t.replace('id: dm41\n', 'id: dm40\n')],
  ['insert an entry', (t) => t.replace('gatekeepers:\n', 'gatekeepers:\n  - technique: new one\n    when: now\n')],
  ['remove a block', (t) => t.replace(/risks:\n {2}- risk: r\n {4}mitigation: m\n/, '')],
  ['unknown key', (t) => t.replace('  - technique: t\n', '  - technique: t\n    tecnique: typo\n')],
  ['edit the cycle', (t) => t.replace('name: Stage 3\n', 'name: Stage three\n')],
  ['add an alias (falls back)', (t) => t.replace('  - question: q\n', '  - question: &q q\n  - question: *q\n')],
  ['remove the alias again', (t) => t.replace('  - question: &q q\n  - question: *q\n', '  - question: q\n')],
  ['syntax error (falls back)', (t) => t.replace('  - action: a\n', '  - action: [a\n')],
  ['fix it', (t) => t.replace('  - action: [a\n', '  - action: a\n')],
  ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
  ['edit with CRLF', (t) => t.replace('Search 99', 'Search ninety-nine')],
];

describe('incremental parsing of large tactics', () => {
  it('cuts a large tactic into one chunk per top-level key and per list entry', () => {
    const spans = splitChunks(BASE)!;
    assert.ok(spans, 'chunked');
    assert.equal(spans.filter((s) => s.kind === 'item').length, 400 * 3 + 6);
    assert.equal(spans[0].start, 0);
    for (let i = 1; i < spans.length; i++) assert.equal(spans[i].start, spans[i - 1].end, 'chunks tile the text');
    assert.equal(spans[spans.length - 1].end, BASE.length);
  });

  it('gives exactly what a full parse gives, edit after edit', () => {
    let text = BASE;
    let previous = parseTactic(text, undefined, { incremental: true });
    assert.ok(previous.chunks, 'the first parse of a large text is chunked when asked');
    for (const [name, edit] of EDITS) {
      const next = edit(text);
      assert.notEqual(next, text, `${name}: the edit applies`);
      text = next;
      const incremental = parseTactic(text, previous);
      const full = parseTactic(text, undefined, { incremental: false });
      assert.deepEqual(observe(incremental), observe(full), name);
      previous = incremental;
    }
  });

  it('matches a full parse under random line edits', () => {
    randomEditsMatchFullParse(bigTactic(60) + '#'.repeat(30_000) + '\n', 7);
  });

  it('matches a full parse on a realistic tactic with suppression comments, under random line edits', () => {
    const example = readFileSync(join(ROOT, 'examples', 'regional-retail-erp.tactic.yaml'), 'utf8');
    assert.ok(example.length >= INCREMENTAL_MIN_LENGTH, 'the example is long enough to take the incremental path');
    const withComments = example
      .replace('decision_makers:\n', '# tactic-lint-disable stale-review -- kept for reference\ndecision_makers:\n')
      .replace('risks:\n', 'risks:\n  # tactic-lint-disable-next-line missing-block\n');
    for (const seed of [3, 11, 29]) randomEditsMatchFullParse(withComments, seed);
  });

  it('takes a `---` before the first key (as yamllint asks for) into the first chunk', () => {
    const example = readFileSync(join(ROOT, 'examples', 'regional-retail-erp.tactic.yaml'), 'utf8');
    for (const start of ['---\n', '--- # account plan\n# owner: sales\n', '# header\n---\n']) {
      const text = start + example;
      assert.equal(splitChunks(text)?.[0].start, 0, JSON.stringify(start));
      assert.ok(parseTactic(text, undefined, { incremental: true }).chunks, `${JSON.stringify(start)}: chunked`);
      for (const seed of [5, 17]) randomEditsMatchFullParse(text, seed);
    }
    // Anything else with a marker still takes the full parse, which reports it.
    for (const text of ['---\n---\n' + example, example + '---\nmore: 1\n', '--- tactic: x\n' + example, '%YAML 1.2\n---\n' + example]) {
      assert.equal(splitChunks(text), undefined, JSON.stringify(text.slice(0, 20)));
    }
  });

  it('reads a first version under 64 KB whole, and chunks it from its first edit on', () => {
    const small = bigTactic(150);
    assert.ok(small.length < 64_000, `${small.length} characters`);
    const first = parseTactic(small);
    assert.equal(first.chunks, undefined);
    const edited = small.replace('Director 7\n', 'Director seven\n');
    const second = parseTactic(edited, first);
    assert.ok(second.chunks, 'the edit is chunked');
    assert.deepEqual(observe(second), observe(parseTactic(edited, undefined, { incremental: false })));
    assert.ok(BASE.length >= 64_000 && parseTactic(BASE).chunks, 'a larger first version is chunked at once');
  });

  it('re-parses only the chunks an edit touched', () => {
    const first = parseTactic(BASE, undefined, { incremental: true });
    const reused = new Set(first.chunks!.values());
    const second = parseTactic(BASE.replace('Director 7\n', 'Director seven\n'), first);
    const fresh = [...second.chunks!.values()].filter((c) => !reused.has(c));
    assert.equal(fresh.length, 1);
  });

  it('keeps the chunk parses through a syntax error, so the edit that fixes it re-parses one chunk', () => {
    const first = parseTactic(BASE, undefined, { incremental: true });
    const reused = new Set(first.chunks!.values());
    // Typing an opening quote breaks the YAML: the full parse reports it, the chunks are carried.
    const broken = parseTactic(BASE.replace('Director 7\n', '"Director 7\n'), first);
    assert.equal(broken.chunks, undefined);
    assert.ok(broken.problems.some((p) => p.structural), 'the full parse reports the unclosed quote');
    assert.ok(broken.carriedChunks && broken.carriedChunks.size <= first.chunks!.size * 2 + 64);
    // Still broken a keystroke later: the carry goes on.
    const stillBroken = parseTactic(BASE.replace('Director 7\n', '"Director 7x\n'), broken);
    assert.ok(stillBroken.carriedChunks);
    const fixedText = BASE.replace('Director 7\n', '"Director 7x"\n');
    const fixed = parseTactic(fixedText, stillBroken);
    assert.ok(fixed.chunks, 'composed from chunks again');
    const fresh = [...fixed.chunks!.values()].filter((c) => !reused.has(c));
    assert.equal(fresh.length, 1, 'only the edited entry was parsed again');
    assert.deepEqual(observe(fixed), observe(parseTactic(fixedText, undefined, { incremental: false })));
  });

  it('falls back to a full parse for repeated top-level keys and documents markers', () => {
    const dup = `${BASE}risks: []\n`;
    assert.ok(parseTactic(dup).problems.some((p) => /twice/.test(p.message)));
    assert.equal(splitChunks(`${BASE}---\nmore: 1\n`), undefined);
  });
});

describe('incremental parsing and the nesting guard', () => {
  it('a deeply nested chunk in a large tactic is refused like in a full parse', () => {
    const base = parseTactic(BASE);
    const deep = BASE.replace('  - technique: t\n', `  - technique: ${'['.repeat(5000)}\n`);
    const doc = parseTactic(deep, base);
    assert.equal(doc.yaml, null);
    assert.match(doc.problems[0].message, /deeper than/);
  });
});
