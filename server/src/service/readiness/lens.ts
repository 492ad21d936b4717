/**
 * The readiness CodeLens: where it stands (the `tactic:` key) and what it says (the score and the
 * weakest point in one line, or "no score" with the reason).
 */
import * as l10n from '@vscode/l10n';
import { getPair, nodeSpan } from '../parsing/ast';
import type { ParsedTactic, Range } from '../types';
import type { Readiness } from './readiness';
import { weakestPoint } from './weakestPoint';

/** Longest lens title; a reason quoting a huge line is cut. */
const MAX_TITLE = 200;

/**
 * The range of the root `tactic` key; when the text does not parse into a mapping, the first line
 * that starts with `tactic:`; else the start of the document.
 */
export function tacticKeyRange(parsed: ParsedTactic): Range {
  const { doc } = parsed;
  const span = nodeSpan(getPair(doc.root, 'tactic')?.key);
  if (span) return doc.lines.range(span[0], span[1]);
  const m = /^(\uFEFF?)tactic(?=[ \t]*:)/m.exec(doc.text.length > 100_000 ? doc.text.slice(0, 100_000) : doc.text);
  if (m) return doc.lines.range(m.index + m[1].length, m.index + m[0].length);
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** "Readiness 72% · 1 of 4 decision makers are not reached by any advancement action." */
export function readinessLensTitle(r: Readiness): string {
  const weakest = weakestPoint(r);
  const title = r.score === null
    ? l10n.t('Readiness: no score · {0}', weakest ?? l10n.t('the text is not a tactic.'))
    : l10n.t('Readiness {0}% · {1}', r.score, weakest ?? l10n.t('Every item passes.'));
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}\u2026` : title;
}
