/**
 * The pseudo-locale run of the service: with every message wrapped in ⟪…⟫, each user-facing string
 * the service makes (hover, completion documentation, readiness, outline, rename refusals,
 * diagrams, the template, findings and quick-fix titles) carries the markers; only pure values
 * (keys, ids, enum values, the user's own text) do not. The real bundles then speak Romanian and
 * Russian through the same calls, and the template stays a valid tactic in each.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTacticService, tacticTemplate, useLanguage, weakestPoint, readinessLensTitle, type ParsedTactic } from '../../server/src/service';
import { speak } from '../../server/src/node/l10nBundle';
import { pseudoBundle, marked, OPEN } from '../helpers/pseudo';
import { readFixture, TODAY } from '../helpers/service';

const service = createTacticService({ now: () => TODAY });
const EXAMPLES = ['regional-retail-erp', 'hospital-lab-opponent', 'typical-findings'].map((n) => readFixture('examples', `${n}.tactic.yaml`));
const parse = (text: string): ParsedTactic => service.parse(text);
const ENTITY_OPEN = `#${OPEN.codePointAt(0)};`;

/** Every key and every scalar start on every line: `  - id: x` → the `id` and the `x`. */
function positions(text: string): Array<{ line: number; character: number }> {
  return text.split('\n').flatMap((l, line) => {
    const m = /^(\s*(?:-\s+)*)([A-Za-z_][\w-]*)(\s*:\s*)?(.*)$/.exec(l);
    if (!m) return [];
    const out = [{ line, character: m[1].length }];
    if (m[3] && m[4] && !m[4].startsWith('#')) out.push({ line, character: m[1].length + m[2].length + m[3].length + (m[4].startsWith('[') ? 1 : 0) });
    return out;
  });
}

describe('pseudo-locale: the service', () => {
  before(() => useLanguage('ru', pseudoBundle()));
  after(() => useLanguage('en'));

  it('hover: every hover over every key and value says something translated', () => {
    let hovers = 0;
    for (const text of EXAMPLES) {
      const parsed = parse(text);
      for (const p of positions(text)) {
        const h = service.hover(parsed, p);
        if (!h) continue;
        hovers++;
        const value = (h.contents as { value: string }).value;
        assert.ok(marked(value), `hover at ${p.line + 1}:${p.character + 1}: ${value}`);
      }
    }
    assert.ok(hovers > 100, `${hovers} hovers`);
    const blocks = service.hover(parse(EXAMPLES[0]), { line: EXAMPLES[0].split('\n').findIndex((l) => l.startsWith('decision_makers:')), character: 1 });
    assert.match((blocks!.contents as { value: string }).value, /⟪block 1 of 9: name the decision makers/);
    // The schema's own description under it, translated too (schemaText.ts).
    assert.match((blocks!.contents as { value: string }).value, /\n\n⟪\*\*Block 1 — decision makers\.\*\*/);
  });

  it('completion: snippets, their details and documentation are translated; keys and values are not', () => {
    const empty = service.complete(parse(''), { line: 0, character: 0 }).items;
    const whole = empty.find((i) => i.insertText?.includes('decision_makers:') || (i.textEdit as { newText?: string } | undefined)?.newText?.includes('decision_makers:'))!;
    assert.ok(marked(whole.label) && marked(String(whole.detail)) && marked((whole.documentation as { value: string }).value), JSON.stringify(whole));
    const started = 'tactic: T\ndecision_makers:\n  - id: a\n    title: A\n  - \n';
    const items = service.complete(parse(started), { line: 4, character: 4 }).items;
    const snippets = items.filter((i) => i.kind === 15);
    assert.ok(snippets.length > 0);
    for (const s of snippets) assert.ok(marked(s.label) && marked(String(s.detail)), JSON.stringify(s));
    const root = service.complete(parse('tactic: T\n\n'), { line: 1, character: 0 }).items;
    const all = root.find((i) => i.kind === 15)!;
    assert.ok(marked(all.label) && marked((all.documentation as { value: string }).value), JSON.stringify(all));
    for (const i of root.filter((x) => x.kind === 10)) {
      assert.ok(!marked(i.label), `a key stays a key: ${i.label}`);
      assert.ok(marked(String(i.detail)) && marked((i.documentation as { value: string } | undefined)?.value), `the schema's words about ${i.label}`);
    }
    const suggested = service.complete(parse('tactic: T\nidentification:\n  - source: \n'), { line: 2, character: 12 }).items.filter((i) => i.kind === 12);
    for (const s of suggested) assert.ok(!marked(s.label) && marked(String(s.detail)), JSON.stringify(s));
  });

  it('readiness: every item, the weakest point and the lens title', () => {
    for (const text of [...EXAMPLES, 'tactic: T\n', 'tactic: [\n']) {
      const r = service.readiness(parse(text));
      for (const item of r.items) assert.ok(marked(item.message), item.message);
      if (r.noScoreReason) assert.ok(marked(r.noScoreReason), r.noScoreReason);
      const weakest = weakestPoint(r);
      if (weakest) assert.ok(marked(weakest), weakest);
      assert.ok(marked(readinessLensTitle(r)));
    }
  });

  it('outline: the counts beside blocks and the cycle', () => {
    const symbols = service.documentSymbols(parse(EXAMPLES[0]));
    const counted = symbols.filter((s) => s.children);
    assert.ok(counted.length >= 9);
    for (const s of counted) {
      assert.ok(!marked(s.name), `a block's name is its key: ${s.name}`);
      assert.ok(marked(s.detail), `${s.name}: ${s.detail}`);
    }
  });

  it('rename: every refusal', () => {
    const text = 'tactic: T\ndecision_makers:\n  - id: a\n    title: A\n  - id: b\n    title: B\n';
    const parsed = parse(text);
    const onA = { line: 2, character: 10 };
    for (const name of ['Bad Id', 'null', 'true', 'b']) {
      const r = service.rename(parsed, onA, name);
      assert.ok('error' in r && marked(r.error), `${name}: ${JSON.stringify(r)}`);
    }
    const off = service.prepareRename(parsed, { line: 0, character: 1 });
    assert.ok('error' in off && marked(off.error));
  });

  it('diagrams: problems, generated labels and legends', () => {
    for (const kind of ['cycle', 'map', 'chains'] as const) {
      for (const text of ['tactic: T\n', ...EXAMPLES]) {
        const d = service.diagram(parse(text), kind, { showActions: true, showObjections: true });
        for (const p of d.problems) assert.ok(marked(p.message), `${kind}: ${p.message}`);
        const legend = d.mermaid.split('\n').filter((l) => /^\s*l\d+[[({]/.test(l));
        for (const l of legend) assert.ok(l.includes(ENTITY_OPEN), `${kind} legend: ${l}`);
      }
    }
    const chains = service.diagram(parse('approval_chains:\n  - id: c\n    when: W\n    steps: [ghost, { body: B, members: [] }]\n'), 'chains');
    for (const n of chains.nodes.filter((x) => x.kind === 'missing' || x.kind === 'about')) assert.ok(marked(n.label), n.label);
  });

  it('the template: its comments and <placeholders> are translated, and it is still a valid tactic', () => {
    const text = tacticTemplate(TODAY);
    for (const line of text.split('\n')) {
      const comment = /#\s(.*)$/.exec(line)?.[1];
      if (comment) assert.ok(marked(comment), line);
      for (const [, ph] of line.matchAll(/<([^<>]+)>/g)) {
        if (/^[a-z_]+_id$/.test(ph) || ph === 'YYYY-MM-DD') continue;
        assert.ok(marked(ph), `<${ph}> in: ${line}`);
      }
    }
    assert.deepEqual(service.validate(text).filter((d) => d.code === 'yaml-syntax'), []);
  });

  it('findings: every message over the fixtures', () => {
    for (const text of EXAMPLES) for (const d of service.validate(text)) assert.ok(marked(String(d.message)), `${d.code}: ${d.message}`);
  });

  it('quick fixes: every title', () => {
    for (const text of EXAMPLES) {
      const parsed = parse(text);
      for (const a of service.codeActions(parsed, service.validate(parsed))) assert.ok(marked(a.title), a.title);
    }
  });

  it('Mark as reviewed today (the stale-review fix, in authoring/markReviewed.ts)', () => {
    const parsed = parse('tactic: T\nreviewed: 2000-01-01\n');
    const stale = service.validate(parsed).filter((d) => d.code === 'stale-review');
    const titles = service.codeActions(parsed, stale).map((a) => a.title).filter((t) => /2026-11-29/.test(t));
    assert.ok(titles.length > 0 && titles.every(marked), titles.join(' | '));
  });
});

describe('Romanian and Russian through the real bundles', () => {
  after(() => useLanguage('en'));

  for (const language of ['ro', 'ru'] as const) {
    it(`${language}: the template is a valid tactic with the same findings as the English one`, () => {
      useLanguage('en');
      const english = service.validate(tacticTemplate(TODAY)).map((d) => d.code).sort();
      assert.equal(speak(language).language, language);
      const text = tacticTemplate(TODAY);
      assert.notEqual(text, (useLanguage('en'), tacticTemplate(TODAY)));
      speak(language);
      assert.deepEqual(service.validate(text).map((d) => d.code).sort(), english);
      if (language === 'ru') assert.match(text, /# [^\n]*[\u0400-\u04FF]/);
    });

    it(`${language}: hover, readiness and diagrams speak it`, () => {
      speak(language);
      const parsed = parse(EXAMPLES[0]);
      const line = EXAMPLES[0].split('\n').findIndex((l) => l.startsWith('decision_makers:'));
      const hover = (service.hover(parsed, { line, character: 1 })!.contents as { value: string }).value;
      assert.match(hover, language === 'ru' ? /блок 1 из 9/ : /blocul 1 din 9/);
      const r = service.readiness(parse(EXAMPLES[2]));
      assert.ok(r.items.every((i) => (language === 'ru' ? /[\u0400-\u04FF]/ : /[a-z]/).test(i.message)));
      assert.match(readinessLensTitle(r), language === 'ru' ? /^Готовность/ : /^Grad de pregătire/);
    });
  }
});
