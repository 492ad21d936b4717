/**
 * The weakest point of a tactic in one sentence, for the CodeLens, the Tactics view and the
 * report: the failed items grouped by kind, the most important kind first.
 */
import type { Readiness, ReadinessItemId } from './readiness';

/** Most important first: what blocks a deal outright, then who is not covered, then upkeep. */
const PRIORITY: readonly ReadinessItemId[] = [
  'economic-buyer',
  'block-present',
  'won-path',
  'decision-maker-reached',
  'decision-maker-identified',
  'decision-maker-positioned',
  'chains-with-economic-buyer',
  'objections-answered',
  'risks-mitigated',
  'decision-maker-questioned',
  'coach',
  'decision-maker-attitude-known',
  'review-recent',
];

/** Per decision maker: "{failed} of {total} decision makers …" as one whole sentence each. */
const PER_PERSON: Partial<Record<ReadinessItemId, (failed: number, total: number) => string>> = {
  'decision-maker-reached': (f, t) => (t === 1 ? 'The decision maker is not reached by any advancement action.' : `${f} of ${t} decision makers are not reached by any advancement action.`),
  'decision-maker-identified': (f, t) => (t === 1 ? 'The decision maker is not found by any identification entry.' : `${f} of ${t} decision makers are not found by any identification entry.`),
  'decision-maker-positioned': (f, t) => (t === 1 ? 'There is no positioning for the decision maker.' : `${f} of ${t} decision makers have no positioning.`),
  'decision-maker-questioned': (f, t) => (t === 1 ? 'No discovery question is for the decision maker.' : `${f} of ${t} decision makers have no discovery question.`),
  'decision-maker-attitude-known': (f, t) => (t === 1 ? 'The attitude of the decision maker is not known.' : `The attitude of ${f} of ${t} decision makers is not known.`),
};

export function weakestPoint(r: Readiness): string | undefined {
  if (r.score === null) return r.noScoreReason;
  for (const id of PRIORITY) {
    const items = r.items.filter((i) => i.id === id);
    const failed = items.filter((i) => !i.passed);
    if (!failed.length) continue;
    const perPerson = PER_PERSON[id];
    if (perPerson) return perPerson(failed.length, items.length);
    if (id === 'block-present') {
      return failed.length === 1 ? failed[0].message : `${failed.length} of the nine blocks are missing or empty.`;
    }
    return failed[0].message;
  }
  return undefined;
}
