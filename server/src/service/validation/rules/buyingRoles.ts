/** no-economic-buyer and no-coach: the tactic names someone who can sign and someone who guides. */
import * as l10n from '@vscode/l10n';
import type { Node } from 'yaml';
import { nodeSpan } from '../../parsing/ast';
import { peopleOf } from '../../model/people';
import { headerAnchor } from './anchor';
import type { Rule, RuleContext } from './rule';

/** `message` is called only for a finding: most tactics name both roles. */
function noOneWithRole(ctx: RuleContext, role: string, message: () => string): void {
  if (!ctx.doc.root) return;
  if (peopleOf(ctx.doc, ctx.model).persons.some((p) => p.role === role)) return;
  const key = ctx.model.blocks.get('decision_makers')?.pair.key as Node | undefined;
  const [start, end] = nodeSpan(key) ?? headerAnchor(ctx.doc);
  ctx.report(start, end, message());
}

export const noEconomicBuyer: Rule = {
  id: 'no-economic-buyer',
  defaultSeverity: 'warning',
  get description() { return l10n.t('No decision maker has `role: economic_buyer`: nobody who can sign is named.'); },
  runsOnBrokenDocument: false,
  check: (ctx) => noOneWithRole(ctx, 'economic_buyer', () => l10n.t('No decision maker has `role: economic_buyer`: name the person who can sign the contract and release the budget.')),
};

export const noCoach: Rule = {
  id: 'no-coach',
  defaultSeverity: 'information',
  get description() { return l10n.t('No decision maker has `role: coach`: nobody inside guides the sale.'); },
  runsOnBrokenDocument: false,
  check: (ctx) => noOneWithRole(ctx, 'coach', () => l10n.t('No decision maker has `role: coach`: name someone inside the client who guides the sale.')),
};
