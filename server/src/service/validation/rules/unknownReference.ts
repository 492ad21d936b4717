import * as l10n from '@vscode/l10n';
import { nodeSpan } from '../../parsing/ast';
import { definitionsOf, ID_PATTERN, IdKind } from '../../model/model';
import { didYouMean, sentences } from '../../messages';
import { closestNames } from '../../parsing/text';
import type { Rule } from './rule';

const SUGGESTED_IDS = 500;

/** One sentence per kind of id: where ids of that kind are defined. */
const MESSAGE: Record<IdKind, (id: string) => string> = {
  decision_maker: (id) => l10n.t('No decision maker with the id `{0}` is defined in `decision_makers`.', id),
  // No field refers to approval chains today.
  approval_chain: (id) => l10n.t('No approval chain with the id `{0}` is defined in `approval_chains`.', id),
  stage: (id) => l10n.t('No stage with the id `{0}` is defined in `sales_cycle.stages`.', id),
};

export const unknownReference: Rule = {
  id: 'unknown-reference',
  defaultSeverity: 'error',
  get description() { return l10n.t('A reference names an id that is not defined.'); },
  runsOnBrokenDocument: false,
  check(ctx) {
    const defs = new Map<IdKind, Map<string, unknown>>();
    // Suggestions compare the id with every defined one: memoized, and only for the first
    // SUGGESTED_IDS distinct unknown ids, so a file with 100,000 bad references stays fast.
    const memo = new Map<string, string[]>();
    const suggest = (kind: IdKind, id: string, candidates: Iterable<string>): string[] => {
      const key = `${kind}\u0000${id}`;
      let found = memo.get(key);
      // Only valid ids are worth suggesting: a quick fix must not write an id the schema rejects.
      if (!found) memo.set(key, (found = memo.size < SUGGESTED_IDS ? closestNames(id, [...candidates].filter((c) => ID_PATTERN.test(c))) : []));
      return found;
    };
    for (const ref of ctx.model.references) {
      let known = defs.get(ref.kind);
      if (!known) defs.set(ref.kind, (known = definitionsOf(ctx.model, ref.kind)));
      if (known.has(ref.id)) continue;
      const span = nodeSpan(ref.node);
      if (!span) continue;
      const suggestions = suggest(ref.kind, ref.id, known.keys());
      const message = sentences(MESSAGE[ref.kind](ref.id), suggestions.length > 0 && didYouMean(suggestions[0]));
      ctx.report(span[0], span[1], message, { refKind: ref.kind, id: ref.id, suggestions });
    }
  },
};
