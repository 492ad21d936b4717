/**
 * The fast reader (parsing/blockYaml.ts) against `yaml` itself: whenever it accepts a text, its
 * document must equal parseDocument's (node classes, ranges, values, types, sources; comments
 * aside), and the service must answer the same with the fast path on and off. Texts come from the
 * bench generators, the examples and the fixtures, mutated at random (lines deleted, duplicated,
 * re-indented; comments, quotes, indicators, tabs, CRLF, a BOM, … inserted), and from small
 * generated documents. Set BLOCK_YAML_SEED / BLOCK_YAML_RUNS to explore further.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { isMap, parseDocument, YAMLMap } from 'yaml';
import { benchDocuments, generateTactic, REALISTIC_SHAPE, viewDocuments, workspaceTactic } from '../../bench/docs';
import { readBlockYaml, setFastYaml } from '../../server/src/service/parsing/blockYaml';
import { findDeepNesting, parseTactic, YAML_OPTIONS } from '../../server/src/service/parsing/parse';
import { plainValue } from '../../server/src/service/parsing/value';
import { yamlTree } from '../helpers/yamlTree';
import { ROOT, service } from '../helpers/service';

const SEED = Number(process.env.BLOCK_YAML_SEED ?? 20261206);
const RUNS = Number(process.env.BLOCK_YAML_RUNS ?? 400);
const CHUNK_OPTIONS = { ...YAML_OPTIONS, uniqueKeys: true };

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(name) && statSync(p).size < 100_000 ? [p] : [];
  });
}

const examples = yamlFiles(join(ROOT, 'examples')).map((p) => readFileSync(p, 'utf8'));
const corpus = [
  ...examples,
  ...yamlFiles(join(ROOT, 'test', 'fixtures')).map((p) => readFileSync(p, 'utf8')),
  generateTactic(REALISTIC_SHAPE, 11),
  generateTactic({ ...REALISTIC_SHAPE, decisionMakers: 3, stages: 3 }, 12, { people: true }),
  workspaceTactic(3),
].filter((text) => findDeepNesting(text) < 0); // the service never parses those (nor could yaml)

/**
 * Same answer from the fast reader (if it accepts the text) as from yaml, for both option sets:
 * the document, and the plain value as value.ts makes it from yaml's document, with no finding.
 */
function assertSameDocument(text: string): boolean {
  let accepted = false;
  for (const options of [YAML_OPTIONS, CHUNK_OPTIONS]) {
    const fast = readBlockYaml(text, options);
    if (!fast) continue;
    accepted = true;
    const doc = parseDocument(text, options);
    const what = `${JSON.stringify(text)} (uniqueKeys: ${options.uniqueKeys})`;
    assert.deepEqual(yamlTree(fast.doc), yamlTree(doc), what);
    const findings: string[] = [];
    assert.deepStrictEqual(fast.value, plainValue(doc.contents, { doc, onProblem: (message) => findings.push(message) }), what);
    assert.deepEqual(findings, [], what);
  }
  // parse.ts skips the nesting guard for what the reader took: the guard must pass all of it.
  if (accepted) assert.equal(findDeepNesting(text), -1, JSON.stringify(text));
  return accepted;
}

/**
 * Same parse (tree, value, problems) and the same diagnostics with the fast path on and off;
 * whether the text is free of YAML problems.
 */
function assertSameService(text: string): boolean {
  const parsed = () => {
    const doc = parseTactic(text);
    return { tree: doc.yaml && yamlTree(doc.yaml), value: doc.value, problems: doc.problems, chunked: !!doc.chunks };
  };
  const fast = { parse: parsed(), diagnostics: service.validate(text) };
  setFastYaml(false);
  try {
    assert.deepEqual(fast, { parse: parsed(), diagnostics: service.validate(text) }, JSON.stringify(text));
  } finally {
    setFastYaml(true);
  }
  return fast.parse.problems.length === 0;
}

const TOKENS = [
  ':', ': ', '- ', '-', '#', ' #', ' # note', '"', "'", '? ', '&a ', '*a', '!!str ', '|', '>', '|-', '>+', '[', ']', '{', '}', ',',
  '---', '...', '%YAML 1.2', 'é', '😀', '\u00a0', '~', 'null', '0o17', '+1', '.inf', '-.5', '2026-01-05', '1_000', '0x1F', 'True',
  '\\', '\\n', '""', "''", ' ', ':x', '\t', '\r', 'a: b', '[a, b]', '{ a: b }', '"a\\tb"', "'it''s'", 'key:',
];

/** One random edit of the lines; `a`, `b`, `c` pick what and where. */
function mutate(lines: string[], [a, b, c]: [number, number, number]): void {
  if (lines.length === 0) lines.push('');
  const i = b % lines.length;
  const line = lines[i];
  const token = TOKENS[c % TOKENS.length];
  switch (a % 14) {
    case 0: lines.splice(i, 1); break;
    case 1: lines.splice(i, 0, line); break;
    case 2: lines[i] = ' '.repeat(1 + (c % 2)) + line; break;
    case 3: lines[i] = line.replace(/^ {1,2}/, ''); break;
    case 4: lines.splice(i, 0, `${' '.repeat(c % 6)}# comment`); break;
    case 5: lines[i] = line + (c % 2 ? ' # note' : '   '); break;
    case 6: lines[i] = line.replace(/: (.+)$/, c % 2 ? ': "$1"' : ": '$1'"); break;
    case 7: {
      const at = c % (line.length + 1);
      lines[i] = line.slice(0, at) + token + line.slice(at);
      break;
    }
    case 8: lines[i] = line.replace(/: .*$/, ':' + (c % 3 ? ' ' + token : '')); break;
    case 9: lines[i] = line.replace(/^( *)(- )?/, `$1$2${token}`); break;
    case 10: lines.splice(i, 2, lines.slice(i, i + 2).join(c % 2 ? ' ' : '')); break;
    case 11: lines[i] = line.slice(0, Math.max(0, line.length - 1 - (c % 3))); break;
    case 12: lines.splice(i, 0, ''); break;
    default: lines[i] = line.replace(/^ +/, (s) => (c % 2 ? '\t' : ' '.repeat(s.length + 2)));
  }
}

const edits = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 });

/** Applies edits, then perhaps CRLF line ends or a BOM. */
function mutated(base: string, steps: Array<[number, number, number]>, ends: number): string {
  const lines = base.split('\n');
  for (const step of steps) mutate(lines, step);
  const text = lines.join('\n');
  return ends === 1 ? text.replace(/\n/g, '\r\n') : ends === 2 ? '\ufeff' + text : text;
}

/** Small documents from pieces: the corners of the subset, more densely than mutations reach them. */
const piece = fc.constantFrom(
  'a:', 'a: 1', 'b: x y', 'c: "q"', "d: 'r'", 'e: [a, b]', 'f: { x: 1 }', 'g: >', 'h: |', 'i: -', 'j: ~', 'k: 0o7', 'l: 1.50',
  '- ', '- x', '- a: 1', '- - y', '-', '  ', '', '# c', 'x', 'x: # c', '"k": v', 'a: b: c', '? q', 'a: [', 'a: "', 'm: 2026-01-05',
  'n: -1', 'o: .nan', 'p: true', 'q: NULL', 'r: a # c', 's:  ', 't: [ ]', 'u: {}', 'v: [[a], {b: c}]', 'w: "\\u00e9"',
);
const smallDoc = fc.array(fc.tuple(fc.nat({ max: 6 }), piece), { minLength: 1, maxLength: 12 })
  .map((ls) => ls.map(([indent, p]) => ' '.repeat(indent) + p).join('\n') + '\n');

describe('fast block-YAML reader', () => {
  after(() => setFastYaml(true));

  it('accepts the realistic tactics: every bench document, the examples, the lint workspace', () => {
    const texts = [
      ...benchDocuments().map((d) => d.text), ...viewDocuments().map((d) => d.text), ...examples,
      ...Array.from({ length: 20 }, (_, i) => workspaceTactic(i)),
    ];
    for (const text of texts) {
      assert.ok(assertSameDocument(text), `not accepted:\n${text.slice(0, 300)}`);
    }
  });

  it('gives the same document as yaml on the fixtures and examples, and the service the same answers', () => {
    for (const text of corpus) {
      assertSameDocument(text);
      assertSameService(text);
    }
  });

  it('gives the same document as yaml on mutated tactics, and the service the same answers', () => {
    let accepted = 0;
    let clean = 0;
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), edits, fc.nat({ max: 5 }), (k, steps, ends) => {
        const text = mutated(corpus[k], steps, ends);
        if (assertSameDocument(text)) accepted++;
        if (assertSameService(text)) clean++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Many mutations leave the text inside the subset; the comparison must have run on them.
    assert.ok(accepted > clean / 3, `only ${accepted} of the ${clean} mutated texts without YAML problems took the fast path`);
  });

  it('gives the same document as yaml on small generated documents', () => {
    let accepted = 0;
    let clean = 0;
    fc.assert(
      fc.property(smallDoc, (text) => {
        if (assertSameDocument(text)) accepted++;
        const doc = parseDocument(text, YAML_OPTIONS);
        if (doc.errors.length + doc.warnings.length === 0) clean++;
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
    assert.ok(accepted > clean / 2, `only ${accepted} of the ${clean} generated texts without YAML problems took the fast path`);
  });

  it('leaves duplicate keys to yaml when they are errors (chunk parses), and takes them otherwise', () => {
    const text = 'a: 1\nb:\n  c: [x, { d: 1, d: 2 }]\na: 2\n';
    assert.equal(readBlockYaml(text, CHUNK_OPTIONS), undefined);
    assert.ok(readBlockYaml(text, YAML_OPTIONS));
    assertSameService(text);
  });

  it('leaves to the nesting guard every text the guard would refuse', () => {
    const deep = [
      `a: |\n${' '.repeat(600)}x\n`, // a block scalar's line, deeper than the limit
      `a:\n${'- '.repeat(300)}x\n`, // compact lists, as deep
      `a: |\n  ${'- '.repeat(200)}&x ${'? '.repeat(100)}y\n`, // indicators and an anchor at a line's start
    ];
    for (const text of deep) {
      assert.equal(readBlockYaml(text, YAML_OPTIONS), undefined, text);
      assert.ok(findDeepNesting(text) >= 0, text);
      assertSameService(text);
    }
    // Just within the limit, the reader takes the text.
    assert.ok(assertSameDocument(`a: |\n${' '.repeat(256)}x\n`));
  });

  it('reads only what the nesting guard passes, near its limits too (parse.ts then skips the guard)', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `k${i}: ${i}`).join(', ');
    // [text, whether the reader takes it]
    const nearLimit: Array<[string, boolean]> = [
      [`a: x ${'- '.repeat(300)}\n`, true], // indicators crowded after a value's start: one plain scalar
      [`a: '${'b: '.repeat(300)}'\n`, true], // the same inside quotes
      [`a: {${keys}}\n`, true], // 300 flow-mapping keys: their colons do not nest
      [`${'- '.repeat(128)}x\n`, true], // compact lists, 256 columns: the reader's own limit
      [`a: ${'['.repeat(66)}${']'.repeat(66)}\n`, true], // flow sequences, well inside the guard's 256
      [`a: |\n${' '.repeat(300)}x\n`, false], // past the reader's limit, within the guard's 514 columns
      [`a: |\n${' '.repeat(514)}x\n`, false],
    ];
    for (const [text, takes] of nearLimit) {
      assert.equal(findDeepNesting(text), -1, text); // the guard passes each
      assert.equal(assertSameDocument(text), takes, text); // what the reader takes is yaml's document
      assertSameService(text);
    }
  });

  it('is needed by no feature for comments, which it does not attach to nodes', () => {
    // yaml keeps comments on nodes (comment, commentBefore, spaceBefore); the fast reader does
    // not. If a service module starts reading them, it must first make the reader keep them.
    const dir = join(ROOT, 'server', 'src', 'service');
    const readers = tsFiles(dir).filter((p) => /\.(comment|commentBefore|spaceBefore)\b/.test(readFileSync(p, 'utf8')));
    assert.deepEqual(readers, []);
  });

  it("is needed by no feature for a collection's schema, which it does not attach either", () => {
    // Only yaml's methods that edit a tree read a collection's schema; the service edits text.
    const dir = join(ROOT, 'server', 'src', 'service');
    const users = tsFiles(dir).filter((p) => /(?<!doc)\.schema\b(?!\.json)|\.(setIn|addIn|deleteIn)\(/.test(readFileSync(p, 'utf8')));
    assert.deepEqual(users, []);
    const fast = readBlockYaml('a:\n  b: [c, { d: e }]\n', YAML_OPTIONS)!;
    const map = fast.doc.contents as YAMLMap;
    assert.ok(isMap(map) && map instanceof YAMLMap && map.schema === undefined);
  });
});

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : name.endsWith('.ts') ? [p] : [];
  });
}
