import * as l10n from '@vscode/l10n';
import { isSeq, Node } from 'yaml';
import { nodeSpan } from '../../parsing/ast';
import type { Rule } from './rule';

export const deadEndStage: Rule = {
  id: 'dead-end-stage',
  defaultSeverity: 'warning',
  get description() { return l10n.t('A stage without `outcome` has no `next`.'); },
  runsOnBrokenDocument: true,
  check(ctx) {
    for (const stage of ctx.model.cycle?.stages ?? []) {
      if (stage.outcome !== undefined) continue;
      const next = stage.nextPair?.value;
      if (isSeq(next) && next.items.length > 0) continue;
      const span = nodeSpan(stage.idNode) ?? nodeSpan(stage.node.items[0]?.key as Node);
      if (!span) continue;
      if (stage.id !== undefined) {
        ctx.report(span[0], span[1], l10n.t('`{0}` leads nowhere: give it `next` stages, or mark it `outcome: won` or `outcome: lost`.', stage.id), { id: stage.id });
      } else {
        ctx.report(span[0], span[1], l10n.t('This stage leads nowhere: give it `next` stages, or mark it `outcome: won` or `outcome: lost`.'));
      }
    }
  },
};
