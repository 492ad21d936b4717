import * as l10n from '@vscode/l10n';
import type { Node } from 'yaml';
import { getPair, nodeSpan, scalarText } from '../../parsing/ast';
import { plural } from '../../l10n';
import type { Rule } from './rule';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The finding for a review `age` days old, past `limit`. */
function staleMessage(age: number, limit: number): string {
  return plural(age, {
    one: () => l10n.t({ message: 'The tactic was last reviewed {0} days ago (limit {1}): review it with the team and update `reviewed`.', args: [age, limit], comment: ['plural: one'] }),
    few: () => l10n.t({ message: 'The tactic was last reviewed {0} days ago (limit {1}): review it with the team and update `reviewed`.', args: [age, limit], comment: ['plural: few'] }),
    many: () => l10n.t({ message: 'The tactic was last reviewed {0} days ago (limit {1}): review it with the team and update `reviewed`.', args: [age, limit], comment: ['plural: many'] }),
    other: () => l10n.t({ message: 'The tactic was last reviewed {0} days ago (limit {1}): review it with the team and update `reviewed`.', args: [age, limit], comment: ['plural: other'] }),
  });
}

export const staleReview: Rule = {
  id: 'stale-review',
  defaultSeverity: 'information',
  get description() { return l10n.t('`reviewed` is more than `staleReviewDays` days ago (90 unless set).'); },
  runsOnBrokenDocument: true,
  check(ctx) {
    const node = getPair(ctx.doc.root, 'reviewed')?.value;
    const text = scalarText(node);
    const m = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
    if (!m) return; // a malformed date is a schema finding
    const reviewed = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const today = Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), ctx.now.getUTCDate());
    const age = Math.floor((today - reviewed) / DAY_MS);
    const limit = ctx.config.staleReviewDays;
    if (age <= limit) return;
    const span = nodeSpan(node as Node);
    if (span) ctx.report(span[0], span[1], staleMessage(age, limit));
  },
};
