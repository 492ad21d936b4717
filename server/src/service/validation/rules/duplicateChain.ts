import * as l10n from '@vscode/l10n';
import type { Node } from 'yaml';
import { nodeSpan } from '../../parsing/ast';
import { ChainStep, peopleOf } from '../../model/people';
import type { Rule } from './rule';

/** A step as comparable text: who signs (parallel signers and body members in any order). */
function stepKey(step: ChainStep): string {
  if (step.kind === 'person') return step.person.id;
  const ids = step.members.map((m) => m.id).sort().join(',');
  return step.kind === 'parallel' ? `[${ids}]` : `{${step.body ?? ''}:${ids}}`;
}

export const duplicateChain: Rule = {
  id: 'duplicate-chain',
  defaultSeverity: 'warning',
  get description() { return l10n.t('Two approval chains have the same steps in the same order.'); },
  runsOnBrokenDocument: false,
  check(ctx) {
    const first = new Map<string, { id?: string; offset: number }>();
    for (const chain of peopleOf(ctx.doc, ctx.model).chains) {
      if (!chain.steps.length) continue;
      const span = nodeSpan(chain.idNode) ?? nodeSpan(chain.stepsKey as Node | undefined);
      if (!span) continue;
      const key = chain.steps.map(stepKey).join('\n');
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { id: chain.id, offset: span[0] });
        continue;
      }
      const line = ctx.doc.lines.positionAt(earlier.offset).line + 1;
      const message = chain.id !== undefined && earlier.id !== undefined
        ? l10n.t('The approval chain `{0}` has the same steps in the same order as `{1}` on line {2}: merge the two, or make the difference between them explicit.', chain.id, earlier.id, line)
        : l10n.t('This approval chain has the same steps in the same order as the chain on line {0}: merge the two, or make the difference between them explicit.', line);
      ctx.report(span[0], span[1], message, chain.id !== undefined ? { id: chain.id } : undefined);
    }
  },
};
