import * as l10n from '@vscode/l10n';
import { nodeSpan } from '../../parsing/ast';
import type { IdKind } from '../../model/model';
import type { Rule } from './rule';

/** One sentence per kind of id. */
const MESSAGE: Record<IdKind, (id: string, line: number) => string> = {
  decision_maker: (id, line) => l10n.t('The decision maker id `{0}` is already used on line {1}; ids must be unique within their block.', id, line),
  approval_chain: (id, line) => l10n.t('The approval chain id `{0}` is already used on line {1}; ids must be unique within their block.', id, line),
  stage: (id, line) => l10n.t('The stage id `{0}` is already used on line {1}; ids must be unique within their block.', id, line),
};

export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  get description() { return l10n.t('Two entries of one block share an id.'); },
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
