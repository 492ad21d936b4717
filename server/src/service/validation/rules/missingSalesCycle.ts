import * as l10n from '@vscode/l10n';
import { headerAnchor } from './anchor';
import type { Rule } from './rule';

export const missingSalesCycle: Rule = {
  id: 'missing-sales-cycle',
  defaultSeverity: 'warning',
  get description() { return l10n.t('The tactic has no `sales_cycle`.'); },
  runsOnBrokenDocument: false,
  check(ctx) {
    if (!ctx.doc.root || ctx.model.cycle) return;
    const [start, end] = headerAnchor(ctx.doc);
    ctx.report(start, end, l10n.t('The tactic has no `sales_cycle`: formalize the stages every client passes, so the team follows one sequence and the preview can draw it.'));
  },
};
