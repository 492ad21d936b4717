import * as l10n from '@vscode/l10n';
import type { Node } from 'yaml';
import { nodeSpan } from '../../parsing/ast';
import { plural } from '../../l10n';
import type { Rule } from './rule';

/** The finding for a stage with an id and `n` (≥ 2) unlabelled transitions. */
function namedMessage(id: string, n: number): string {
  return plural(n, {
    one: () => l10n.t({ message: 'The stage `{0}` has {1} `next` transitions without a `when`: say under which condition the deal goes each way.', args: [id, n], comment: ['plural: one'] }),
    few: () => l10n.t({ message: 'The stage `{0}` has {1} `next` transitions without a `when`: say under which condition the deal goes each way.', args: [id, n], comment: ['plural: few'] }),
    many: () => l10n.t({ message: 'The stage `{0}` has {1} `next` transitions without a `when`: say under which condition the deal goes each way.', args: [id, n], comment: ['plural: many'] }),
    other: () => l10n.t({ message: 'The stage `{0}` has {1} `next` transitions without a `when`: say under which condition the deal goes each way.', args: [id, n], comment: ['plural: other'] }),
  });
}

/** The same for a stage without an id. */
function unnamedMessage(n: number): string {
  return plural(n, {
    one: () => l10n.t({ message: 'This stage has {0} `next` transitions without a `when`: say under which condition the deal goes each way.', args: [n], comment: ['plural: one'] }),
    few: () => l10n.t({ message: 'This stage has {0} `next` transitions without a `when`: say under which condition the deal goes each way.', args: [n], comment: ['plural: few'] }),
    many: () => l10n.t({ message: 'This stage has {0} `next` transitions without a `when`: say under which condition the deal goes each way.', args: [n], comment: ['plural: many'] }),
    other: () => l10n.t({ message: 'This stage has {0} `next` transitions without a `when`: say under which condition the deal goes each way.', args: [n], comment: ['plural: other'] }),
  });
}

export const ambiguousBranch: Rule = {
  id: 'ambiguous-branch',
  defaultSeverity: 'information',
  get description() { return l10n.t('A stage has two or more `next` transitions without a `when`: the cycle does not say which way the deal goes.'); },
  runsOnBrokenDocument: false,
  check(ctx) {
    for (const stage of ctx.model.cycle?.stages ?? []) {
      const unlabelled = stage.next.filter((t) => t.to !== undefined && (t.when === undefined || t.when.trim() === ''));
      if (unlabelled.length < 2) continue;
      const span = nodeSpan(stage.nextPair?.key as Node | undefined);
      if (!span) continue;
      const message = stage.id !== undefined ? namedMessage(stage.id, unlabelled.length) : unnamedMessage(unlabelled.length);
      ctx.report(span[0], span[1], message, stage.id !== undefined ? { id: stage.id } : undefined);
    }
  },
};
