/**
 * The account map (`tactic graph --view map`, kind 'map'), checked by Mermaid itself: each tactic
 * is written as YAML, turned into Mermaid text by the service, then parsed and rendered by Mermaid
 * in headless Chromium. What a reader must see (labels, org lines, gatekeepers, numbered moves,
 * colours and words for attitudes) is derived from the tactic, never from the generated text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Diagram } from '../../server/src/service';
import { HOSTILE_LABELS, hostileFixtureLabels } from '../helpers/hostileLabels';
import { MermaidBrowser, MermaidResult, MermaidVertex } from '../helpers/mermaidBrowser';
import {
  ActionSpec, asRendered, assertNodesMapToText, nodesOf, PersonSpec, roleWords, shown, TacticSpec, tacticYaml, valueAt,
  hostileLabel,
} from '../helpers/peopleTactic';
import { readFixture, service } from '../helpers/service';

const ATTITUDES = ['supporter', 'neutral', 'opponent', 'unknown'];
const ROLES = ['economic_buyer', 'technical_buyer', 'user_buyer', 'coach', 'influencer'];
const nonBlank = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

interface ExpectedMap {
  /** Per decision maker, in order: the lines a reader must find. */
  persons: Array<{ first: string; name?: string; role?: string; attitude: string; influence?: string }>;
  /** Org lines as [boss, report], indexes into decision_makers. */
  org: Array<[number, number]>;
  /** Gatekeeper lines as [gatekeeper, person]. */
  guards: Array<[number, number]>;
  /** Our team's moves in drawing order: the number, the texts the label holds, the person. */
  moves: Array<{ number: number; action?: string; by?: string; to: number }>;
}

/** What the map of `spec` must show, from the tactic alone. */
function expectedMap(spec: TacticSpec): ExpectedMap {
  const dms = spec.decision_makers ?? [];
  const first = new Map<string, number>();
  dms.forEach((p, i) => {
    if (p.id !== undefined && !first.has(p.id)) first.set(p.id, i);
  });
  const persons = dms.map((p) => ({
    first: nonBlank(p.title) ? p.title : p.id ?? '',
    name: nonBlank(p.name) ? p.name : undefined,
    role: p.role !== undefined && ROLES.includes(p.role) ? p.role : undefined,
    attitude: p.attitude !== undefined && ATTITUDES.includes(p.attitude) ? p.attitude : 'unknown',
    influence: ['low', 'medium', 'high'].includes(p.influence ?? '') ? p.influence : undefined,
  }));
  const org: Array<[number, number]> = [];
  dms.forEach((p, i) => {
    const boss = p.reports_to === undefined ? undefined : first.get(p.reports_to);
    if (boss !== undefined && boss !== i) org.push([boss, i]);
  });
  const targets = (ids: string[] | undefined) => [...new Set((ids ?? []).filter((id) => first.has(id)).map((id) => first.get(id)!))];
  const guards: Array<[number, number]> = [];
  (spec.gatekeepers ?? []).forEach((g, i) => targets(g.for).forEach((t) => guards.push([i, t])));
  // The cycle's stage order; moves without a known stage keep their order, after the others.
  const stageRank = new Map<string, number>();
  (spec.stages ?? []).forEach((s, i) => {
    if (!stageRank.has(s.id)) stageRank.set(s.id, i);
  });
  const rank = (a: ActionSpec) => (a.stage !== undefined && stageRank.has(a.stage) ? stageRank.get(a.stage)! : Infinity);
  const ordered = (spec.advancement_actions ?? []).map((a, i) => ({ a, i }))
    .sort((x, y) => (rank(x.a) === rank(y.a) ? x.i - y.i : rank(x.a) < rank(y.a) ? -1 : 1))
    .map(({ a }) => a)
    .filter((a) => targets(a.for).length > 0);
  const moves: ExpectedMap['moves'] = [];
  ordered.forEach((a, k) => targets(a.for).forEach((to) => moves.push({ number: k + 1, action: a.action, by: a.by, to })));
  return { persons, org, guards, moves };
}

/** Checks the rendered map against the tactic; returns the vertex of each decision maker. */
function assertMap(text: string, d: Diagram, r: MermaidResult, spec: TacticSpec): MermaidVertex[] {
  const want = expectedMap(spec);
  assert.equal(d.kind, 'map');
  assertNodesMapToText(text, d);
  const vertex = new Map(r.vertices.map((v) => [v.id, v]));

  // One node per decision maker, in order; clicking it selects that entry's id (or its title).
  const personNodes = nodesOf(d, 'person');
  assert.equal(personNodes.length, want.persons.length, 'one node per decision maker');
  const dms = spec.decision_makers ?? [];
  personNodes.forEach((n, i) => {
    const p = dms[i];
    if (p.id !== undefined) assert.equal(valueAt(text, n.selectionRange!), p.id, `node ${n.mermaidId} selects ${p.id}`);
    else if (p.title !== undefined) assert.equal(valueAt(text, n.selectionRange!), p.title);
  });
  const persons = personNodes.map((n) => vertex.get(n.mermaidId)!);
  persons.forEach((v, i) => {
    const p = want.persons[i];
    assert.ok(v, `person ${i} is drawn`);
    const lines = v.lines.map(shown);
    assert.equal(lines[0], asRendered(p.first), `title of person ${i}`);
    let rest = lines.slice(1);
    if (p.name !== undefined) {
      assert.equal(lines[1], asRendered(p.name), `name of person ${i}`);
      rest = lines.slice(2);
    }
    // Role and attitude in words, not only as colour.
    if (p.role) assert.ok(rest.some((l) => l.includes(roleWords(p.role!))), `role of person ${i} in words: ${JSON.stringify(rest)}`);
    assert.ok(rest.some((l) => l.includes(p.attitude)), `attitude of person ${i} in words: ${JSON.stringify(rest)}`);
    if (p.influence) assert.ok(rest.some((l) => l.includes(p.influence!)), `influence of person ${i} in words`);
  });

  // Attitude as colour: one colour per attitude, the same in the legend, and distinct from the others.
  const colour = (v: MermaidVertex) => `${v.style.fill} ${v.style.stroke} ${v.style.strokeDasharray}`;
  const byAttitude = new Map<string, Set<string>>();
  persons.forEach((v, i) => byAttitude.set(want.persons[i].attitude, (byAttitude.get(want.persons[i].attitude) ?? new Set()).add(colour(v))));
  for (const [attitude, colours] of byAttitude) {
    assert.equal(colours.size, 1, `every ${attitude} person has the same colour`);
    const legend = r.vertices.find((v) => !persons.includes(v) && shown(v.text).includes(attitude) && colour(v) === [...colours][0]);
    assert.ok(legend, `the legend explains the colour of ${attitude}`);
  }
  const colours = [...byAttitude.values()].map((s) => [...s][0]);
  assert.equal(new Set(colours).size, colours.length, 'attitudes have distinct colours');
  // Influence as emphasis: a higher influence never has a thinner border.
  const width = (v: MermaidVertex) => parseFloat(v.style.strokeWidth);
  const levels = ['low', 'medium', 'high'];
  persons.forEach((v, i) => persons.forEach((w, j) => {
    const [a, b] = [levels.indexOf(want.persons[i].influence ?? ''), levels.indexOf(want.persons[j].influence ?? '')];
    if (a >= 0 && b >= 0 && a > b) assert.ok(width(v) > width(w), `influence ${want.persons[i].influence} is drawn heavier than ${want.persons[j].influence}`);
  }));

  const personIndex = new Map(personNodes.map((n, i) => [n.mermaidId, i]));
  const gateNodes = nodesOf(d, 'gatekeeper');
  assert.equal(gateNodes.length, (spec.gatekeepers ?? []).length, 'one node per gatekeeper');
  const gateIndex = new Map(gateNodes.map((n, i) => [n.mermaidId, i]));
  (spec.gatekeepers ?? []).forEach((g, i) => {
    if (g.technique !== undefined) assert.equal(shown(vertex.get(gateNodes[i].mermaidId)!.text), asRendered(g.technique), `technique of gatekeeper ${i}`);
  });

  // Org lines: solid, between the right people.
  const solid = r.edges.filter((e) => e.stroke === 'normal' && e.arrow === 'arrow_open');
  assert.deepEqual(solid.map((e) => [personIndex.get(e.start), personIndex.get(e.end)]), want.org, 'org lines (boss, report)');
  // Each gatekeeper in front of the people it guards.
  const guards = r.edges.filter((e) => e.arrow === 'arrow_circle');
  assert.deepEqual(guards.map((e) => [gateIndex.get(e.start), personIndex.get(e.end)]), want.guards, 'gatekeeper lines');
  // Moves: dashed arrows from one "our team" node, numbered in the order of the cycle's stages.
  const moves = r.edges.filter((e) => e.stroke === 'dotted');
  assert.equal(moves.length, want.moves.length, 'one dashed arrow per move and person');
  const team = new Set(moves.map((e) => e.start));
  if (moves.length) {
    assert.equal(team.size, 1, 'every move starts at one node');
    const [u] = team;
    assert.ok(!personIndex.has(u) && !gateIndex.has(u), 'that node is neither a person nor a gatekeeper');
    assert.ok(!d.nodes.some((n) => n.mermaidId === u), 'and stands for no entry of the text');
  }
  const labelled = new Set<number>();
  moves.forEach((e, k) => {
    const m = want.moves[k];
    const label = shown(e.text);
    assert.equal(e.arrow, 'arrow_point');
    assert.equal(personIndex.get(e.end), m.to, `move ${k} goes to person ${m.to}`);
    // An action is written on its first arrow; its other arrows carry only its number.
    if (labelled.has(m.number)) {
      assert.equal(label, `${m.number}.`, `move ${k} repeats only its number`);
      return;
    }
    labelled.add(m.number);
    assert.ok(label.startsWith(`${m.number}. `), `move ${k} is number ${m.number}: ${JSON.stringify(label)}`);
    if (m.action !== undefined) assert.ok(label.includes(asRendered(m.action)), `move ${k} shows its action: ${JSON.stringify(label)}`);
    if (nonBlank(m.by)) assert.ok(label.includes(asRendered(m.by)), `move ${k} shows who does it`);
  });
  assert.equal(r.pwned, false, 'a label ran code');
  assert.equal(r.injected, 0, 'a label produced markup');
  return persons;
}

/** People whose entries are not what the format says; the view must still come out (the lint rules report them). */
const WRONG_SHAPES = [
  'decision_makers: 3\n', 'decision_makers: [1, "x", [a], {id: [x]}, {title: {a: 1}}, {id: 5, reports_to: [a, b]}]\n',
  'decision_makers:\n  - id: a\n    title: A\ngatekeepers: [1, {for: 3}, {for: [[a]]}]\nadvancement_actions: [{for: a}, {for: [a], stage: [x]}]\n',
  '[1, 2]', '\0',
];

const MAP_KEYWORDS = ['end', 'graph', 'class', 'click', 'style', 'subgraph', 'flowchart', 'default', 'linkStyle', 'classDef', 'direction', 'u0', 'p0', 'g0', 'l0', 'lg0'];

describe('account map', () => {
  let mermaid: MermaidBrowser;
  before(async () => {
    mermaid = await MermaidBrowser.start();
  });
  after(async () => {
    await mermaid?.close();
  });

  const draw = async (spec: TacticSpec) => {
    const text = tacticYaml(spec);
    const d = service.diagram(service.parse(text), 'map');
    assert.equal(d.ok, true, JSON.stringify(d.problems));
    const r = await mermaid.analyse(d.mermaid);
    return { text, d, r, persons: assertMap(text, d, r, spec) };
  };

  it('draws the example tactic: people, org lines, gatekeepers and moves in stage order', async () => {
    const text = readFixture('examples', 'regional-retail-erp.tactic.yaml');
    const d = service.diagram(service.parse(text), 'map');
    assert.deepEqual(d.problems, []);
    const spec = service.parse(text).doc.value as TacticSpec & { sales_cycle: { stages: TacticSpec['stages'] } };
    assertMap(text, d, await mermaid.analyse(d.mermaid), { ...spec, stages: spec.sales_cycle.stages });
  });

  it('shows every title, name, role and attitude, each attitude in its own colour', async () => {
    const people: PersonSpec[] = [];
    ROLES.forEach((role, i) => ATTITUDES.forEach((attitude, j) => people.push({
      id: `p_${i}_${j}`, title: `Title ${i}.${j}`, name: j % 2 ? `Name ${i}.${j}` : undefined, role,
      influence: ['low', 'medium', 'high'][(i + j) % 3], attitude: attitude === 'unknown' ? undefined : attitude,
    })));
    people.push({ id: 'bare' }, { id: 'odd', title: '   ', role: 'not_a_role', attitude: 'hostile', influence: 'huge' });
    await draw({ decision_makers: people });
  });

  it('numbers the moves in the order of the cycle\'s stages, not of the text', async () => {
    await draw({
      decision_makers: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }],
      stages: [{ id: 'first', name: 'First' }, { id: 'second', name: 'Second' }, { id: 'third', name: 'Third' }],
      advancement_actions: [
        { action: 'Third-stage move', stage: 'third', for: ['a'], by: 'Presales' },
        { action: 'No stage', for: ['b'] },
        { action: 'First-stage move to two', stage: 'first', for: ['b', 'c', 'b'], by: 'SDR' },
        { action: 'Unknown stage', stage: 'nowhere', for: ['c'] },
        { action: 'Second-stage move', stage: 'second', for: ['c'] },
        { action: 'Nobody known', stage: 'first', for: ['ghost'] },
        { action: 'Also first', stage: 'first', for: ['a', 'ghost'] },
      ],
    });
  });

  it('draws reports_to lines and gatekeepers to the first of a duplicate id, never to a missing one', async () => {
    await draw({
      decision_makers: [
        { id: 'boss', title: 'Boss' }, { id: 'x', title: 'First x', reports_to: 'boss' }, { id: 'x', title: 'Second x', reports_to: 'x' },
        { id: 'y', title: 'Y', reports_to: 'ghost' }, { id: 'z', title: 'Z', reports_to: 'x' },
      ],
      gatekeepers: [{ technique: 'Guards x twice and a ghost', for: ['x', 'ghost', 'x'] }, { technique: 'Guards nobody' }, { for: ['boss', 'z'] }],
    });
  });

  it('uses generated ids, so Mermaid keywords work as ids, in reports_to and in for', async () => {
    await draw({
      decision_makers: MAP_KEYWORDS.map((id, i) => ({ id, title: i % 2 ? id : `Person ${id}`, reports_to: MAP_KEYWORDS[(i + 1) % MAP_KEYWORDS.length] })),
      gatekeepers: MAP_KEYWORDS.slice(0, 6).map((id) => ({ technique: id, for: [id] })),
      stages: MAP_KEYWORDS.slice(0, 6).map((id) => ({ id, name: id })),
      advancement_actions: MAP_KEYWORDS.slice(0, 6).reverse().map((id) => ({ action: id, stage: id, for: [id], by: id })),
    });
  });

  const LABELS = [...HOSTILE_LABELS, ...hostileFixtureLabels()];

  it('shows hostile titles and names literally and runs nothing', async () => {
    await draw({
      decision_makers: LABELS.map((title, i) => ({
        id: MAP_KEYWORDS[i % MAP_KEYWORDS.length] + (i >= MAP_KEYWORDS.length ? i : ''), title, name: LABELS[(i + 7) % LABELS.length],
        role: ROLES[i % ROLES.length], attitude: ATTITUDES[i % 4], reports_to: i ? MAP_KEYWORDS[0] : undefined,
      })),
    });
  });

  it('shows hostile gatekeeper techniques, actions and `by` literally and runs nothing', async () => {
    const ids = LABELS.map((_, i) => `dm${i}`);
    await draw({
      decision_makers: ids.map((id) => ({ id, title: id })),
      gatekeepers: LABELS.map((technique, i) => ({ technique, for: [ids[i]] })),
      stages: [{ id: 'end', name: 'end' }, { id: 'click', name: 'click' }],
      advancement_actions: LABELS.map((action, i) => ({ action, by: LABELS[(i + 3) % LABELS.length], stage: i % 2 ? 'end' : 'click', for: [ids[(i * 5) % ids.length]] })),
    });
  });

  it('draws reports_to loops and self-reports without hanging', { timeout: 30_000 }, async () => {
    const { d } = await draw({
      decision_makers: [
        { id: 'a', title: 'A', reports_to: 'b' }, { id: 'b', title: 'B', reports_to: 'c' }, { id: 'c', title: 'C', reports_to: 'a' },
        { id: 'self', title: 'Self', reports_to: 'self' }, { id: 'pair1', title: 'Pair 1', reports_to: 'pair2' }, { id: 'pair2', title: 'Pair 2', reports_to: 'pair1' },
      ],
    });
    assert.equal(d.ok, true, 'a loop is a lint finding (reporting-cycle), the picture is still drawn');
  });

  it('draws 200 decision makers', { timeout: 60_000 }, async () => {
    const people: PersonSpec[] = Array.from({ length: 200 }, (_, i) => ({
      id: `dm_${i}`, title: `Director of unit ${i}`, role: ROLES[i % 5], attitude: ATTITUDES[i % 4],
      influence: ['low', 'medium', 'high'][i % 3], reports_to: i ? `dm_${Math.floor((i - 1) / 4)}` : undefined,
    }));
    const started = performance.now();
    const { persons } = await draw({
      decision_makers: people,
      gatekeepers: [{ technique: 'Front desk', for: ['dm_0', 'dm_1'] }],
      advancement_actions: [{ action: 'Call the top', for: ['dm_0'] }],
    });
    assert.equal(persons.length, 200);
    assert.ok(performance.now() - started < 30_000, 'drawn in reasonable time');
  });

  it('renders entries of the wrong shape', async () => {
    for (const text of WRONG_SHAPES) {
      const d = service.diagram(service.parse(text), 'map');
      if (!d.ok) continue;
      const r = await mermaid.analyse(d.mermaid);
      assert.equal(r.injected, 0, text);
    }
  });

  it('matches Mermaid for random hostile titles', async () => {
    const label = hostileLabel(['click', 'style', '\u00FC']);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(label, fc.option(label, { nil: undefined })), { minLength: 1, maxLength: 6 }), async (pairs) => {
        await draw({
          decision_makers: pairs.map(([title, name], i) => ({ id: `p${i}`, title, name, reports_to: i ? 'p0' : undefined })),
          advancement_actions: [{ action: pairs[0][0], for: ['p0'] }],
        });
      }),
      { numRuns: 25 },
    );
  });
});

describe('account map without a browser', () => {
  const map = (text: string) => service.diagram(service.parse(text), 'map');

  it('is not ok without decision makers, and says what to add', () => {
    for (const text of ['tactic: T\n', 'decision_makers: []\n', 'decision_makers:\n', tacticYaml({ approval_chains: [{ name: 'C', steps: ['a'] }] })]) {
      const d = map(text);
      assert.equal(d.ok, false, text);
      assert.equal(d.problems.length, 1);
      assert.equal(d.problems[0].severity, 'error');
      assert.match(d.problems[0].message, /decision makers.*`decision_makers`/);
    }
  });

  it('is not ok for broken YAML, with the place of the problem', () => {
    const d = map('decision_makers:\n  - id: cfo\n    title: "unclosed\n');
    assert.equal(d.ok, false);
    assert.equal(d.problems[0].severity, 'error');
    assert.ok(d.problems[0].range, 'the problem has a place');
    assert.match(d.mermaid, /^flowchart TB\n/);
  });

  it('reads a v1 tactic: every attitude unknown', () => {
    const text = 'decision_makers:\n  - id: cfo\n    title: CFO\n    role: economic_buyer\n    influence: high\n';
    const d = map(text);
    assert.equal(d.ok, true);
    assert.deepEqual(d.nodes.map((n) => [n.kind, n.label.split('\n')[0]]), [['person', 'CFO']]);
    assertNodesMapToText(text, d);
  });

  it('survives entries of the wrong shape', () => {
    for (const text of WRONG_SHAPES) {
      const d = map(text);
      assert.match(d.mermaid, /^flowchart TB\n/, text);
      assertNodesMapToText(text, d);
    }
  });
});
