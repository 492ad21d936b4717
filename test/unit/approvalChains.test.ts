/**
 * The approval chains (kind 'chains'), checked by Mermaid itself: each tactic is written as YAML,
 * turned into Mermaid text by the service, then parsed and rendered by Mermaid in headless
 * Chromium. What a reader must see (one lane per chain with its name, when and stage; the steps in
 * order; parallel signers boxed together; bodies with their members; economic buyers marked;
 * unknown ids as red "missing" nodes) is derived from the tactic, never from the generated text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Diagram } from '../../server/src/service';
import { HOSTILE_LABELS, hostileFixtureLabels } from '../helpers/hostileLabels';
import { MermaidBrowser, MermaidResult, MermaidVertex } from '../helpers/mermaidBrowser';
import {
  asRendered, assertNodesMapToText, ChainSpec, nodesOf, PersonSpec, shown, TacticSpec, tacticYaml, valueAt,
  hostileLabel,
} from '../helpers/peopleTactic';
import { readFixture, service } from '../helpers/service';

const nonBlank = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';
const ECONOMIC = 'economic buyer';

type ExpectedNode =
  | { kind: 'person'; id: string; title: string; economic: boolean }
  | { kind: 'missing'; id: string }
  | { kind: 'body'; body: string; members: Array<{ id: string; title?: string }>; economic: boolean }
  | { kind: 'empty' };

interface ExpectedChain {
  title: string;
  /** Texts the lane's note must hold (when, stage), or none: no note. */
  about: string[];
  /** The steps in order, each one node or (a parallel group) several; empty groups left out. */
  groups: Array<{ parallel: boolean; nodes: ExpectedNode[] }>;
}

/** What the chains view of `spec` must show, from the tactic alone. */
function expectedChains(spec: TacticSpec): ExpectedChain[] {
  const people = new Map<string, PersonSpec>();
  for (const p of spec.decision_makers ?? []) if (p.id !== undefined && !people.has(p.id)) people.set(p.id, p);
  const stageNames = new Map<string, string>();
  for (const s of spec.stages ?? []) if (!stageNames.has(s.id)) stageNames.set(s.id, s.name ?? s.id);
  const titleOf = (p: PersonSpec, id: string) => (nonBlank(p.title) ? p.title : id);
  const personNode = (id: string): ExpectedNode => {
    const p = people.get(id);
    return p ? { kind: 'person', id, title: titleOf(p, id), economic: p.role === 'economic_buyer' } : { kind: 'missing', id };
  };
  return (spec.approval_chains ?? []).map((c, i) => {
    const about: string[] = [];
    if (nonBlank(c.when)) about.push(c.when);
    if (c.stage !== undefined) about.push(stageNames.get(c.stage) ?? c.stage);
    const groups: ExpectedChain['groups'] = [];
    for (const step of c.steps ?? []) {
      if (typeof step === 'string') groups.push({ parallel: false, nodes: [personNode(step)] });
      else if (Array.isArray(step)) {
        if (step.length) groups.push({ parallel: true, nodes: step.map(personNode) });
      } else {
        const members = (step.members ?? []).map((id) => ({ id, title: people.has(id) ? titleOf(people.get(id)!, id) : undefined }));
        const economic = (step.members ?? []).some((id) => people.get(id)?.role === 'economic_buyer');
        groups.push({ parallel: false, nodes: [{ kind: 'body', body: step.body, members, economic }] });
      }
    }
    if (!(c.steps ?? []).length) groups.push({ parallel: false, nodes: [{ kind: 'empty' }] });
    return { title: nonBlank(c.name) ? c.name : c.id ?? `Chain ${i + 1}`, about, groups };
  });
}

const width = (v: MermaidVertex) => parseFloat(v.style.strokeWidth);
const dashed = (v: MermaidVertex) => v.style.strokeDasharray !== 'none' && v.style.strokeDasharray !== '';
const reddish = (colour: string) => {
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
  return r > 150 && r > 2 * g && r > 2 * b;
};

/** Checks the rendered chains against the tactic. */
function assertChains(text: string, d: Diagram, r: MermaidResult, spec: TacticSpec): void {
  const want = expectedChains(spec);
  assert.equal(d.kind, 'chains');
  assertNodesMapToText(text, d);
  const vertex = new Map(r.vertices.map((v) => [v.id, v]));
  const stepNodes = nodesOf(d, 'person', 'missing', 'body', 'empty');
  const flat = want.flatMap((c) => c.groups.flatMap((g) => g.nodes));
  assert.deepEqual(stepNodes.map((n) => n.kind), flat.map((n) => n.kind), 'one node per step, parallel signer and empty chain, in order');

  // Subgraph nesting: parent of each vertex and subgraph.
  const parent = new Map<string, string>();
  for (const g of r.subgraphs) for (const n of g.nodes) parent.set(n, g.id);
  const lane = (id: string) => {
    let at = id;
    while (parent.has(at)) at = parent.get(at)!;
    return at === id ? undefined : at;
  };
  const subgraph = new Map(r.subgraphs.map((g) => [g.id, g]));

  let k = 0;
  const persons: MermaidVertex[] = [];
  const economic: MermaidVertex[] = [];
  const aboutNodes = nodesOf(d, 'about');
  let about = 0;
  want.forEach((chain, c) => {
    const ids: string[][] = chain.groups.map((g) => g.nodes.map(() => stepNodes[k++].mermaidId));
    const all = ids.flat();
    // The lane: one box holding every node of the chain, titled with its name.
    let laneId: string | undefined;
    if (chain.about.length) {
      const note = aboutNodes[about++];
      assert.ok(note, `chain ${c} has a note`);
      const lines = vertex.get(note.mermaidId)!.lines.map(shown);
      for (const t of chain.about) assert.ok(lines.some((l) => l.includes(asRendered(t))), `the note of chain ${c} shows ${JSON.stringify(t)}: ${JSON.stringify(lines)}`);
      all.unshift(note.mermaidId);
      const spec0 = (spec.approval_chains ?? [])[c];
      if (spec0.id !== undefined) assert.equal(valueAt(text, note.selectionRange!), spec0.id, 'clicking the note selects the chain id');
    }
    if (all.length) {
      laneId = lane(all[0]);
      assert.ok(laneId, `chain ${c} is drawn in a lane`);
      for (const id of all) assert.equal(lane(id), laneId, `every node of chain ${c} is in its lane`);
      assert.equal(shown(subgraph.get(laneId!)!.text), asRendered(chain.title), `the lane of chain ${c} is titled with its name`);
    }

    chain.groups.forEach((g, gi) => {
      const vs = ids[gi].map((id) => vertex.get(id)!);
      if (g.parallel) {
        // Signers in parallel: boxed together, and nothing else in that box.
        const box = parent.get(ids[gi][0]);
        assert.ok(box && box !== laneId, `parallel group ${gi} of chain ${c} has a box of its own`);
        assert.deepEqual([...subgraph.get(box!)!.nodes].sort(), [...ids[gi]].sort(), 'the box holds exactly the group');
        assert.equal(parent.get(box!), laneId, 'the box is in the lane');
      } else {
        assert.equal(parent.get(ids[gi][0]), laneId, `step ${gi} of chain ${c} stands in the lane itself`);
      }
      g.nodes.forEach((n, j) => {
        const v = vs[j];
        const lines = v.lines.map(shown);
        if (n.kind === 'person') {
          assert.equal(lines[0], asRendered(n.title), `title of ${n.id} in chain ${c}`);
          assert.equal(lines.slice(1).some((l) => l.includes(ECONOMIC)), n.economic, `${n.id} is marked as economic buyer iff they are one`);
          persons.push(v);
          if (n.economic) economic.push(v);
        } else if (n.kind === 'missing') {
          assert.ok(lines.join('\n').includes(asRendered(n.id)), `missing ${n.id} is named: ${JSON.stringify(lines)}`);
          assert.ok(dashed(v) && reddish(v.style.stroke), `missing ${n.id} is red and dashed: ${JSON.stringify(v.style)}`);
        } else if (n.kind === 'body') {
          assert.equal(lines[0], asRendered(n.body), `body name in chain ${c}`);
          const rest = lines.slice(1).join('\n');
          for (const m of n.members) assert.ok(rest.includes(asRendered(m.title ?? m.id)), `body ${JSON.stringify(n.body)} shows member ${m.id}: ${JSON.stringify(rest)}`);
          assert.equal(lines.slice(1).some((l) => l.includes(ECONOMIC)), n.economic, `body ${JSON.stringify(n.body)} is marked iff an economic buyer sits in it`);
          if (n.economic) economic.push(v);
        } else {
          assert.ok(dashed(v), 'an empty chain shows a dashed placeholder');
        }
      });
    });

    // Steps in order: every node of a step points to every node of the next.
    const arrows = r.edges.filter((e) => e.stroke === 'normal' && all.includes(e.start));
    const wantArrows: Array<[string, string]> = [];
    for (let gi = 0; gi + 1 < ids.length; gi++) for (const a of ids[gi]) for (const b of ids[gi + 1]) wantArrows.push([a, b]);
    assert.deepEqual(arrows.map((e) => [e.start, e.end]), wantArrows, `arrows of chain ${c}`);
    assert.ok(arrows.every((e) => e.arrow === 'arrow_point'));
  });
  assert.equal(about, aboutNodes.length, 'no note for a chain without when or stage');

  // Economic buyers stand out: a heavier border than any other signer.
  const plain = persons.filter((v) => !economic.includes(v));
  for (const e of economic) for (const p of plain) assert.ok(width(e) > width(p), 'an economic buyer has a heavier border');
  if (want.length) assert.ok(r.vertices.some((v) => !economic.includes(v) && shown(v.text).includes(ECONOMIC)), 'the legend explains the mark');
  assert.equal(r.pwned, false, 'a label ran code');
  assert.equal(r.injected, 0, 'a label produced markup');
}

/** Chains whose entries are not what the format says; the view must still come out (the lint rules report them). */
const WRONG_SHAPES = [
  'approval_chains: 3\n', 'approval_chains: [1, "x", [a], {steps: 3}, {steps: {a: 1}}, {name: [x], when: {a: 1}, steps: [1, true, null, {members: [a]}, [[a]], {body: [x]}]}]\n',
  'decision_makers: [{id: a}]\napproval_chains:\n  - steps: [a, {body: B, members: a}]\n', '[1, 2]', '\0',
];

const KEYWORDS = ['end', 'graph', 'class', 'click', 'style', 'subgraph', 'flowchart', 'direction', 'classDef', 'c0', 's0', 'q0', 'h0', 'l0', 'lg0'];
const BOARD: PersonSpec[] = [
  { id: 'ceo', title: 'Chief Executive Officer', role: 'influencer' },
  { id: 'cfo', title: 'Chief Financial Officer', role: 'economic_buyer' },
  { id: 'legal', title: 'Head of legal', role: 'technical_buyer' },
  { id: 'security', title: 'Head of security', role: 'technical_buyer' },
];

describe('approval chains', () => {
  let mermaid: MermaidBrowser;
  before(async () => {
    mermaid = await MermaidBrowser.start();
  });
  after(async () => {
    await mermaid?.close();
  });

  const draw = async (spec: TacticSpec) => {
    const text = tacticYaml(spec);
    const d = service.diagram(service.parse(text), 'chains');
    assert.equal(d.ok, true, JSON.stringify(d.problems));
    const r = await mermaid.analyse(d.mermaid);
    assertChains(text, d, r, spec);
    return { text, d, r };
  };

  it('draws the example tactic: lanes with when and stage, a parallel group, a body, economic buyers marked', async () => {
    const text = readFixture('examples', 'regional-retail-erp.tactic.yaml');
    const d = service.diagram(service.parse(text), 'chains');
    assert.deepEqual(d.problems, []);
    const spec = service.parse(text).doc.value as TacticSpec & { sales_cycle: { stages: TacticSpec['stages'] } };
    assertChains(text, d, await mermaid.analyse(d.mermaid), { ...spec, stages: spec.sales_cycle.stages });
  });

  it('draws persons, parallel groups and bodies in order, with and without when and stage', async () => {
    await draw({
      decision_makers: BOARD,
      stages: [{ id: 'proposal', name: 'Proposal' }],
      approval_chains: [
        { id: 'a', name: 'Sequential', when: 'Under 100k', stage: 'proposal', steps: ['legal', 'security', 'cfo'] },
        { id: 'b', name: 'Parallel first', steps: [['legal', 'security'], 'cfo', ['ceo']] },
        { id: 'c', name: 'Bodies', stage: 'unknown_stage', steps: [{ body: 'Board', members: ['ceo', 'cfo'] }, { body: 'Committee', members: ['legal', 'ghost'] }, 'ceo'] },
        { id: 'd', name: 'Two groups in a row', when: 'Always', steps: [['ceo', 'legal'], ['security', 'cfo']] },
      ],
    });
  });

  it('uses generated ids, so Mermaid keywords work as person, chain and stage ids', async () => {
    await draw({
      decision_makers: KEYWORDS.map((id, i) => ({ id, title: i % 2 ? id : `Person ${id}`, role: i % 3 ? 'coach' : 'economic_buyer' })),
      stages: KEYWORDS.map((id) => ({ id, name: id })),
      approval_chains: KEYWORDS.map((id, i) => ({
        id, name: id, stage: id, when: id, steps: [KEYWORDS[(i + 1) % KEYWORDS.length], [id, KEYWORDS[(i + 2) % KEYWORDS.length]], { body: id, members: [id] }],
      })),
    });
  });

  const LABELS = [...HOSTILE_LABELS, ...hostileFixtureLabels()];

  it('shows hostile chain names, when, stage names, titles and body names literally and runs nothing', async () => {
    const people = LABELS.map((title, i) => ({ id: `dm${i}`, title, role: i % 4 ? 'influencer' : 'economic_buyer' }));
    await draw({
      decision_makers: people,
      stages: LABELS.map((name, i) => ({ id: `st${i}`, name })),
      approval_chains: LABELS.map((name, i) => ({
        id: `ch${i}`, name, when: LABELS[(i + 1) % LABELS.length], stage: `st${(i + 2) % LABELS.length}`,
        steps: [people[i].id, [people[(i + 1) % LABELS.length].id, `ghost ${LABELS[i]}`], { body: LABELS[(i + 3) % LABELS.length], members: [people[(i + 4) % LABELS.length].id, LABELS[i]] }],
      })),
    });
  });

  it('draws a chain of unknown ids as red "missing" nodes', async () => {
    await draw({ decision_makers: BOARD, approval_chains: [{ name: 'Nobody known', steps: ['ghost', ['phantom', 'ceo'], 'spectre'] }] });
    await draw({ approval_chains: [{ name: 'No decision makers at all', steps: ['ghost', 'cfo'] }] });
  });

  it('draws bodies without members, empty chains and empty parallel groups', async () => {
    await draw({
      decision_makers: BOARD,
      approval_chains: [
        { id: 'nomembers', name: 'Body without members', steps: [{ body: 'Supervisory board' }, { body: 'Empty list', members: [] }] },
        { id: 'empty', name: 'Empty chain', when: 'Never', steps: [] },
        { id: 'nosteps', name: 'No steps key' },
        { id: 'emptygroup', name: 'Empty group between', steps: ['ceo', [], 'cfo'] },
      ],
    });
  });

  it('shows a member or signer without a title by id, never as missing', async () => {
    await draw({
      decision_makers: [{ id: 'untitled', role: 'economic_buyer' }, { id: 'blank', title: '  ' }],
      approval_chains: [{ name: 'Untitled people', steps: ['untitled', 'blank', { body: 'Board', members: ['untitled', 'blank'] }] }],
    });
  });

  it('draws 200 decision makers in 20 chains', { timeout: 60_000 }, async () => {
    const people: PersonSpec[] = Array.from({ length: 200 }, (_, i) => ({ id: `dm_${i}`, title: `Director ${i}`, role: i % 10 ? 'influencer' : 'economic_buyer' }));
    const chains: ChainSpec[] = Array.from({ length: 20 }, (_, c) => ({
      id: `c_${c}`, name: `Chain ${c}`, when: `Over ${c}00k`,
      steps: [`dm_${c * 10}`, [`dm_${c * 10 + 1}`, `dm_${c * 10 + 2}`, `dm_${c * 10 + 3}`], { body: `Board ${c}`, members: [`dm_${c * 10 + 4}`, `dm_${c * 10 + 5}`] }, ...[6, 7, 8, 9].map((j) => `dm_${c * 10 + j}`)],
    }));
    await draw({ decision_makers: people, approval_chains: chains });
  });

  it('renders chains of the wrong shape', async () => {
    for (const text of WRONG_SHAPES) {
      const d = service.diagram(service.parse(text), 'chains');
      if (!d.ok) continue;
      const r = await mermaid.analyse(d.mermaid);
      assert.equal(r.injected, 0, text);
    }
  });

  it('matches Mermaid for random hostile chain names and titles', async () => {
    const label = hostileLabel(['subgraph', 'direction LR', '\u0085']);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(label, label), { minLength: 1, maxLength: 5 }), async (pairs) => {
        const ids = pairs.map((_, i) => `p${i}`);
        await draw({
          decision_makers: pairs.map(([title], i) => ({ id: ids[i], title, role: i === 0 ? 'economic_buyer' : 'coach' })),
          approval_chains: pairs.map(([, name], i) => ({ id: `c${i}`, name, steps: [ids[i], ids.slice(0, 2), { body: name, members: ids }] })),
        });
      }),
      { numRuns: 25 },
    );
  });
});

describe('approval chains without a browser', () => {
  const chains = (text: string) => service.diagram(service.parse(text), 'chains');

  it('is not ok without approval chains, and says what to add', () => {
    for (const text of ['tactic: T\n', 'approval_chains: []\n', tacticYaml({ decision_makers: BOARD })]) {
      const d = chains(text);
      assert.equal(d.ok, false, text);
      assert.equal(d.problems.length, 1);
      assert.equal(d.problems[0].severity, 'error');
      assert.match(d.problems[0].message, /approval chains.*`approval_chains`/);
    }
  });

  it('is not ok for broken YAML, with the place of the problem', () => {
    const d = chains('approval_chains:\n  - name: "unclosed\n    steps: [a]\n');
    assert.equal(d.ok, false);
    assert.equal(d.problems[0].severity, 'error');
    assert.ok(d.problems[0].range);
    assert.match(d.mermaid, /^flowchart TB\n/);
  });

  it('maps each step back to the id that names it', () => {
    const text = tacticYaml({ decision_makers: BOARD, approval_chains: [{ id: 'x', name: 'X', when: 'w', steps: ['cfo', ['legal', 'ghost'], { body: 'Board', members: ['ceo'] }] }] });
    const d = chains(text);
    assertNodesMapToText(text, d);
    assert.deepEqual(d.nodes.map((n) => [n.kind, valueAt(text, n.selectionRange!)]), [
      ['about', 'x'], ['person', 'cfo'], ['person', 'legal'], ['missing', 'ghost'], ['body', 'Board'],
    ]);
  });

  it('survives steps of the wrong shape', () => {
    for (const text of WRONG_SHAPES) {
      const d = chains(text);
      assert.match(d.mermaid, /^flowchart TB\n/, text);
      assertNodesMapToText(text, d);
    }
  });
});
