import * as l10n from '@vscode/l10n';
import type { Node } from 'yaml';
import { nodeSpan } from '../../parsing/ast';
import { signedByEconomicBuyer } from '../../model/checks';
import { peopleOf } from '../../model/people';
import type { Rule } from './rule';

export const chainWithoutEconomicBuyer: Rule = {
  id: 'chain-without-economic-buyer',
  defaultSeverity: 'warning',
  get description() { return l10n.t('An approval chain has no step (person, parallel group or body member) whose role is `economic_buyer`.'); },
  runsOnBrokenDocument: false,
  check(ctx) {
    const people = peopleOf(ctx.doc, ctx.model);
    for (const chain of people.chains) {
      if (signedByEconomicBuyer(chain, people)) continue;
      const span = nodeSpan(chain.idNode) ?? nodeSpan(chain.stepsKey as Node | undefined);
      if (!span) continue;
      const message = chain.id !== undefined
        ? l10n.t('The approval chain `{0}` has no economic buyer among its steps: add the person who signs, or check whether this chain can really end in a contract.', chain.id)
        : l10n.t('This approval chain has no economic buyer among its steps: add the person who signs, or check whether this chain can really end in a contract.');
      ctx.report(span[0], span[1], message, chain.id !== undefined ? { id: chain.id } : undefined);
    }
  },
};
