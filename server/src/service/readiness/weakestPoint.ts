/**
 * The weakest point of a tactic in one sentence, for the CodeLens, the Tactics view and the
 * report: the failed items grouped by kind, the most important kind first.
 */
import * as l10n from '@vscode/l10n';
import { plural } from '../l10n';
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

/**
 * Per decision maker: "{failed} of {total} decision makers …" as one whole sentence each, its
 * form chosen by the failed count (the one decision maker of a tactic has its own sentence).
 */
const PER_PERSON: Partial<Record<ReadinessItemId, (failed: number, total: number) => string>> = {
  'decision-maker-reached': (f, t) => (t === 1
    ? l10n.t('The decision maker is not reached by any advancement action.')
    : plural(f, {
      one: () => l10n.t({ message: '{0} of {1} decision makers are not reached by any advancement action.', args: [f, t], comment: ['plural: one'] }),
      few: () => l10n.t({ message: '{0} of {1} decision makers are not reached by any advancement action.', args: [f, t], comment: ['plural: few'] }),
      many: () => l10n.t({ message: '{0} of {1} decision makers are not reached by any advancement action.', args: [f, t], comment: ['plural: many'] }),
      other: () => l10n.t({ message: '{0} of {1} decision makers are not reached by any advancement action.', args: [f, t], comment: ['plural: other'] }),
    })),
  'decision-maker-identified': (f, t) => (t === 1
    ? l10n.t('The decision maker is not found by any identification entry.')
    : plural(f, {
      one: () => l10n.t({ message: '{0} of {1} decision makers are not found by any identification entry.', args: [f, t], comment: ['plural: one'] }),
      few: () => l10n.t({ message: '{0} of {1} decision makers are not found by any identification entry.', args: [f, t], comment: ['plural: few'] }),
      many: () => l10n.t({ message: '{0} of {1} decision makers are not found by any identification entry.', args: [f, t], comment: ['plural: many'] }),
      other: () => l10n.t({ message: '{0} of {1} decision makers are not found by any identification entry.', args: [f, t], comment: ['plural: other'] }),
    })),
  'decision-maker-positioned': (f, t) => (t === 1
    ? l10n.t('There is no positioning for the decision maker.')
    : plural(f, {
      one: () => l10n.t({ message: '{0} of {1} decision makers have no positioning.', args: [f, t], comment: ['plural: one'] }),
      few: () => l10n.t({ message: '{0} of {1} decision makers have no positioning.', args: [f, t], comment: ['plural: few'] }),
      many: () => l10n.t({ message: '{0} of {1} decision makers have no positioning.', args: [f, t], comment: ['plural: many'] }),
      other: () => l10n.t({ message: '{0} of {1} decision makers have no positioning.', args: [f, t], comment: ['plural: other'] }),
    })),
  'decision-maker-questioned': (f, t) => (t === 1
    ? l10n.t('No discovery question is for the decision maker.')
    : plural(f, {
      one: () => l10n.t({ message: '{0} of {1} decision makers have no discovery question.', args: [f, t], comment: ['plural: one'] }),
      few: () => l10n.t({ message: '{0} of {1} decision makers have no discovery question.', args: [f, t], comment: ['plural: few'] }),
      many: () => l10n.t({ message: '{0} of {1} decision makers have no discovery question.', args: [f, t], comment: ['plural: many'] }),
      other: () => l10n.t({ message: '{0} of {1} decision makers have no discovery question.', args: [f, t], comment: ['plural: other'] }),
    })),
  'decision-maker-attitude-known': (f, t) => (t === 1
    ? l10n.t('The attitude of the decision maker is not known.')
    : plural(f, {
      one: () => l10n.t({ message: 'The attitude of {0} of {1} decision makers is not known.', args: [f, t], comment: ['plural: one'] }),
      few: () => l10n.t({ message: 'The attitude of {0} of {1} decision makers is not known.', args: [f, t], comment: ['plural: few'] }),
      many: () => l10n.t({ message: 'The attitude of {0} of {1} decision makers is not known.', args: [f, t], comment: ['plural: many'] }),
      other: () => l10n.t({ message: 'The attitude of {0} of {1} decision makers is not known.', args: [f, t], comment: ['plural: other'] }),
    })),
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
      const n = failed.length;
      return n === 1 ? failed[0].message : plural(n, {
        one: () => l10n.t({ message: '{0} of the nine blocks are missing or empty.', args: [n], comment: ['plural: one'] }),
        few: () => l10n.t({ message: '{0} of the nine blocks are missing or empty.', args: [n], comment: ['plural: few'] }),
        many: () => l10n.t({ message: '{0} of the nine blocks are missing or empty.', args: [n], comment: ['plural: many'] }),
        other: () => l10n.t({ message: '{0} of the nine blocks are missing or empty.', args: [n], comment: ['plural: other'] }),
      });
    }
    return failed[0].message;
  }
  return undefined;
}
