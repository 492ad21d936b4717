/**
 * The approval chains: one lane per chain (its name, when it applies and the stage it runs at),
 * the steps in order from left to right; a parallel group as signers side by side in a box of
 * their own, a body as a double-bordered node listing its members; economic buyers marked with a
 * star and a thick border; an id that names nobody as a red dashed "missing" node. Node ids:
 * c0… lanes, h0… lane notes, q0… parallel boxes, s0… steps, l0… legend.
 */
import * as l10n from '@vscode/l10n';
import { rangeOf } from '../parsing/locate';
import { ChainStep, IdRef, peopleOf, People, Person } from '../model/people';
import type { ParsedTactic } from '../types';
import { economicBuyerMark, nonBlank, syntaxProblems } from './common';
import type { Diagram, DiagramNode, DiagramOptions, DiagramProblem } from './diagram';
import { mermaidLines, mermaidString, nodeId } from './mermaid';

export interface ApprovalChains extends Diagram {
  kind: 'chains';
}

const CLASS_DEFS = [
  'classDef about fill:none,stroke:none,color:#57606a',
  'classDef person fill:#eef1f5,stroke:#57606a,color:#24292f',
  'classDef body fill:#fbefff,stroke:#8250df,stroke-width:2px,color:#3e1f79',
  'classDef economic stroke:#9a6700,stroke-width:4px',
  'classDef missing fill:#fff0f0,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 3,color:#cf222e',
  'classDef empty fill:none,stroke:#8c959f,stroke-dasharray:5 3,color:#57606a',
];

export function buildApprovalChains(parsed: ParsedTactic, _options: DiagramOptions = {}): ApprovalChains {
  const problems: DiagramProblem[] = syntaxProblems(parsed);
  const people = peopleOf(parsed.doc, parsed.model);
  if (!problems.length && !people.chains.length) {
    problems.push({ severity: 'error', message: l10n.t('There are no approval chains to draw. Add `approval_chains` to see them.') });
  }
  const stageNames = new Map<string, string>();
  for (const s of parsed.model.cycle?.stages ?? []) if (s.id !== undefined && !stageNames.has(s.id)) stageNames.set(s.id, s.name ?? s.id);

  const nodes: DiagramNode[] = [];
  const lines = ['flowchart TB'];
  const links: string[] = [];
  const classes: Record<'about' | 'person' | 'body' | 'economic' | 'missing' | 'empty', string[]> = { about: [], person: [], body: [], economic: [], missing: [], empty: [] };
  let steps = 0;
  let groups = 0;

  people.chains.forEach((chain, c) => {
    const title = nonBlank(chain.name) ?? chain.id ?? l10n.t('Chain {0}', c + 1);
    lines.push(`  subgraph ${nodeId('c', c)}[${mermaidString(title)}]`, '    direction LR');
    let previous: string[] = [];
    // When the chain applies and its stage open the lane as a note (a subgraph title holds one line).
    const about: string[] = [];
    if (chain.when) about.push(l10n.t('When: {0}', chain.when));
    if (chain.stage !== undefined) about.push(l10n.t('At the stage: {0}', stageNames.get(chain.stage) ?? chain.stage));
    if (about.length) {
      const id = nodeId('h', c);
      lines.push(`    ${id}[${mermaidLines(about)}]`);
      nodes.push({ mermaidId: id, kind: 'about', label: about.join('\n'), range: rangeOf(parsed, chain.entry), selectionRange: rangeOf(parsed, chain.idNode ?? chain.entry) });
      classes.about.push(id);
      previous = [id];
    }
    let invisible = about.length > 0;
    const connect = (next: string[]) => {
      for (const from of previous) for (const to of next) links.push(`  ${from} ${invisible ? '~~~' : '-->'} ${to}`);
      if (next.length) {
        previous = next;
        invisible = false;
      }
    };
    for (const step of chain.steps) connect(drawStep(step));
    if (!chain.steps.length) {
      const id = nodeId('s', steps++);
      const empty = l10n.t('no steps yet');
      lines.push(`    ${id}[${mermaidString(empty)}]`);
      nodes.push({ mermaidId: id, kind: 'empty', label: empty, range: rangeOf(parsed, chain.entry), selectionRange: rangeOf(parsed, chain.stepsKey ?? chain.idNode ?? chain.entry) });
      classes.empty.push(id);
    }
    lines.push('  end');
  });

  function personNode(ref: IdRef, indent: string): string {
    const id = nodeId('s', steps++);
    const person = people.byId.get(ref.id);
    const label = person ? [titleOf(person, ref.id)] : [l10n.t('missing: {0}', ref.id)];
    if (person?.role === 'economic_buyer') label.push(economicBuyerMark());
    lines.push(`${indent}${id}[${mermaidLines(label)}]`);
    const range = rangeOf(parsed, ref.node);
    nodes.push({ mermaidId: id, kind: person ? 'person' : 'missing', label: label.join('\n'), range, selectionRange: range });
    classes[person ? 'person' : 'missing'].push(id);
    if (person?.role === 'economic_buyer') classes.economic.push(id);
    return id;
  }

  function drawStep(step: ChainStep): string[] {
    if (step.kind === 'person') return [personNode(step.person, '    ')];
    if (step.kind === 'parallel') {
      if (!step.members.length) return [];
      lines.push(`    subgraph ${nodeId('q', groups++)}[${mermaidString(l10n.t('in parallel'))}]`);
      const ids = step.members.map((m) => personNode(m, '      '));
      lines.push('    end');
      return ids;
    }
    const id = nodeId('s', steps++);
    const label = [step.body ?? l10n.t('(body)'), ...memberLines(people, step.members)];
    const signs = step.members.some((m) => people.byId.get(m.id)?.role === 'economic_buyer');
    if (signs) label.push(economicBuyerMark());
    lines.push(`    ${id}[[${mermaidLines(label)}]]`);
    nodes.push({ mermaidId: id, kind: 'body', label: label.join('\n'), range: rangeOf(parsed, step.node), selectionRange: rangeOf(parsed, step.bodyNode ?? step.node) });
    classes.body.push(id);
    if (signs) classes.economic.push(id);
    return [id];
  }

  lines.push(...links);
  // Invisible links stack the lanes (and the legend) top to bottom instead of side by side.
  const lanes = people.chains.map((_, c) => nodeId('c', c));
  if (people.chains.length) {
    // The legend is a row of plain nodes under the lanes: a subgraph around it doubled the layout time.
    lines.push(`  l4[${mermaidString(l10n.t('Legend:'))}]`, `  l0[${mermaidString(l10n.t('decision maker'))}]`, `  l1[[${mermaidString(l10n.t('body that decides together'))}]]`);
    lines.push(`  l2[${mermaidLines([l10n.t('signs the contract'), economicBuyerMark()])}]`, `  l3[${mermaidString(l10n.t('boxed together: sign in parallel'))}]`);
    lines.push(`  ${[...lanes, 'l4'].join(' ~~~ ')}`, '  l4 ~~~ l0 ~~~ l1 ~~~ l2 ~~~ l3');
    classes.about.push('l4');
    classes.person.push('l0', 'l3');
    classes.body.push('l1');
    classes.economic.push('l2');
  }
  lines.push(...CLASS_DEFS.map((c) => `  ${c}`));
  // `economic` after person/body so its border wins.
  for (const name of ['about', 'person', 'body', 'missing', 'empty', 'economic'] as const) {
    if (classes[name].length) lines.push(`  class ${classes[name].join(',')} ${name}`);
  }
  return { kind: 'chains', mermaid: lines.join('\n') + '\n', nodes, problems, ok: !problems.some((p) => p.severity === 'error') };
}

function memberLines(people: People, members: IdRef[]): string[] {
  if (!members.length) return [l10n.t('members not named')];
  return [members.map((m) => {
    const person = people.byId.get(m.id);
    return person ? titleOf(person, m.id) : l10n.t('missing: {0}', m.id);
  }).join(', ')];
}

/** What a signer is called: the title, or the id when the title is absent or blank (as on the account map). */
function titleOf(person: Person, id: string): string {
  return nonBlank(person.title) ?? id;
}
