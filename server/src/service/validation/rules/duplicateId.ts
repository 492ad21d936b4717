import { nodeSpan } from '../../parsing/ast';
import type { IdKind } from '../../model/model';
import { format } from '../../messages';
import type { Rule } from './rule';

/** One sentence per kind of id. */
const MESSAGE: Record<IdKind, (id: string, line: number) => string> = {
  decision_maker: (id, line) => format('The decision maker id `{0}` is already used on line {1}; ids must be unique within their block.', id, line),
  approval_chain: (id, line) => format('The approval chain id `{0}` is already used on line {1}; ids must be unique within their block.', id, line),
  stage: (id, line) => format('The stage id `{0}` is already used on line {1}; ids must be unique within their block.', id, line),
};

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
      ctx.report(span[0], span[1], MESSAGE[def.kind](def.id, line), { id: def.id, refKind: def.kind });
    }
  },
};
