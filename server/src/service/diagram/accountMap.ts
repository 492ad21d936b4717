/**
 * The account map: the client's people as the tactic knows them, "the operational map of the
 * battle zone". One node per decision maker (title, name, role, attitude in words; attitude as
 * colour, influence as border weight), `reports_to` as solid org lines, each gatekeeper in front of
 * the people it guards, and the planned moves as dashed arrows from one "our team" node, numbered in
 * the order of the cycle's stages. Node ids: p0… people, g0… gatekeepers, u0 our team, l0… legend.
 */
import * as l10n from '@vscode/l10n';
import { rangeOf } from '../parsing/locate';
import { ATTITUDES, peopleOf, Move, Person } from '../model/people';
import type { ParsedTactic } from '../types';
import { ATTITUDE_CLASS_DEFS, ATTITUDE_LABEL, influenceLabel, nonBlank, ROLE_LABEL, syntaxProblems } from './common';
import type { Diagram, DiagramNode, DiagramOptions, DiagramProblem } from './diagram';
import { mermaidLines, mermaidString, nodeId } from './mermaid';

export interface AccountMap extends Diagram {
  kind: 'map';
}

const INFLUENCE_CLASS_DEFS: Record<string, string> = {
  high: 'stroke-width:4px',
  medium: 'stroke-width:2px',
  low: 'stroke-width:1px',
};
const OTHER_CLASS_DEFS = [
  'classDef team fill:#dbe9ff,stroke:#0969da,stroke-width:2px,color:#0a3069',
  'classDef gatekeeper fill:#fff8c5,stroke:#9a6700,color:#3d2a00',
  'classDef legend fill:none,stroke:#8c959f,color:#57606a',
  'classDef legendTitle fill:none,stroke:none,color:#57606a',
];
const MOVE_STYLE = 'stroke:#0969da,stroke-width:2px,color:#0a3069';
const GUARD_STYLE = 'stroke:#9a6700,stroke-width:2px';

export function buildAccountMap(parsed: ParsedTactic, _options: DiagramOptions = {}): AccountMap {
  const problems: DiagramProblem[] = syntaxProblems(parsed);
  const people = peopleOf(parsed.doc, parsed.model);
  if (!problems.length && !people.persons.length) {
    problems.push({ severity: 'error', message: l10n.t('There are no decision makers to draw. Add `decision_makers` to see the account map.') });
  }
  const nodes: DiagramNode[] = [];
  const lines = ['flowchart TB'];
  const links: string[] = [];
  const moveLinks: number[] = [];
  const guardLinks: number[] = [];
  const link = (line: string, group?: number[]) => {
    group?.push(links.length);
    links.push(`  ${line}`);
  };

  // People, by position so ids stay stable while the user types; the first of a duplicate id is the one lines go to.
  const idOf = new Map<Person, string>();
  const byId = new Map<string, string>();
  people.persons.forEach((p, i) => {
    const id = nodeId('p', i);
    idOf.set(p, id);
    if (p.id !== undefined && !byId.has(p.id)) byId.set(p.id, id);
    const label = personLines(p);
    nodes.push({ mermaidId: id, kind: 'person', label: label.join('\n'), range: rangeOf(parsed, p.entry), selectionRange: rangeOf(parsed, p.idNode ?? p.titleNode ?? p.entry) });
    lines.push(`  ${id}[${mermaidLines(label)}]`);
  });
  for (const p of people.persons) {
    const boss = p.reportsTo && byId.get(p.reportsTo.id);
    if (boss && boss !== idOf.get(p)) link(`${boss} --- ${idOf.get(p)}`);
  }

  people.gatekeepers.forEach((g, i) => {
    const id = nodeId('g', i);
    const label = g.technique ?? l10n.t('(gatekeeper)');
    nodes.push({ mermaidId: id, kind: 'gatekeeper', label, range: rangeOf(parsed, g.entry), selectionRange: rangeOf(parsed, g.techniqueNode ?? g.entry) });
    lines.push(`  ${id}{{${mermaidString(label)}}}`);
    for (const target of new Set(g.for.map((r) => byId.get(r.id)).filter((t): t is string => !!t))) link(`${id} --o ${target}`, guardLinks);
  });

  const moves = orderedMoves(parsed, people.moves).filter((m) => m.for.some((r) => byId.has(r.id)));
  if (moves.length) {
    lines.push(`  u0([${mermaidString(l10n.t('Our team'))}])`);
    moves.forEach((m, i) => {
      const text = `${i + 1}. ${m.action ?? '(action)'}${m.by ? ` (${m.by})` : ''}`;
      // The action is written once; its other arrows carry only its number (edge labels are what
      // makes a large map slow to lay out, and the same sentence five times is noise).
      [...new Set(m.for.map((r) => byId.get(r.id)).filter((t): t is string => !!t))].forEach((target, j) => {
        link(`u0 -.->|${mermaidString(j === 0 ? text : `${i + 1}.`)}| ${target}`, moveLinks);
      });
    });
  }

  lines.push(...links);
  if (people.persons.length) lines.push(...legend(moves.length > 0, people.gatekeepers.length > 0));
  lines.push(...ATTITUDES.map((a) => `  classDef ${a} ${ATTITUDE_CLASS_DEFS[a]}`));
  lines.push(...Object.entries(INFLUENCE_CLASS_DEFS).map(([k, v]) => `  classDef influence_${k} ${v}`));
  lines.push(...OTHER_CLASS_DEFS.map((c) => `  ${c}`));
  ATTITUDES.forEach((a, i) => {
    const ids = people.persons.filter((p) => p.attitude === a).map((p) => idOf.get(p)!);
    if (people.persons.length) ids.push(nodeId('l', i));
    if (ids.length) lines.push(`  class ${ids.join(',')} ${a}`);
  });
  for (const level of Object.keys(INFLUENCE_CLASS_DEFS)) {
    const ids = people.persons.filter((p) => p.influence === level).map((p) => idOf.get(p)!);
    if (level === 'high' && people.persons.length) ids.push('l4');
    if (ids.length) lines.push(`  class ${ids.join(',')} influence_${level}`);
  }
  if (people.persons.length) lines.push('  class l4 legend', '  class l7 legendTitle');
  if (people.gatekeepers.length) lines.push(`  class ${[...people.gatekeepers.map((_, i) => nodeId('g', i)), 'l5'].join(',')} gatekeeper`);
  if (moves.length) lines.push('  class u0,l6 team');
  if (moveLinks.length) lines.push(`  linkStyle ${moveLinks.join(',')} ${MOVE_STYLE}`);
  if (guardLinks.length) lines.push(`  linkStyle ${guardLinks.join(',')} ${GUARD_STYLE}`);

  return { kind: 'map', mermaid: lines.join('\n') + '\n', nodes, problems, ok: !problems.some((p) => p.severity === 'error') };
}

function personLines(p: Person): string[] {
  const out = [nonBlank(p.title) ?? p.id ?? l10n.t('(decision maker)')];
  if (nonBlank(p.name)) out.push(p.name!);
  const role = p.role !== undefined ? ROLE_LABEL[p.role] : undefined;
  out.push(role ? `${role}, ${ATTITUDE_LABEL[p.attitude]}` : ATTITUDE_LABEL[p.attitude]);
  const influence = influenceLabel(p.influence);
  if (influence) out.push(influence);
  return out;
}

/** Moves in the order of the cycle's stages; moves without a known stage keep their order, last. */
function orderedMoves(parsed: ParsedTactic, moves: Move[]): Move[] {
  const order = new Map<string, number>();
  parsed.model.cycle?.stages.forEach((s, i) => {
    if (s.id !== undefined && !order.has(s.id)) order.set(s.id, i);
  });
  const rank = (m: Move) => (m.stage !== undefined && order.has(m.stage) ? order.get(m.stage)! : Number.MAX_SAFE_INTEGER);
  return moves.map((m, i) => ({ m, i })).sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i).map(({ m }) => m);
}

/**
 * Legend nodes: l7 its title, l0–l3 (attitudes), l4 (high influence), l5 (gatekeeper), l6 (our
 * team). A row of plain nodes, not a subgraph: a box around them doubled the layout time of a
 * 50-person map.
 */
function legend(moves: boolean, gatekeepers: boolean): string[] {
  const out = [`  l7[${mermaidString(l10n.t('Legend:'))}]`];
  ATTITUDES.forEach((a, i) => out.push(`  l${i}[${mermaidString(ATTITUDE_LABEL[a])}]`));
  out.push(`  l4[${mermaidString(l10n.t('thick border: high influence'))}]`);
  if (gatekeepers) out.push(`  l5{{${mermaidString(l10n.t('gatekeeper, guarding the people it points to'))}}}`);
  if (moves) out.push(`  l6([${mermaidString(l10n.t('our team, dashed arrows: planned moves in stage order'))}])`);
  // A row, not a column: invisible links order the legend's nodes.
  out.push(`  ${['l7', 'l0', 'l1', 'l2', 'l3', 'l4', ...(gatekeepers ? ['l5'] : []), ...(moves ? ['l6'] : [])].join(' ~~~ ')}`);
  return out;
}
