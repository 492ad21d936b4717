import type { Node } from 'yaml';
import { nodeSpan } from '../../parsing/ast';
import { format } from '../../messages';
import type { Rule } from './rule';

export const ambiguousBranch: Rule = {
  id: 'ambiguous-branch',
  defaultSeverity: 'information',
  description: 'A stage has two or more `next` transitions without a `when`: the cycle does not say which way the deal goes.',
  runsOnBrokenDocument: false,
  check(ctx) {
    for (const stage of ctx.model.cycle?.stages ?? []) {
      const unlabelled = stage.next.filter((t) => t.to !== undefined && (t.when === undefined || t.when.trim() === ''));
      if (unlabelled.length < 2) continue;
      const span = nodeSpan(stage.nextPair?.key as Node | undefined);
      if (!span) continue;
      const message = stage.id !== undefined
        ? format('The stage `{0}` has {1} `next` transitions without a `when`: say under which condition the deal goes each way.', stage.id, unlabelled.length)
        : format('This stage has {0} `next` transitions without a `when`: say under which condition the deal goes each way.', unlabelled.length);
      ctx.report(span[0], span[1], message, stage.id !== undefined ? { id: stage.id } : undefined);
    }
  },
};
