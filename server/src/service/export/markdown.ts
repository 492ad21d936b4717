/**
 * The playbook as GitHub-flavoured Markdown: the same content as the HTML (playbook.ts), tables
 * where the entries have columns, the diagrams as ```` ```mermaid ```` blocks. Every piece of
 * tactic text goes through `markdownInline`/`markdownLines`, so it renders as written: no links,
 * images, HTML or headings can come from it.
 */
import * as l10n from '@vscode/l10n';
import { ATTITUDE_LABEL, ROLE_LABEL } from '../diagram/common';
import { plural } from '../l10n';
import { weakestPoint } from '../readiness/weakestPoint';
import { markdownFence, markdownInline as md, markdownLines as mdLines, messageMarkdown } from './escape';
import { diagramTitle, levelLabel, levelText, questionTypeTitle } from './labels';
import { LEVELS, Playbook, RiskRow, StepText } from './playbook';

/** Our own words: written by us, still escaped, since translations are text too. */
const t = (message: string) => md(message);

export function playbookMarkdown(p: Playbook, generatedOn: string): string {
  const out: string[] = [`# ${md(p.title)}`, ''];
  const facts: Array<[string, string | undefined]> = [
    [l10n.t('Account'), p.account],
    [l10n.t('Product'), p.product],
    [l10n.t('Owner'), p.owner],
    [l10n.t('Reviewed'), p.reviewed],
  ];
  const shown = facts.filter(([, v]) => v !== undefined);
  if (shown.length) out.push(shown.map(([k, v]) => `**${t(k)}:** ${md(v!)}`).join(' · '), '');
  if (p.description) out.push(mdLines(p.description), '');
  if (p.errorCount) {
    out.push(`> ${t(plural(p.errorCount, {
      one: () => l10n.t({ message: 'This tactic has {0} error. The playbook shows what could be read; fix it in the editor for a complete brief.', args: [p.errorCount], comment: ['plural: one'] }),
      few: () => l10n.t({ message: 'This tactic has {0} errors. The playbook shows what could be read; fix them in the editor for a complete brief.', args: [p.errorCount], comment: ['plural: few'] }),
      many: () => l10n.t({ message: 'This tactic has {0} errors. The playbook shows what could be read; fix them in the editor for a complete brief.', args: [p.errorCount], comment: ['plural: many'] }),
      other: () => l10n.t({ message: 'This tactic has {0} errors. The playbook shows what could be read; fix them in the editor for a complete brief.', args: [p.errorCount], comment: ['plural: other'] }),
    }))}`, '');
  }

  readiness(p, out);
  section(out, l10n.t('Decision makers'), table(
    [l10n.t('Title'), l10n.t('Name'), l10n.t('Role'), l10n.t('Influence'), l10n.t('Attitude'), l10n.t('How we position ourselves'), l10n.t('Interests and notes')],
    p.decisionMakers.map((d) => [
      `**${md(d.title)}**`,
      md(d.name ?? ''),
      md(d.role ? (ROLE_LABEL[d.role] ?? d.role) : ''),
      md(levelText(d.influence, 'influence') ?? ''),
      md(ATTITUDE_LABEL[d.attitude as keyof typeof ATTITUDE_LABEL] ?? d.attitude),
      d.positioning.map((pos) => [`**${md(pos.as)}**${pos.message ? `: ${mdLines(pos.message)}` : ''}`, ...pos.proof.map((x) => `• ${md(x)}`)].join('<br>')).join('<br>'),
      [...d.interests.map((x) => `• ${md(x)}`), ...(d.notes ? [mdLines(d.notes)] : [])].join('<br>'),
    ]),
  ));
  section(out, l10n.t('How to reach them'), table([l10n.t('Source'), l10n.t('Method'), l10n.t('Finds')], p.identification.map((i) => [md(i.source), mdLines(i.method ?? ''), md(i.finds.join(', '))])));
  section(out, l10n.t('Getting past the gatekeepers'), table(
    [l10n.t('Technique'), l10n.t('Script'), l10n.t('When'), l10n.t('Gets us to')],
    p.gatekeepers.map((g) => [md(g.technique), g.script ? mdLines(g.script) : '', md(g.when ?? ''), md(g.for.join(', '))]),
  ));
  section(out, l10n.t('Discovery questions'), p.questions.flatMap((g) => [
    `### ${t(questionTypeTitle(g.type))}`,
    '',
    ...g.questions.map((q) => `- ${mdLines(q.question)}${entryFacts([[l10n.t('Ask:'), q.for.join(', ')], [l10n.t('Reveals:'), q.reveals ?? '']])}`),
    '',
  ]));
  section(out, l10n.t('Advancement actions by stage'), p.actions.flatMap((g) => [
    `### ${md(g.stage ?? l10n.t('At any stage'))}`,
    '',
    ...table([l10n.t('Action'), l10n.t('Who does it'), l10n.t('With'), l10n.t('Success looks like')], g.actions.map((a) => [mdLines(a.action), md(a.by ?? ''), md(a.for.join(', ')), mdLines(a.result ?? '')])),
  ]));
  section(out, l10n.t('Approval chains'), p.chains.flatMap((c) => [
    `### ${md(c.name ?? c.id ?? '')}`,
    '',
    ...(c.when || c.stage ? [entryFacts([[l10n.t('Applies when:'), c.when ?? ''], [l10n.t('Runs at stage:'), c.stage ?? '']]).trim(), ''] : []),
    ...c.steps.map((s, i) => `${i + 1}. ${step(s)}`),
    '',
  ]));
  section(out, l10n.t('Objections and responses'), p.objections.flatMap((o) => [
    `### ${md(o.objection)}`,
    '',
    ...(o.responses.length ? o.responses.map((r) => `- ${mdLines(r)}`) : [`*${t(l10n.t('No response yet.'))}*`]),
    ...(o.from.length || o.stage ? ['', entryFacts([[l10n.t('Raised by:'), o.from.join(', ')], [l10n.t('At stage:'), o.stage ?? '']]).trim()] : []),
    '',
  ]));
  section(out, l10n.t('Risks'), risks(p));
  for (const d of p.diagrams) {
    section(out, diagramTitle(d.kind), d.mermaid !== undefined ? [markdownFence('mermaid', d.mermaid)] : [`*${messageMarkdown(l10n.t('This picture cannot be drawn: {0}', d.problem ?? ''))}*`, '']);
  }
  out.push('---', '', `*${t(l10n.t('Playbook generated by Sales Tactics on {0}.', generatedOn))}*`, '');
  return out.join('\n');
}

function section(out: string[], title: string, lines: string[]): void {
  out.push(`## ${t(title)}`, '');
  if (lines.length) out.push(...lines);
  else out.push(`*${t(l10n.t('Nothing in this block yet.'))}*`, '');
}

/** A table of the rows, leaving out the columns no row fills. */
function table(allHeadings: string[], allRows: string[][], keepEmptyColumns = false): string[] {
  if (!allRows.length) return [];
  const keep = allHeadings.map((_, c) => keepEmptyColumns || allRows.some((r) => r[c] !== ''));
  const headings = allHeadings.filter((_, c) => keep[c]);
  const rows = allRows.map((r) => r.filter((_, c) => keep[c]));
  const line = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(headings.map(t)), line(headings.map(() => '---')), ...rows.map(line), ''];
}

/** " — *Label* value" facts after an entry, leaving out the empty ones (user values escaped here). */
function entryFacts(facts: Array<[string, string]>): string {
  return facts.filter(([, v]) => v !== '').map(([k, v]) => ` — *${t(k)}* ${md(v)}`).join('');
}

function step(s: StepText): string {
  switch (s.kind) {
    case 'person':
      return md(s.who);
    case 'parallel':
      return md(l10n.t('In parallel: {0}', s.who.join(', ')));
    case 'body':
      return md(s.members.length ? l10n.t('{0} (members: {1})', s.body, s.members.join(', ')) : s.body);
  }
}

function readiness(p: Playbook, out: string[]): void {
  const r = p.readiness;
  if (r.score === null) {
    section(out, l10n.t('Readiness'), [messageMarkdown(l10n.t('No readiness score: {0}', r.noScoreReason ?? '')), '']);
    return;
  }
  const weakest = weakestPoint(r);
  const open = r.items.filter((i) => !i.passed);
  const yes = (ok: boolean) => t(ok ? l10n.t('✓ yes') : l10n.t('✗ no'));
  section(out, l10n.t('Readiness'), [
    `**${t(l10n.t('{0} of 100', r.score))}** ${t(l10n.t('({0} of {1} checks pass)', r.passed, r.total))}`,
    '',
    ...(weakest ? [`**${t(l10n.t('Weakest point:'))}** ${messageMarkdown(weakest)}`, ''] : []),
    ...(open.length ? [`### ${t(l10n.t('Open items'))}`, '', ...open.map((i) => `- ${messageMarkdown(i.message)}`), ''] : [t(l10n.t('Every check passes.')), '']),
    ...(r.decisionMakers.length
      ? [`### ${t(l10n.t('Coverage of the decision makers'))}`, '', ...table(
          [l10n.t('Decision maker'), l10n.t('Identified'), l10n.t('Positioned'), l10n.t('Questioned'), l10n.t('Reached'), l10n.t('Attitude known')],
          r.decisionMakers.map((d) => [md(d.title ?? d.id), yes(d.identified), yes(d.positioned), yes(d.questioned), yes(d.reached), yes(d.attitude !== 'unknown')]),
        )]
      : []),
  ]);
}

function risks(p: Playbook): string[] {
  if (!p.risks.length) return [];
  const chips = (rs: RiskRow[]) => rs.map((r) => `R${r.number} ${md(r.risk)}`).join('<br>');
  const matrix = table(
    [l10n.t('Likelihood ↓ / impact →'), ...LEVELS.map((i) => levelLabel(i, 'impact'))],
    [...LEVELS].reverse().map((l) => [`**${t(levelLabel(l, 'likelihood'))}**`, ...LEVELS.map((i) => chips(p.risks.filter((r) => r.likelihood === l && r.impact === i)))]),
    true,
  );
  const unrated = p.risks.filter((r) => !r.likelihood || !r.impact);
  return [
    ...matrix,
    ...(unrated.length ? [`*${t(l10n.t('Not rated:'))}* ${chips(unrated).replace(/<br>/g, '; ')}`, ''] : []),
    ...p.risks.map((r) => `- **R${r.number} ${md(r.risk)}**${entryFacts([
      [l10n.t('Likelihood:'), r.likelihood ? levelLabel(r.likelihood, 'likelihood') : ''],
      [l10n.t('Impact:'), r.impact ? levelLabel(r.impact, 'impact') : ''],
      [l10n.t('Signals:'), r.signals.join('; ')],
      [l10n.t('Mitigation:'), r.mitigation ?? ''],
    ])}${r.mitigation ? '' : ` — *${t(l10n.t('No mitigation yet.'))}*`}`),
    '',
  ];
}
