import * as l10n from '@vscode/l10n';
import { nodeSpan } from '../../parsing/ast';
import { peopleOf, Person } from '../../model/people';
import type { Rule } from './rule';

export const reportingCycle: Rule = {
  id: 'reporting-cycle',
  defaultSeverity: 'error',
  get description() { return l10n.t('`reports_to` lines form a loop (reported on each `reports_to` in it).'); },
  runsOnBrokenDocument: false,
  check(ctx) {
    const { persons, byId } = peopleOf(ctx.doc, ctx.model);
    // Each person has at most one boss, so every walk up the lines ends, or enters one loop.
    const done = new Set<Person>();
    for (const start of persons) {
      const path: Person[] = [];
      const onPath = new Map<Person, number>();
      let p: Person | undefined = start;
      while (p && !done.has(p) && !onPath.has(p)) {
        onPath.set(p, path.length);
        path.push(p);
        p = p.reportsTo ? byId.get(p.reportsTo.id) : undefined;
      }
      if (p && onPath.has(p)) reportLoop(path.slice(onPath.get(p)!));
      for (const q of path) done.add(q);
    }

    function reportLoop(loop: Person[]): void {
      // Every person on a loop has an id: the loop was followed through ids.
      const ids = loop.map((q) => q.id!);
      for (const [i, q] of loop.entries()) {
        const span = nodeSpan(q.reportsTo!.node);
        if (!span) continue;
        const message = loop.length === 1
          ? l10n.t('`{0}` reports to themselves: `reports_to` names their boss.', ids[i])
          : l10n.t('The `reports_to` lines form a loop: {0}.', [...ids.slice(i), ...ids.slice(0, i), ids[i]].map((id) => `\`${id}\``).join(' \u2192 '));
        ctx.report(span[0], span[1], message, { id: ids[i] });
      }
    }
  },
};
