/**
 * The flowchart generator, checked by Mermaid itself: every cycle is written as YAML, turned into
 * Mermaid text by the service, then parsed and rendered by Mermaid in headless Chromium. The
 * expected nodes, edges and label texts come from the cycle object, never from the generated text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { mermaidLines } from '../../server/src/service/diagram/mermaid';
import { buildFlowchart, mermaidString } from '../../server/src/service/diagram/salesCycle';
import { HOSTILE_LABELS, hostileFixtureLabels } from '../helpers/hostileLabels';
import { MermaidBrowser, MermaidResult } from '../helpers/mermaidBrowser';
import { readFixture, service } from '../helpers/service';

type Next = string | { to: string; when?: string };
interface Stage { id: string; name?: string; outcome?: 'won' | 'lost'; next?: Next[] }
interface Cycle { direction?: 'TD' | 'LR'; start?: string; stages: Stage[] }

interface Expected {
  nodes: Array<{ text: string; start: boolean; outcome?: string; missing: boolean }>;
  /** Edges as indexes into `nodes` (Mermaid keeps declaration order) plus label and style. */
  edges: Array<{ from: number; to: number; text: string; dashed: boolean }>;
}

/** What a reader must see for a cycle, derived from the cycle alone. */
function expectedOf(cycle: Cycle): Expected {
  const nodes: Expected['nodes'] = [];
  const index = new Map<string, number>();
  const startId = cycle.start ?? cycle.stages[0]?.id;
  for (const s of cycle.stages) {
    if (!index.has(s.id)) index.set(s.id, nodes.length);
    nodes.push({ text: s.name && s.name.trim() ? s.name : s.id, start: s.id === startId && index.get(s.id) === nodes.length, outcome: s.outcome, missing: false });
  }
  const edges: Expected['edges'] = [];
  const missing = new Map<string, number>();
  const pending: Array<{ from: number; to: string; text: string }> = [];
  cycle.stages.forEach((s, i) => {
    for (const n of s.next ?? []) {
      const t = typeof n === 'string' ? { to: n } : n;
      pending.push({ from: i, to: t.to, text: t.when && t.when.trim() ? t.when : '' });
    }
  });
  for (const p of pending) {
    if (!index.has(p.to) && !missing.has(p.to)) missing.set(p.to, -1);
  }
  for (const id of missing.keys()) {
    missing.set(id, nodes.length);
    nodes.push({ text: `missing: ${id}`, start: false, missing: true });
  }
  for (const p of pending) {
    const known = index.get(p.to);
    edges.push({ from: p.from, to: known ?? missing.get(p.to)!, text: p.text, dashed: known === undefined });
  }
  return { nodes, edges };
}

const tactic = (cycle: Cycle) => stringify({ tactic: 'Test', sales_cycle: cycle });

/** Text as rendered, without the invisible joiner the generator puts between Mermaid's marker pairs. */
const shown = (t: string) => t.replace(/\u2060/g, '');
const asRendered = (t: string) => t.replace(/\r\n?/g, '\n');

function assertMatches(result: MermaidResult, cycle: Cycle): void {
  const want = expectedOf(cycle);
  assert.equal(result.direction.replace('TB', 'TD'), cycle.direction ?? 'TD', 'direction');
  assert.deepEqual(result.vertices.map((v) => shown(v.text)), want.nodes.map((n) => asRendered(n.text)), 'node labels');
  want.nodes.forEach((n, i) => {
    const cls = result.vertices[i].classes;
    assert.equal(cls.includes('start'), n.start, `start class of ${n.text}`);
    assert.equal(cls.includes('won'), n.outcome === 'won', `won class of ${n.text}`);
    assert.equal(cls.includes('lost'), n.outcome === 'lost', `lost class of ${n.text}`);
    assert.equal(cls.includes('missing'), n.missing, `missing class of ${n.text}`);
  });
  const at = new Map(result.vertices.map((v, i) => [v.id, i]));
  assert.deepEqual(
    result.edges.map((e) => ({ from: at.get(e.start), to: at.get(e.end), text: shown(e.text), dashed: e.stroke === 'dotted' })),
    want.edges.map((e) => ({ ...e, text: asRendered(e.text) })),
    'edges',
  );
  assert.equal(result.pwned, false, 'a label ran code');
  assert.equal(result.injected, 0, 'a label produced markup');
}

const HOSTILE = [...HOSTILE_LABELS, ...hostileFixtureLabels()];

describe('flowchart', () => {
  let mermaid: MermaidBrowser;
  before(async () => {
    mermaid = await MermaidBrowser.start();
  });
  after(async () => {
    await mermaid?.close();
  });

  const check = async (cycle: Cycle) => {
    const fc = service.flowchart(service.parse(tactic(cycle)));
    assertMatches(await mermaid.analyse(fc.mermaid), cycle);
    return fc;
  };

  it('draws a plain cycle with start, won and lost', async () => {
    const fc = await check({
      start: 'first_call',
      stages: [
        { id: 'first_call', name: 'First call', next: ['demo', { to: 'lost', when: 'No interest' }] },
        { id: 'demo', name: 'Demo', next: [{ to: 'won', when: 'Signed' }, 'lost'] },
        { id: 'won', name: 'Contract signed', outcome: 'won' },
        { id: 'lost', name: 'Lost', outcome: 'lost' },
      ],
    });
    assert.equal(fc.ok, true);
    assert.deepEqual(fc.problems, []);
  });

  it('honours direction LR and a start that is not the first stage', async () => {
    await check({
      direction: 'LR',
      start: 'b',
      stages: [
        { id: 'a', name: 'A', next: ['b'] },
        { id: 'b', name: 'B', next: ['a', { to: 'a', when: 'again' }, 'b'] },
      ],
    });
  });

  it('uses generated ids, so Mermaid keywords and Unicode work as stage ids', async () => {
    const ids = ['end', 'graph', 'class', 'click', 'style', 'subgraph', 'flowchart', 'default', 'linkstyle', 'classdef', 'direction', 'td', 'lr', 'call', 'href', 'n0', 'n1', 'm0', 'întâlnire', '会议', 'a-b', 'x_1'];
    const stages: Stage[] = ids.map((id, i) => ({ id, name: i % 2 ? id : undefined, next: [ids[(i + 1) % ids.length], { to: ids[(i + 5) % ids.length], when: ids[i] }] }));
    const fc = await check({ start: 'end', stages });
    assert.ok(fc.nodes.every((n) => /^[nm]\d+$/.test(n.mermaidId)));
  });

  it('shows hostile stage names literally and runs nothing', async () => {
    await check({
      stages: HOSTILE.map((name, i) => ({ id: `s${i}`, name, next: [`s${(i + 1) % HOSTILE.length}`] })),
    });
  });

  it('shows hostile transition labels literally and runs nothing', async () => {
    await check({
      stages: [
        { id: 'a', name: 'A', next: HOSTILE.map((when) => ({ to: 'b', when })) },
        { id: 'b', name: 'B', outcome: 'won' },
      ],
    });
  });

  it('draws each line of a multi-line label literally, line by line (the people views use them)', async () => {
    const lines = (i: number) => ['first', HOSTILE[i], HOSTILE[(i + 1) % HOSTILE.length], 'fa:fa-car', 'last'];
    const result = await mermaid.analyse(['flowchart TD', ...HOSTILE.map((_, i) => `  n${i}[${mermaidLines(lines(i))}]`)].join('\n') + '\n');
    assert.deepEqual(result.vertices.map((v) => v.lines.map(shown)), HOSTILE.map((_, i) => lines(i).map(asRendered)));
    assert.equal(result.pwned, false, 'a label ran code');
    assert.equal(result.injected, 0, 'a label produced markup');
  });

  it('draws transitions to unknown stages as dashed edges to one "missing" node per id', async () => {
    const fc = await check({
      stages: [
        { id: 'a', name: 'A', next: ['nowhere', { to: 'nowhere', when: 'again' }, { to: 'gone', when: 'x' }, 'b'] },
        { id: 'b', name: 'B', next: ['gone'] },
      ],
    });
    assert.equal(fc.ok, true, 'a broken arrow is a warning, the diagram still shows the document');
    assert.deepEqual(fc.problems.map((p) => [p.severity, p.message]), [
      ['warning', 'No stage with the id `nowhere` is defined; its arrows are drawn dashed.'],
      ['warning', 'No stage with the id `gone` is defined; its arrows are drawn dashed.'],
    ]);
  });

  it('matches Mermaid for random hostile labels', async () => {
    const token = fc.constantFrom('"', "'", '<', '>', '&', '#', ';', '%%', '{', '}', '[', ']', '(', ')', '|', '`', '-->', '---', '\\', '/',
      ':', 'end', 'click', '<br>', '&amp;', '#quot;', '#35;', 'fa:fa-car', '**', '_', '~', '\n', ' ', '\t', 'ﬂ', '°', '¶', 'ß', 'ă', '会', '😀', 'x', '=', '@', '!',
      ',', '.', '?', '+', '*', '-', '--', '==>', '-.->', '(', '((', ')', '))', '$$', '$', "'", 'style', ':#f00;', 'o', 'x--', '-x',
      'direction', ' LR', ' TB', '\u0085');
    const label = fc.string({ unit: token, minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== '');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(label, label), { minLength: 1, maxLength: 8 }), async (pairs) => {
        const stages: Stage[] = pairs.map(([name, when], i) => ({ id: `s${i}`, name, next: [{ to: `s${(i + 1) % pairs.length}`, when }] }));
        await check({ stages });
      }),
      { numRuns: 25 },
    );
  });

  it('draws the example tactic', async () => {
    const parsed = service.parse(readFixture('examples', 'regional-retail-erp.tactic.yaml'));
    const result = await mermaid.analyse(service.flowchart(parsed).mermaid);
    const cycle = parsed.doc.value as { sales_cycle: Cycle };
    assertMatches(result, cycle.sales_cycle);
  });

  it('attaches actions and objections to their stages when asked', async () => {
    const text = tactic({ stages: [{ id: 'a', name: 'A', next: ['b'] }, { id: 'b', name: 'B', outcome: 'won' }] }) + stringify({
      advancement_actions: [{ action: 'Send <b>benchmark</b>', stage: 'a' }, { action: 'No stage' }, { action: 'Unknown stage', stage: 'zz' }],
      objections: [{ objection: 'Too "expensive"', stage: 'b' }],
    });
    const parsed = service.parse(text);
    const plain = await mermaid.analyse(service.flowchart(parsed).mermaid);
    assert.deepEqual(plain.vertices.map((v) => v.text), ['A', 'B']);
    const both = service.flowchart(parsed, { showActions: true, showObjections: true });
    const result = await mermaid.analyse(both.mermaid);
    const text0 = new Map(result.vertices.map((v) => [v.id, v.text]));
    assert.deepEqual(result.vertices.map((v) => v.text), ['A', 'B', 'Send <b>benchmark</b>', 'Too "expensive"']);
    assert.deepEqual(result.edges.map((e) => [text0.get(e.start), text0.get(e.end), e.arrow]), [
      ['A', 'B', 'arrow_point'],
      ['A', 'Send <b>benchmark</b>', 'arrow_open'],
      ['B', 'Too "expensive"', 'arrow_open'],
    ]);
    assert.deepEqual(both.nodes.map((n) => [n.kind, n.stageId]), [['stage', 'a'], ['stage', 'b'], ['action', 'a'], ['objection', 'b']]);
    const onlyObjections = await mermaid.analyse(service.flowchart(parsed, { showObjections: true }).mermaid);
    assert.deepEqual(onlyObjections.vertices.map((v) => v.text), ['A', 'B', 'Too "expensive"']);
  });
});

describe('flowchart without a browser', () => {
  it('maps nodes back to the source: the stage entry and its id', () => {
    const text = 'sales_cycle:\n  stages:\n    - id: intro\n      name: Intro\n      next: [done]\n    - id: done\n      name: Done\n      outcome: won\n';
    const fc = buildFlowchart(service.parse(text));
    const intro = fc.nodes[0];
    assert.equal(intro.stageId, 'intro');
    assert.equal(intro.start, true, 'without `start` the first stage starts');
    assert.deepEqual(intro.selectionRange, { start: { line: 2, character: 10 }, end: { line: 2, character: 15 } });
    assert.deepEqual(intro.range?.start, { line: 2, character: 6 });
    assert.deepEqual(fc.nodes[1].range?.start, { line: 5, character: 6 });
    assert.deepEqual(fc.edges[0].range, { start: { line: 4, character: 13 }, end: { line: 4, character: 17 } });
  });

  it('is not ok without a sales cycle, without stages, or with a syntax error', () => {
    const none = buildFlowchart(service.parse('tactic: T\n'));
    assert.equal(none.ok, false);
    assert.match(none.problems[0].message, /no `sales_cycle`/);
    const empty = buildFlowchart(service.parse('sales_cycle:\n  stages: []\n'));
    assert.equal(empty.ok, false);
    assert.deepEqual(empty.problems[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } });
    const broken = buildFlowchart(service.parse('sales_cycle:\n  stages:\n    - id: a\n      name: "unclosed\n'));
    assert.equal(broken.ok, false);
    assert.equal(broken.problems[0].severity, 'error');
    for (const text of ['', '[1, 2]', 'sales_cycle: 3', 'sales_cycle:\n  stages: [1, {id: 2}, {name: x}]\n', '\0']) {
      const fc = buildFlowchart(service.parse(text));
      assert.match(fc.mermaid, /^flowchart TD\n/);
    }
  });

  it('sends arrows to the first of two stages sharing an id, and says so', () => {
    const text = 'sales_cycle:\n  stages:\n    - id: a\n      name: A\n      next: [b]\n    - id: b\n      name: B1\n    - id: b\n      name: B2\n';
    const fc = buildFlowchart(service.parse(text));
    assert.deepEqual(fc.nodes.map((n) => [n.mermaidId, n.label]), [['n0', 'A'], ['n1', 'B1'], ['n2', 'B2']]);
    assert.deepEqual(fc.edges.map((e) => [e.from, e.to]), [['n0', 'n1']]);
    assert.deepEqual(fc.problems.map((p) => [p.severity, p.range?.start.line]), [['warning', 7]]);
  });

  it('points a missing node at the first reference to it', () => {
    const fc = buildFlowchart(service.parse('sales_cycle:\n  stages:\n    - id: a\n      name: A\n      next: [ghost, {to: ghost}]\n'));
    const missing = fc.nodes.find((n) => n.kind === 'missing')!;
    assert.deepEqual(missing.selectionRange, { start: { line: 4, character: 13 }, end: { line: 4, character: 18 } });
    assert.deepEqual(fc.edges.map((e) => [e.to, e.broken]), [[missing.mermaidId, true], [missing.mermaidId, true]]);
  });

  it('escapes every character Mermaid could read as syntax', () => {
    assert.equal(mermaidString("Ab 9 ă, it's (v2) 1/2+1=1.5 *_-!?"), '"Ab 9 ă, it\'s (v2) 1/2+1=1.5 *_-!?"');
    for (const ch of '"`<>&#;%{}[]|:$@\\~\n\t\u0000\u200b') {
      assert.equal(mermaidString(ch), `"#${ch.codePointAt(0)};"`);
    }
    // C1 controls as codes would show as Windows-1252 characters (&#133; is "…"): they stay raw.
    assert.equal(mermaidString('a\u0085b\u009f'), '"a\u0085b\u009f"');
    // `direction LR` anywhere on a line is a direction statement to Mermaid's lexer.
    assert.equal(mermaidString('Set direction LR'), '"Set directio#110; LR"');
    assert.equal(mermaidString('DIRECTION'), '"DIRECTIO#78;"');
    assert.equal(mermaidString('directions'), '"directions"');
    // Lines are joined by a raw line break: no markup, so no DOMPurify pass that would decode the codes.
    assert.equal(mermaidLines(['a <b>', 'direction', 'LR']), '"a #60;b#62;\ndirectio#110;\nLR"');
  });

  it('is exposed through the service', () => {
    const parsed = service.parse(readFixture('examples', 'regional-retail-erp.tactic.yaml'));
    assert.deepEqual(service.flowchart(parsed, { showActions: true }), buildFlowchart(parsed, { showActions: true }));
  });
});
