import * as l10n from '@vscode/l10n';
import type { Node } from 'yaml';
import { getPair, nodeSpan } from '../../parsing/ast';
import { isAnswered } from '../../model/checks';
import type { Rule } from './rule';

export const objectionWithoutResponse: Rule = {
  id: 'objection-without-response',
  defaultSeverity: 'warning',
  get description() { return l10n.t('An objection has no `responses`.'); },
  runsOnBrokenDocument: true,
  check(ctx) {
    for (const entry of ctx.model.blocks.get('objections')?.entries ?? []) {
      if (isAnswered(entry, ctx.doc.yaml!)) continue;
      const pair = getPair(entry, 'objection');
      const span = nodeSpan(pair?.value as Node) ?? nodeSpan(pair?.key as Node) ?? nodeSpan(entry.items[0]?.key as Node);
      if (span) ctx.report(span[0], span[1], l10n.t('This objection has no `responses`: write down how the team neutralizes it.'));
    }
  },
};
