import { nodeSpan } from '../../parsing/ast';
import { ID_KIND_LABEL } from '../../model/model';
import type { Rule } from './rule';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'Two entries of one block share an id.',
  runsOnBrokenDocument: true,
  check(ctx) {
    const first = new Map<string, number>();
    for (const def of ctx.model.definitions) {
      const key = `${def.block}\u0000${def.id}`;
      const span = nodeSpan(def.node);
      if (!span) continue;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, span[0]);
        continue;
      }
      const line = ctx.doc.lines.positionAt(earlier).line + 1;
      ctx.report(span[0], span[1], `The ${ID_KIND_LABEL[def.kind]} id \`${def.id}\` is already used on line ${line}; ids must be unique within their block.`, { id: def.id, refKind: def.kind });
    }
  },
};
