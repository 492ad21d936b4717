/**
 * Readiness: the transparent checklist of format v2 ("Readiness" in tactic-format.md) and its score.
 * Every item is listed, passed or not, with a one-line reason, so a director sees why a tactic
 * scores what it does. Computed from the same parse as the diagnostics.
 */
import * as l10n from '@vscode/l10n';
import { BLOCK_KEYS } from '../domain/blocks';
import { plural } from '../l10n';
import { reachableStages } from '../model/cycleGraph';
import { isAnswered, isMitigated, signedByEconomicBuyer } from '../model/checks';
import { peopleOf } from '../model/people';
import { reviewOf } from '../model/review';
import type { LintConfig, ParsedTactic, Range } from '../types';
import { rangeOf } from '../parsing/locate';

export type ReadinessItemId =
  | 'decision-maker-identified'
  | 'decision-maker-positioned'
  | 'decision-maker-questioned'
  | 'decision-maker-reached'
  | 'decision-maker-attitude-known'
  | 'block-present'
  | 'won-path'
  | 'economic-buyer'
  | 'coach'
  | 'objections-answered'
  | 'risks-mitigated'
  | 'chains-with-economic-buyer'
  | 'review-recent';

export interface ReadinessItem {
  id: ReadinessItemId;
  /** What the item is about: a decision maker's id, or a block key for `block-present`. */
  subject?: string;
  passed: boolean;
  /** Why it passed or not, in one line. */
  message: string;
  /** Where to fix it in the text, when there is a place. */
  range?: Range;
}

export interface DecisionMakerCoverage {
  id: string;
  title?: string;
  role?: string;
  influence?: string;
  attitude: string;
  identified: boolean;
  positioned: boolean;
  questioned: boolean;
  reached: boolean;
  range?: Range;
}

export interface Readiness {
  /** round(100 × passed ÷ total); null when the text is not valid YAML (no score). */
  score: number | null;
  passed: number;
  total: number;
  items: ReadinessItem[];
  decisionMakers: DecisionMakerCoverage[];
  /** Why there is no score, when there is none. */
  noScoreReason?: string;
}

export function computeReadiness(parsed: ParsedTactic, config: LintConfig, now: Date): Readiness {
  const { doc, model } = parsed;
  if (!doc.yaml || !doc.root || doc.problems.some((p) => p.structural)) {
    const first = doc.problems.find((p) => p.structural);
    const noScoreReason = first
      ? l10n.t('The text is not valid YAML (line {0}: {1}), so it has no score.', doc.lines.positionAt(first.start).line + 1, first.message)
      : l10n.t('The text is not a tactic (a YAML mapping of keys), so it has no score.');
    return { score: null, passed: 0, total: 0, items: [], decisionMakers: [], noScoreReason };
  }
  const people = peopleOf(doc, model);
  const items: ReadinessItem[] = [];
  const add = (id: ReadinessItemId, passed: boolean, message: string, subject?: string, range?: Range) =>
    items.push({ id, ...(subject !== undefined ? { subject } : {}), passed, message, ...(range ? { range } : {}) });

  const refs = (block: string, field: string) => new Set(model.references.filter((r) => r.block === block && r.field === field).map((r) => r.id));
  const identified = refs('identification', 'finds');
  const positioned = refs('positioning', 'for');
  const questioned = refs('discovery_questions', 'for');
  const reached = refs('advancement_actions', 'for');
  const decisionMakers: DecisionMakerCoverage[] = [];
  for (const p of people.persons) {
    if (p.id === undefined || people.byId.get(p.id) !== p) continue; // unusable or duplicate ids are lint findings
    const id = p.id;
    const at = rangeOf(parsed, p.idNode);
    const row: DecisionMakerCoverage = {
      id, title: p.title, role: p.role, influence: p.influence, attitude: p.attitude,
      identified: identified.has(id), positioned: positioned.has(id), questioned: questioned.has(id), reached: reached.has(id), range: at,
    };
    decisionMakers.push(row);
    add('decision-maker-identified', row.identified, row.identified ? l10n.t('An identification entry finds `{0}`.', id) : l10n.t('No identification entry finds `{0}`.', id), id, at);
    add('decision-maker-positioned', row.positioned, row.positioned ? l10n.t('A positioning entry is for `{0}`.', id) : l10n.t('No positioning entry is for `{0}`.', id), id, at);
    add('decision-maker-questioned', row.questioned, row.questioned ? l10n.t('A discovery question is for `{0}`.', id) : l10n.t('No discovery question is for `{0}`.', id), id, at);
    add('decision-maker-reached', row.reached, row.reached ? l10n.t('An advancement action is for `{0}`.', id) : l10n.t('No advancement action is for `{0}`.', id), id, at);
    const known = p.attitude !== 'unknown';
    add('decision-maker-attitude-known', known, known ? attitudeKnown(id, p.attitude) : l10n.t('The attitude of `{0}` is not known.', id), id, at);
  }

  for (const key of BLOCK_KEYS) {
    const block = model.blocks.get(key);
    const present = !!block && block.entries.length > 0;
    const message = present ? l10n.t('The `{0}` block has entries.', key) : block ? l10n.t('The `{0}` block is empty.', key) : l10n.t('The `{0}` block is missing.', key);
    add('block-present', present, message, key, block ? rangeOf(parsed, block.pair.key) : undefined);
  }

  const cycle = model.cycle;
  const reachable = cycle ? reachableStages(cycle) : new Set<string>();
  const won = !!cycle && cycle.stages.some((s) => s.outcome === 'won' && s.id !== undefined && reachable.has(s.id));
  add('won-path', won, won ? l10n.t('A path through the sales cycle reaches a won stage.') : cycle ? l10n.t('No path through the sales cycle reaches a won stage.') : l10n.t('There is no sales cycle, so no path reaches a won stage.'),
    undefined, cycle ? rangeOf(parsed, cycle.pair.key) : undefined);

  const dmKey = model.blocks.get('decision_makers') ? rangeOf(parsed, model.blocks.get('decision_makers')!.pair.key) : undefined;
  const hasEb = people.persons.some((p) => p.role === 'economic_buyer');
  add('economic-buyer', hasEb, hasEb ? l10n.t('An economic buyer is named.') : l10n.t('No decision maker is the economic buyer.'), undefined, dmKey);
  const hasCoach = people.persons.some((p) => p.role === 'coach');
  add('coach', hasCoach, hasCoach ? l10n.t('A coach is named.') : l10n.t('No decision maker is a coach.'), undefined, dmKey);

  const entries = (key: 'objections' | 'risks') => model.blocks.get(key)?.entries ?? [];
  const unanswered = entries('objections').filter((e) => !isAnswered(e, doc.yaml!));
  add('objections-answered', unanswered.length === 0, unanswered.length === 0 ? l10n.t('Every objection has a response.') : unansweredText(unanswered.length, entries('objections').length),
    undefined, rangeOf(parsed, unanswered[0]));
  const unmitigated = entries('risks').filter((e) => !isMitigated(e, doc.yaml!));
  add('risks-mitigated', unmitigated.length === 0, unmitigated.length === 0 ? l10n.t('Every risk has a mitigation.') : unmitigatedText(unmitigated.length, entries('risks').length),
    undefined, rangeOf(parsed, unmitigated[0]));

  const weak = people.chains.filter((c) => !signedByEconomicBuyer(c, people));
  add('chains-with-economic-buyer', weak.length === 0,
    weak.length === 0 ? l10n.t('Every approval chain includes an economic buyer.') : weakChainsText(weak.length, people.chains.length),
    undefined, rangeOf(parsed, weak[0]?.idNode ?? weak[0]?.entry));

  const review = reviewOf(doc, now);
  const recent = !!review && review.ageDays <= config.staleReviewDays;
  add('review-recent', recent,
    !review ? l10n.t('The tactic has no `reviewed` date.')
      : recent ? reviewedText(review.ageDays, config.staleReviewDays)
        : lastReviewedText(review.ageDays, config.staleReviewDays),
    undefined, review ? rangeOf(parsed, review.node) : undefined);

  const passed = items.filter((i) => i.passed).length;
  return { score: Math.round((100 * passed) / items.length), passed, total: items.length, items, decisionMakers };
}

/** The attitude in words (the value itself stays as written: it is a key of the format). */
function attitudeKnown(id: string, attitude: string): string {
  switch (attitude) {
    case 'supporter': return l10n.t('The attitude of `{0}` is known: supporter.', id);
    case 'neutral': return l10n.t('The attitude of `{0}` is known: neutral.', id);
    case 'opponent': return l10n.t('The attitude of `{0}` is known: opponent.', id);
    default: return l10n.t('The attitude of `{0}` is known: {1}.', id, attitude);
  }
}

/** "{failed} of {total} objections have no response", the form by the failed count. */
function unansweredText(failed: number, total: number): string {
  return plural(failed, {
    one: () => l10n.t({ message: '{0} of {1} objections have no response.', args: [failed, total], comment: ['plural: one'] }),
    few: () => l10n.t({ message: '{0} of {1} objections have no response.', args: [failed, total], comment: ['plural: few'] }),
    many: () => l10n.t({ message: '{0} of {1} objections have no response.', args: [failed, total], comment: ['plural: many'] }),
    other: () => l10n.t({ message: '{0} of {1} objections have no response.', args: [failed, total], comment: ['plural: other'] }),
  });
}

function unmitigatedText(failed: number, total: number): string {
  return plural(failed, {
    one: () => l10n.t({ message: '{0} of {1} risks have no mitigation.', args: [failed, total], comment: ['plural: one'] }),
    few: () => l10n.t({ message: '{0} of {1} risks have no mitigation.', args: [failed, total], comment: ['plural: few'] }),
    many: () => l10n.t({ message: '{0} of {1} risks have no mitigation.', args: [failed, total], comment: ['plural: many'] }),
    other: () => l10n.t({ message: '{0} of {1} risks have no mitigation.', args: [failed, total], comment: ['plural: other'] }),
  });
}

function weakChainsText(failed: number, total: number): string {
  return plural(failed, {
    one: () => l10n.t({ message: '{0} of {1} approval chains include no economic buyer.', args: [failed, total], comment: ['plural: one'] }),
    few: () => l10n.t({ message: '{0} of {1} approval chains include no economic buyer.', args: [failed, total], comment: ['plural: few'] }),
    many: () => l10n.t({ message: '{0} of {1} approval chains include no economic buyer.', args: [failed, total], comment: ['plural: many'] }),
    other: () => l10n.t({ message: '{0} of {1} approval chains include no economic buyer.', args: [failed, total], comment: ['plural: other'] }),
  });
}

function reviewedText(days: number, limit: number): string {
  return plural(days, {
    one: () => l10n.t({ message: 'The tactic was reviewed {0} day ago (limit {1}).', args: [days, limit], comment: ['plural: one'] }),
    few: () => l10n.t({ message: 'The tactic was reviewed {0} days ago (limit {1}).', args: [days, limit], comment: ['plural: few'] }),
    many: () => l10n.t({ message: 'The tactic was reviewed {0} days ago (limit {1}).', args: [days, limit], comment: ['plural: many'] }),
    other: () => l10n.t({ message: 'The tactic was reviewed {0} days ago (limit {1}).', args: [days, limit], comment: ['plural: other'] }),
  });
}

function lastReviewedText(days: number, limit: number): string {
  return plural(days, {
    one: () => l10n.t({ message: 'The tactic was last reviewed {0} day ago (limit {1}).', args: [days, limit], comment: ['plural: one'] }),
    few: () => l10n.t({ message: 'The tactic was last reviewed {0} days ago (limit {1}).', args: [days, limit], comment: ['plural: few'] }),
    many: () => l10n.t({ message: 'The tactic was last reviewed {0} days ago (limit {1}).', args: [days, limit], comment: ['plural: many'] }),
    other: () => l10n.t({ message: 'The tactic was last reviewed {0} days ago (limit {1}).', args: [days, limit], comment: ['plural: other'] }),
  });
}
