/**
 * The playbook as HTML: a light, printable one-page brief. `playbookBody` is the page's content
 * (every piece of tactic text through `escapeHtml`); `playbookDocument` wraps it into one
 * self-contained file whose only script is the bundled diagram renderer, allowed by its hash and
 * nothing else (no network, no inline handlers, no other script). The extension's Preview Playbook
 * wraps the same body in a webview page instead.
 */
import * as l10n from '@vscode/l10n';
import { ATTITUDE_LABEL, ROLE_LABEL } from '../diagram/common';
import { currentLanguage } from '../l10n';
import { weakestPoint } from '../readiness/weakestPoint';
import { escapeHtml as h, messageHtml, trimEndLines } from './escape';
import { COLUMNS, diagramTitle, errorsNote, headerFacts, levelLabel, levelText, questionTypeTitle, SECTION_TITLE, stepText, WORDS } from './labels';
import { LEVELS, Playbook, PlaybookDiagram, RiskRow } from './playbook';
import { PLAYBOOK_CSS } from './style';

/** The bundled renderer (dist/webview/playbook.js) and how the host hashes it for the policy. */
export interface InlineScript {
  text: string;
  /** Base64 SHA-256 of the text given, as Content Security Policy hash sources are written. */
  sha256(text: string): string;
}

export function playbookBody(p: Playbook, generatedOn: string): string {
  return [
    header(p),
    readiness(p),
    section('decision-makers', SECTION_TITLE.decisionMakers(), decisionMakers(p)),
    section('identification', SECTION_TITLE.identification(), identification(p)),
    section('gatekeepers', SECTION_TITLE.gatekeepers(), gatekeepers(p)),
    section('questions', SECTION_TITLE.questions(), questions(p)),
    section('actions', SECTION_TITLE.actions(), actions(p)),
    section('chains', SECTION_TITLE.chains(), chains(p)),
    section('objections', SECTION_TITLE.objections(), objections(p)),
    section('risks', SECTION_TITLE.risks(), risks(p)),
    ...p.diagrams.map(diagram),
    `<footer>${h(WORDS.generatedOn(generatedOn))}</footer>`,
  ].join('\n');
}

/** The whole file: policy, style, body and the renderer inlined (omitted: the diagrams stay as Mermaid source). */
export function playbookDocument(p: Playbook, generatedOn: string, script?: InlineScript): string {
  const js = script ? inlineScriptText(script.text) : undefined;
  const policy = ["default-src 'none'", "style-src 'unsafe-inline'", js && script ? `script-src '${'sha256-' + script.sha256(js)}'` : undefined]
    .filter(Boolean)
    .join('; ');
  return `<!DOCTYPE html>
<html lang="${currentLanguage()}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${h(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(p.title)}</title>
<style>${PLAYBOOK_CSS}</style>
</head>
<body class="playbook">
${playbookBody(p, generatedOn)}
${js ? `<script>${js}</script>` : ''}
</body>
</html>
`;
}

/**
 * A script as the content of an inline `<script>`: the two sequences that would end the element
 * or change how the HTML parser reads it are written with an escape that means the same in
 * JavaScript strings and regular expressions (where the bundle has them).
 */
export function inlineScriptText(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function section(id: string, title: string, content: string): string {
  return `<section id="${id}">\n<h2>${h(title)}</h2>\n${content}\n</section>`;
}

const empty = () => `<p class="empty">${h(WORDS.emptyBlock())}</p>`;
const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '');
const people = (names: string[]) => h(names.join(', '));

/** A table of the rows, leaving out the columns no row fills (a tactic without names has no Name column). */
function table(allHeadings: string[], allRows: string[][]): string {
  if (!allRows.length) return empty();
  const keep = allHeadings.map((_, c) => allRows.some((r) => r[c] !== ''));
  const headings = allHeadings.filter((_, c) => keep[c]);
  const rows = allRows.map((r) => r.filter((_, c) => keep[c]));
  const head = headings.map((t) => `<th scope="col">${h(t)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="table"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

function header(p: Playbook): string {
  const facts = headerFacts(p);
  const dl = facts.filter(([, v]) => v !== undefined).map(([k, v]) => `<div><dt>${h(k)}</dt><dd>${h(v!)}</dd></div>`).join('');
  const errors = p.errorCount
    ? `<p class="note" role="note">${h(errorsNote(p.errorCount))}</p>`
    : '';
  return `<header>
<p class="kicker">${h(l10n.t('Sales tactic'))}</p>
<h1>${h(p.title)}</h1>
${dl ? `<dl class="facts">${dl}</dl>` : ''}
${p.description ? `<p class="description">${multiline(p.description)}</p>` : ''}
${errors}
</header>`;
}

/** Text with its line breaks kept. */
function multiline(text: string): string {
  return h(trimEndLines(text)).replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>');
}

function readiness(p: Playbook): string {
  const r = p.readiness;
  if (r.score === null) {
    return section('readiness', SECTION_TITLE.readiness(), `<p>${messageHtml(WORDS.noScore(r.noScoreReason ?? ''))}</p>`);
  }
  const weakest = weakestPoint(r);
  const open = r.items.filter((i) => !i.passed).map((i) => messageHtml(i.message));
  const yes = (ok: boolean) => (ok ? `<span class="pass">${h(WORDS.yes())}</span>` : `<span class="fail">${h(WORDS.no())}</span>`);
  const coverage = table(
    COLUMNS.coverage(),
    r.decisionMakers.map((d) => [h(d.title ?? d.id), yes(d.identified), yes(d.positioned), yes(d.questioned), yes(d.reached), yes(d.attitude !== 'unknown')]),
  );
  return section(
    'readiness',
    SECTION_TITLE.readiness(),
    `<div class="score"><meter min="0" max="100" value="${r.score}"></meter><p><strong>${h(WORDS.score(r.score))}</strong> ${h(WORDS.checksPass(r.passed, r.total))}</p></div>
${weakest ? `<p><strong>${h(WORDS.weakest())}</strong> ${messageHtml(weakest)}</p>` : ''}
${open.length ? `<h3>${h(WORDS.openItems())}</h3>${list(open)}` : `<p>${h(WORDS.allPass())}</p>`}
${r.decisionMakers.length ? `<h3>${h(WORDS.coverage())}</h3>${coverage}` : ''}`,
  );
}

function decisionMakers(p: Playbook): string {
  return table(
    COLUMNS.decisionMakers(),
    p.decisionMakers.map((d) => [
      `<strong>${h(d.title)}</strong>`,
      h(d.name ?? ''),
      h(d.role ? (ROLE_LABEL[d.role] ?? d.role) : ''),
      h(levelText(d.influence, 'influence') ?? ''),
      `<span class="attitude ${attitudeClass(d.attitude)}">${h(ATTITUDE_LABEL[d.attitude as keyof typeof ATTITUDE_LABEL] ?? d.attitude)}</span>`,
      d.positioning.map((pos) => `<p><strong>${h(pos.as)}</strong>${pos.message ? `: ${multiline(pos.message)}` : ''}</p>${list(pos.proof.map(h))}`).join(''),
      `${d.interests.length ? list(d.interests.map(h)) : ''}${d.notes ? `<p>${multiline(d.notes)}</p>` : ''}`,
    ]),
  );
}

function attitudeClass(attitude: string): string {
  return ['supporter', 'neutral', 'opponent'].includes(attitude) ? attitude : 'unknown';
}

function identification(p: Playbook): string {
  return table(COLUMNS.identification(), p.identification.map((i) => [h(i.source), multiline(i.method ?? ''), people(i.finds)]));
}

function gatekeepers(p: Playbook): string {
  return table(
    COLUMNS.gatekeepers(),
    p.gatekeepers.map((g) => [h(g.technique), g.script ? `<q>${multiline(g.script)}</q>` : '', h(g.when ?? ''), people(g.for)]),
  );
}

function questions(p: Playbook): string {
  if (!p.questions.length) return empty();
  return p.questions
    .map((g) => `<h3>${h(questionTypeTitle(g.type))}</h3>\n<ul class="questions">${g.questions
      .map((q) => `<li><p>${multiline(q.question)}</p>${meta([
        [WORDS.ask(), people(q.for)],
        [WORDS.reveals(), h(q.reveals ?? '')],
      ])}</li>`)
      .join('')}</ul>`)
    .join('\n');
}

/** Labelled facts under an entry, leaving out the empty ones. */
function meta(facts: Array<[string, string]>): string {
  const shown = facts.filter(([, v]) => v !== '');
  return shown.length ? `<p class="meta">${shown.map(([k, v]) => `<span><strong>${h(k)}</strong> ${v}</span>`).join(' ')}</p>` : '';
}

function actions(p: Playbook): string {
  if (!p.actions.length) return empty();
  return p.actions
    .map((g) => `<h3>${h(g.stage ?? WORDS.anyStage())}</h3>\n${table(
      COLUMNS.actions(),
      g.actions.map((a) => [multiline(a.action), h(a.by ?? ''), people(a.for), multiline(a.result ?? '')]),
    )}`)
    .join('\n');
}

function chains(p: Playbook): string {
  if (!p.chains.length) return empty();
  return p.chains
    .map((c) => `<div class="card">\n<h3>${h(c.name ?? c.id ?? '')}</h3>\n${meta([
      [WORDS.appliesWhen(), h(c.when ?? '')],
      [WORDS.runsAtStage(), h(c.stage ?? '')],
    ])}\n<ol class="steps">${c.steps.map((s) => `<li>${h(stepText(s))}</li>`).join('')}</ol>\n</div>`)
    .join('\n');
}


function objections(p: Playbook): string {
  if (!p.objections.length) return empty();
  return p.objections
    .map((o) => `<div class="card objection">\n<h3><q>${h(o.objection)}</q></h3>\n${o.responses.length
      ? list(o.responses.map(multiline))
      : `<p class="empty">${h(WORDS.noResponse())}</p>`}\n${meta([
      [WORDS.raisedBy(), people(o.from)],
      [WORDS.atStage(), h(o.stage ?? '')],
    ])}\n</div>`)
    .join('\n');
}

function risks(p: Playbook): string {
  if (!p.risks.length) return empty();
  const chip = (r: RiskRow) => `<li><span class="risk-no">R${r.number}</span> ${h(r.risk)}</li>`;
  const cell = (likelihood: string, impact: string) => p.risks.filter((r) => r.likelihood === likelihood && r.impact === impact);
  const rows = [...LEVELS].reverse().map((l) => `<tr><th scope="row">${h(levelLabel(l, 'likelihood'))}</th>${LEVELS.map((i) => {
    const here = cell(l, i);
    return `<td class="heat-${LEVELS.indexOf(l) + LEVELS.indexOf(i)}">${here.length ? `<ul>${here.map(chip).join('')}</ul>` : ''}</td>`;
  }).join('')}</tr>`);
  const unrated = p.risks.filter((r) => !r.likelihood || !r.impact);
  const matrix = `<div class="table"><table class="matrix" aria-label="${h(l10n.t('Risk matrix: likelihood by impact'))}">
<thead><tr><th scope="col"><span>${h(WORDS.matrixCorner())}</span></th>${LEVELS.map((i) => `<th scope="col">${h(levelLabel(i, 'impact'))}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>
${unrated.length ? `<p class="meta"><strong>${h(WORDS.notRated())}</strong></p><ul class="chips">${unrated.map(chip).join('')}</ul>` : ''}`;
  const details = p.risks
    .map((r) => `<li><p><span class="risk-no">R${r.number}</span> <strong>${h(r.risk)}</strong></p>${meta([
      [WORDS.likelihood(), h(r.likelihood ? levelLabel(r.likelihood, 'likelihood') : '')],
      [WORDS.impact(), h(r.impact ? levelLabel(r.impact, 'impact') : '')],
      [WORDS.signals(), h(r.signals.join('; '))],
    ])}<p>${r.mitigation ? `<strong>${h(WORDS.mitigation())}</strong> ${multiline(r.mitigation)}` : `<span class="empty">${h(WORDS.noMitigation())}</span>`}</p></li>`)
    .join('');
  return `${matrix}\n<ul class="risks">${details}</ul>`;
}

function diagram(d: PlaybookDiagram): string {
  const title = diagramTitle(d.kind);
  const body = d.mermaid !== undefined
    ? `<figure class="diagram" data-kind="${d.kind}" data-could-not-draw="${h(l10n.t('Mermaid could not draw this picture.'))}">
<div class="diagram-canvas" role="img" aria-label="${h(title)}"><noscript>${h(l10n.t('The picture is drawn by a script; the Mermaid source is below.'))}</noscript></div>
<details class="source"><summary>${h(l10n.t('Mermaid source'))}</summary><pre class="mermaid-source">${h(d.mermaid)}</pre></details>
</figure>`
    : `<p class="empty">${messageHtml(WORDS.cannotDraw(d.problem ?? ''))}</p>`;
  return section(`diagram-${d.kind}`, title, body);
}
