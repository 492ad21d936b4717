import * as l10n from '@vscode/l10n';
import { nodeSpan } from '../../parsing/ast';
import { peopleOf } from '../../model/people';
import type { Rule } from './rule';

export const unmitigatedOpponent: Rule = {
  id: 'unmitigated-opponent',
  defaultSeverity: 'warning',
  get description() { return l10n.t('A decision maker with `attitude: opponent` and `influence: high` has no advancement action `for` them and no objection `from` them.'); },
  runsOnBrokenDocument: false,
  check(ctx) {
    const people = peopleOf(ctx.doc, ctx.model);
    const reached = new Set(people.moves.flatMap((m) => m.for.map((r) => r.id)));
    for (const p of people.persons) {
      if (p.attitude !== 'opponent' || p.influence !== 'high' || p.id === undefined) continue;
      if (reached.has(p.id) || people.objectionsFrom.has(p.id)) continue;
      const span = nodeSpan(p.idNode);
      if (span) {
        ctx.report(span[0], span[1], l10n.t('`{0}` is a high-influence opponent, but no advancement action is for them and no objection is from them: plan how to win them over or neutralize their objections.', p.id), { id: p.id });
      }
    }
  },
};
