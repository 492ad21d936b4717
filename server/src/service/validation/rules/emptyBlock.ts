import { isSeq, Node } from 'yaml';
import { nodeSpan } from '../../parsing/ast';
import { BLOCK_PURPOSE } from '../../domain/blocks';
import type { Rule } from './rule';

export const emptyBlock: Rule = {
  id: 'empty-block',
  defaultSeverity: 'warning',
  description: 'A block is present but has no entries.',
  runsOnBrokenDocument: true,
  check(ctx) {
    for (const block of ctx.model.blocks.values()) {
      const value = block.pair.value;
      const empty = value === null || value === undefined
        || (isSeq(value) && value.items.length === 0)
        || (!isSeq(value) && (value as { value?: unknown }).value === null);
      if (!empty) continue;
      const span = nodeSpan(block.pair.key as Node);
      if (span) ctx.report(span[0], span[1], `The \`${block.key}\` block is empty: ${BLOCK_PURPOSE[block.key]}.`, { block: block.key });
    }
  },
};
