/**
 * The playbook as GitHub-flavoured Markdown: the same content as the HTML (playbook.ts), tables
 * where the entries have columns, the diagrams as ```` ```mermaid ```` blocks. Every piece of
 * tactic text goes through `markdownInline`/`markdownLines`, so it renders as written: no links,
 * images, HTML or headings can come from it.
 */
import { ATTITUDE_LABEL, ROLE_LABEL } from '../diagram/common';
import { weakestPoint } from '../readiness/weakestPoint';
import { markdownFence, markdownInline as md, markdownLines as mdLines, messageMarkdown } from './escape';
import { COLUMNS, diagramTitle, errorsNote, headerFacts, levelLabel, levelText, questionTypeTitle, SECTION_TITLE, stepText, WORDS } from './labels';
import { LEVELS, Playbook, RiskRow } from './playbook';

/** Our own words: written by us, still escaped, since translations are text too. */
const t = (message: string) => md(message);

export function playbookMarkdown(p: Playbook, generatedOn: string): string {
  const out: string[] = [`# ${md(p.title)}`, ''];
  const facts = headerFacts(p);
  const shown = facts.filter(([, v]) => v !== undefined);
  if (shown.length) out.push(shown.map(([k, v]) => `**${t(k)}:** ${md(v!)}`).join(' · '), '');
  if (p.description) out.push(mdLines(p.description), '');
  if (p.errorCount) {
    out.push(`> ${t(errorsNote(p.errorCount))}`, '');
  }

  readiness(p, out);
  section(out, SECTION_TITLE.decisionMakers(), table(
    COLUMNS.decisionMakers(),
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
  section(out, SECTION_TITLE.identification(), table(COLUMNS.identification(), p.identification.map((i) => [md(i.source), mdLines(i.method ?? ''), md(i.finds.join(', '))])));
  section(out, SECTION_TITLE.gatekeepers(), table(
    COLUMNS.gatekeepers(),
    p.gatekeepers.map((g) => [md(g.technique), g.script ? mdLines(g.script) : '', md(g.when ?? ''), md(g.for.join(', '))]),
  ));
  section(out, SECTION_TITLE.questions(), p.questions.flatMap((g) => [
    `### ${t(questionTypeTitle(g.type))}`,
    '',
    ...g.questions.map((q) => `- ${mdLines(q.question)}${entryFacts([[WORDS.ask(), q.for.join(', ')], [WORDS.reveals(), q.reveals ?? '']])}`),
    '',
  ]));
  section(out, SECTION_TITLE.actions(), p.actions.flatMap((g) => [
    `### ${md(g.stage ?? WORDS.anyStage())}`,
    '',
    ...table(COLUMNS.actions(), g.actions.map((a) => [mdLines(a.action), md(a.by ?? ''), md(a.for.join(', ')), mdLines(a.result ?? '')])),
  ]));
  section(out, SECTION_TITLE.chains(), p.chains.flatMap((c) => [
    `### ${md(c.name ?? c.id ?? '')}`,
    '',
    ...(c.when || c.stage ? [entryFacts([[WORDS.appliesWhen(), c.when ?? ''], [WORDS.runsAtStage(), c.stage ?? '']]).trim(), ''] : []),
    ...c.steps.map((s, i) => `${i + 1}. ${md(stepText(s))}`),
    '',
  ]));
  section(out, SECTION_TITLE.objections(), p.objections.flatMap((o) => [
    `### ${md(o.objection)}`,
    '',
    ...(o.responses.length ? o.responses.map((r) => `- ${mdLines(r)}`) : [`*${t(WORDS.noResponse())}*`]),
    ...(o.from.length || o.stage ? ['', entryFacts([[WORDS.raisedBy(), o.from.join(', ')], [WORDS.atStage(), o.stage ?? '']]).trim()] : []),
    '',
  ]));
  section(out, SECTION_TITLE.risks(), risks(p));
  for (const d of p.diagrams) {
    section(out, diagramTitle(d.kind), d.mermaid !== undefined ? [markdownFence('mermaid', d.mermaid)] : [`*${messageMarkdown(WORDS.cannotDraw(d.problem ?? ''))}*`, '']);
  }
  out.push('---', '', `*${t(WORDS.generatedOn(generatedOn))}*`, '');
  return out.join('\n');
}

function section(out: string[], title: string, lines: string[]): void {
  out.push(`## ${t(title)}`, '');
  if (lines.length) out.push(...lines);
  else out.push(`*${t(WORDS.emptyBlock())}*`, '');
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

function readiness(p: Playbook, out: string[]): void {
  const r = p.readiness;
  if (r.score === null) {
    section(out, SECTION_TITLE.readiness(), [messageMarkdown(WORDS.noScore(r.noScoreReason ?? '')), '']);
    return;
  }
  const weakest = weakestPoint(r);
  const open = r.items.filter((i) => !i.passed);
  const yes = (ok: boolean) => t(ok ? WORDS.yes() : WORDS.no());
  section(out, SECTION_TITLE.readiness(), [
    `**${t(WORDS.score(r.score))}** ${t(WORDS.checksPass(r.passed, r.total))}`,
    '',
    ...(weakest ? [`**${t(WORDS.weakest())}** ${messageMarkdown(weakest)}`, ''] : []),
    ...(open.length ? [`### ${t(WORDS.openItems())}`, '', ...open.map((i) => `- ${messageMarkdown(i.message)}`), ''] : [t(WORDS.allPass()), '']),
    ...(r.decisionMakers.length
      ? [`### ${t(WORDS.coverage())}`, '', ...table(
          COLUMNS.coverage(),
          r.decisionMakers.map((d) => [md(d.title ?? d.id), yes(d.identified), yes(d.positioned), yes(d.questioned), yes(d.reached), yes(d.attitude !== 'unknown')]),
        )]
      : []),
  ]);
}

function risks(p: Playbook): string[] {
  if (!p.risks.length) return [];
  const chips = (rs: RiskRow[]) => rs.map((r) => `R${r.number} ${md(r.risk)}`).join('<br>');
  const matrix = table(
    [WORDS.matrixCorner(), ...LEVELS.map((i) => levelLabel(i, 'impact'))],
    [...LEVELS].reverse().map((l) => [`**${t(levelLabel(l, 'likelihood'))}**`, ...LEVELS.map((i) => chips(p.risks.filter((r) => r.likelihood === l && r.impact === i)))]),
    true,
  );
  const unrated = p.risks.filter((r) => !r.likelihood || !r.impact);
  return [
    ...matrix,
    ...(unrated.length ? [`*${t(WORDS.notRated())}* ${chips(unrated).replace(/<br>/g, '; ')}`, ''] : []),
    ...p.risks.map((r) => `- **R${r.number} ${md(r.risk)}**${entryFacts([
      [WORDS.likelihood(), r.likelihood ? levelLabel(r.likelihood, 'likelihood') : ''],
      [WORDS.impact(), r.impact ? levelLabel(r.impact, 'impact') : ''],
      [WORDS.signals(), r.signals.join('; ')],
      [WORDS.mitigation(), r.mitigation ?? ''],
    ])}${r.mitigation ? '' : ` — *${t(WORDS.noMitigation())}*`}`),
    '',
  ];
}
