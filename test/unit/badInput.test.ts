import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_NESTING, MAX_TEXT_LENGTH } from '../../server/src/service/parsing/parse';
import { fmtRange, marked } from '../helpers/marked';
import { findings, service, VALID } from '../helpers/service';

const codes = (text: string) => findings(text).map((d) => d.code);

describe('bad input', () => {
  it('a syntax error is reported where it is, without knock-on schema or absence findings', () => {
    const m = marked('tactic: T\ndecision_makers:\n  - id: a\n    title: [unclosed\n⟦⟧risks: []\n');
    const ds = findings(m.text);
    const syntax = ds.filter((d) => d.code === 'yaml-syntax');
    assert.ok(syntax.length >= 1);
    assert.ok(syntax.every((d) => d.range.start.line >= 3), syntax.map((d) => fmtRange(d.range)).join());
    for (const quiet of ['schema', 'missing-block', 'missing-sales-cycle', 'unknown-reference']) {
      assert.ok(!ds.some((d) => d.code === quiet), `${quiet} stays quiet next to a syntax error`);
    }
  });

  it('rules about what is present still run next to a syntax error', () => {
    const text = 'tactic: T\nobjections:\n  - objection: Too expensive\nrisks: [unclosed\n';
    const c = codes(text);
    assert.ok(c.includes('yaml-syntax'));
    assert.ok(c.includes('objection-without-response'));
  });

  it('a second document is one finding on its `---`', () => {
    const m = marked(VALID + '⟦---⟧\ntactic: Other\n');
    const ds = findings(m.text, 'yaml-syntax');
    assert.deepEqual(ds.map((d) => fmtRange(d.range)), m.ranges.map(fmtRange));
    assert.equal(findings(m.text).length, 1, 'the first document is still fully checked and clean');
  });

  it('duplicate keys are reported on the second key and the rest is still checked', () => {
    const m = marked('tactic: T\n⟦tactic⟧: U\nrisks: []\n');
    const ds = findings(m.text, 'yaml-syntax');
    assert.deepEqual(ds.map((d) => fmtRange(d.range)), m.ranges.map(fmtRange));
    assert.match(String(ds[0].message), /appears twice/);
    assert.ok(codes(m.text).includes('missing-block'), 'duplicate keys are not structural');
  });

  it('an undefined alias is a positioned finding, not a crash', () => {
    const m = marked('tactic: ⟦*nope⟧\n');
    const ds = findings(m.text, 'yaml-syntax');
    assert.deepEqual(ds.map((d) => fmtRange(d.range)), m.ranges.map(fmtRange));
  });

  it('an alias bomb is refused within the node budget', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const ds = findings(text, 'yaml-syntax');
    assert.equal(ds.length, 1);
    assert.match(String(ds[0].message), /alias bomb/);
  });

  it('a file over the size limit is refused with its size', () => {
    const text = 'tactic: T\ndescription: ' + 'x'.repeat(MAX_TEXT_LENGTH) + '\n';
    const ds = findings(text);
    assert.equal(ds.length, 1);
    assert.match(String(ds[0].message), /MB; tactic files over 2 MB are not checked/);
    assert.equal(ds[0].range.start.line, 0);
  });

  it('NUL bytes are reported at the first one', () => {
    const m = marked('tactic: T\nowner: a⟦\u0000⟧b\n');
    const ds = findings(m.text);
    assert.deepEqual(ds.map((d) => fmtRange(d.range)), m.ranges.map(fmtRange));
    assert.match(String(ds[0].message), /NUL/);
  });

  it('deep flow nesting is refused before parsing, at the level that is too deep', () => {
    const text = 'tactic: x\nbad: [}\nmore: ' + '['.repeat(50_000) + '\n';
    const ds = findings(text);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].range.start.line, 2);
    assert.equal(ds[0].range.start.character, 6 + MAX_NESTING);
  });

  it('deep block nesting is refused too', () => {
    const text = 'tactic: x\nbad:\n' + Array.from({ length: 400 }, (_, i) => ' '.repeat(2 * i + 2) + `k${i}:\n`).join('');
    const ds = findings(text);
    assert.ok(ds.some((d) => /deeper than/.test(String(d.message))));
  });

  it('brackets inside quotes and comments do not count as nesting', () => {
    const text = VALID.replace('tactic: Regional', '# ' + '['.repeat(1000) + '\ntactic: Regional')
      .replace('owner: Ana Popescu', `owner: "${'['.repeat(1000)}"`);
    assert.deepEqual(findings(text), []);
  });

  it('a BOM is accepted', () => {
    assert.deepEqual(findings('\uFEFF' + VALID), []);
  });

  it('CRLF and lone-CR line ends give the same findings on the same lines as LF', () => {
    const lf = VALID.replace('title: Chief Financial Officer', 'title: CFO\n    nmae: typo');
    const lines = (t: string) => findings(t).map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
    assert.equal(lines(lf).length, 1);
    assert.deepEqual(lines(lf.replace(/\n/g, '\r\n')), lines(lf));
    assert.deepEqual(lines(lf.replace(/\n/g, '\r')), lines(lf));
  });

  it('tabs used for indentation are reported where they are', () => {
    const m = marked('tactic: T\nrisks:\n⟦\t⟧- risk: r\n');
    const ds = findings(m.text, 'yaml-syntax');
    assert.ok(ds.some((d) => d.range.start.line === 2 && /Tabs/.test(String(d.message))), JSON.stringify(ds));
  });

  it('__proto__ and constructor are ordinary (unknown) keys', () => {
    const ds = findings('tactic: T\n__proto__: { polluted: true }\nconstructor: x\n', 'schema');
    assert.equal(ds.length, 2);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('never throws on odd Unicode', () => {
    for (const text of ['tactic: \u202Eevil\u202C\n', 'tactic: T\ndecision_makers:\n  - id: a\u200Bb\n    title: x\n', '\uD800: x\n', 'tactic: 😀\n']) {
      assert.doesNotThrow(() => service.validate(text));
    }
  });
});

describe('many findings', () => {
  it('a document reports at most MAX_DIAGNOSTICS findings, the first ones in document order', async () => {
    const { MAX_DIAGNOSTICS } = await import('../../server/src/service/validation/diagnostics');
    const refs = Array.from({ length: 3000 }, (_, i) => `  - for: ghost${i}\n    as: x\n`).join('');
    const ds = findings(`tactic: T\npositioning:\n${refs}`);
    assert.equal(ds.length, MAX_DIAGNOSTICS);
    assert.ok(ds.every((d, i) => i === 0 || d.range.start.line >= ds[i - 1].range.start.line));
    assert.equal(ds[0].range.start.line, 0, 'the first finding of the document is kept');
  });
});

describe('very many lines', () => {
  it('completion on a file with 150,000 keys answers (the indentation step is found without a stack overflow)', () => {
    const huge = 'tactic: T\n' + Array.from({ length: 150_000 }, (_, i) => `k${i}: v`).join('\n') + '\n';
    assert.doesNotThrow(() => service.complete(service.parse(huge), { line: 1, character: 0 }));
  });
});
