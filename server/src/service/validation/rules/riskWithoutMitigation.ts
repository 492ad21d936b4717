import * as l10n from '@vscode/l10n';
import type { Node } from 'yaml';
import { getPair, nodeSpan } from '../../parsing/ast';
import { isMitigated } from '../../model/checks';
import type { Rule } from './rule';

export const riskWithoutMitigation: Rule = {
  id: 'risk-without-mitigation',
  defaultSeverity: 'warning',
  get description() { return l10n.t('A risk has no `mitigation`.'); },
  runsOnBrokenDocument: true,
  check(ctx) {
    for (const entry of ctx.model.blocks.get('risks')?.entries ?? []) {
      if (isMitigated(entry, ctx.doc.yaml!)) continue;
      const pair = getPair(entry, 'risk');
      const span = nodeSpan(pair?.value as Node) ?? nodeSpan(pair?.key as Node) ?? nodeSpan(entry.items[0]?.key as Node);
      if (span) ctx.report(span[0], span[1], l10n.t('This risk has no `mitigation`: say how the team prevents or softens it.'));
    }
  },
};
