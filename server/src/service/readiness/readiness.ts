/**
 * Readiness: the transparent checklist of format v2 ("Readiness" in tactic-format.md) and its score.
 * Every item is listed, passed or not, with a one-line reason, so a director sees why a tactic
 * scores what it does. Computed from the same parse as the diagnostics.
 */
import { BLOCK_KEYS } from '../domain/blocks';
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
      ? `The text is not valid YAML (line ${doc.lines.positionAt(first.start).line + 1}: ${first.message}), so it has no score.`
      : 'The text is not a tactic (a YAML mapping of keys), so it has no score.';
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
    add('decision-maker-identified', row.identified, row.identified ? `An identification entry finds \`${id}\`.` : `No identification entry finds \`${id}\`.`, id, at);
    add('decision-maker-positioned', row.positioned, row.positioned ? `A positioning entry is for \`${id}\`.` : `No positioning entry is for \`${id}\`.`, id, at);
    add('decision-maker-questioned', row.questioned, row.questioned ? `A discovery question is for \`${id}\`.` : `No discovery question is for \`${id}\`.`, id, at);
    add('decision-maker-reached', row.reached, row.reached ? `An advancement action is for \`${id}\`.` : `No advancement action is for \`${id}\`.`, id, at);
    const known = p.attitude !== 'unknown';
    add('decision-maker-attitude-known', known, known ? `The attitude of \`${id}\` is known: ${p.attitude}.` : `The attitude of \`${id}\` is not known.`, id, at);
  }

  for (const key of BLOCK_KEYS) {
    const block = model.blocks.get(key);
    const present = !!block && block.entries.length > 0;
    const message = present ? `The \`${key}\` block has entries.` : block ? `The \`${key}\` block is empty.` : `The \`${key}\` block is missing.`;
    add('block-present', present, message, key, block ? rangeOf(parsed, block.pair.key) : undefined);
  }

  const cycle = model.cycle;
  const reachable = cycle ? reachableStages(cycle) : new Set<string>();
  const won = !!cycle && cycle.stages.some((s) => s.outcome === 'won' && s.id !== undefined && reachable.has(s.id));
  add('won-path', won, won ? 'A path through the sales cycle reaches a won stage.' : cycle ? 'No path through the sales cycle reaches a won stage.' : 'There is no sales cycle, so no path reaches a won stage.',
    undefined, cycle ? rangeOf(parsed, cycle.pair.key) : undefined);

  const dmKey = model.blocks.get('decision_makers') ? rangeOf(parsed, model.blocks.get('decision_makers')!.pair.key) : undefined;
  const hasEb = people.persons.some((p) => p.role === 'economic_buyer');
  add('economic-buyer', hasEb, hasEb ? 'An economic buyer is named.' : 'No decision maker is the economic buyer.', undefined, dmKey);
  const hasCoach = people.persons.some((p) => p.role === 'coach');
  add('coach', hasCoach, hasCoach ? 'A coach is named.' : 'No decision maker is a coach.', undefined, dmKey);

  const entries = (key: 'objections' | 'risks') => model.blocks.get(key)?.entries ?? [];
  const unanswered = entries('objections').filter((e) => !isAnswered(e, doc.yaml!));
  add('objections-answered', unanswered.length === 0, unanswered.length === 0 ? 'Every objection has a response.' : `${unanswered.length} of ${entries('objections').length} objections have no response.`,
    undefined, rangeOf(parsed, unanswered[0]));
  const unmitigated = entries('risks').filter((e) => !isMitigated(e, doc.yaml!));
  add('risks-mitigated', unmitigated.length === 0, unmitigated.length === 0 ? 'Every risk has a mitigation.' : `${unmitigated.length} of ${entries('risks').length} risks have no mitigation.`,
    undefined, rangeOf(parsed, unmitigated[0]));

  const weak = people.chains.filter((c) => !signedByEconomicBuyer(c, people));
  add('chains-with-economic-buyer', weak.length === 0,
    weak.length === 0 ? 'Every approval chain includes an economic buyer.' : `${weak.length} of ${people.chains.length} approval chains include no economic buyer.`,
    undefined, rangeOf(parsed, weak[0]?.idNode ?? weak[0]?.entry));

  const review = reviewOf(doc, now);
  const recent = !!review && review.ageDays <= config.staleReviewDays;
  add('review-recent', recent,
    !review ? 'The tactic has no `reviewed` date.'
      : recent ? `The tactic was reviewed ${review.ageDays} days ago (limit ${config.staleReviewDays}).`
        : `The tactic was last reviewed ${review.ageDays} days ago (limit ${config.staleReviewDays}).`,
    undefined, review ? rangeOf(parsed, review.node) : undefined);

  const passed = items.filter((i) => i.passed).length;
  return { score: Math.round((100 * passed) / items.length), passed, total: items.length, items, decisionMakers };
}
