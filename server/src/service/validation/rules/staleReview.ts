import type { Node } from 'yaml';
import { getPair, nodeSpan, scalarText } from '../../parsing/ast';
import { format } from '../../messages';
import type { Rule } from './rule';

const DAY_MS = 24 * 60 * 60 * 1000;

export const staleReview: Rule = {
  id: 'stale-review',
  defaultSeverity: 'information',
  description: '`reviewed` is more than `staleReviewDays` days ago (90 unless set).',
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
    if (span) ctx.report(span[0], span[1], format('The tactic was last reviewed {0} days ago (limit {1}): review it with the team and update `reviewed`.', age, limit));
  },
};
