import { BLOCK_KEYS, BLOCK_PURPOSE } from '../../domain/blocks';
import { headerAnchor } from './anchor';
import type { Rule } from './rule';

export const missingBlock: Rule = {
  id: 'missing-block',
  defaultSeverity: 'warning',
  description: 'One of the nine tactic blocks is absent (one finding per missing block).',
  runsOnBrokenDocument: false,
  check(ctx) {
    if (!ctx.doc.root) return;
    const [start, end] = headerAnchor(ctx.doc);
    for (const key of BLOCK_KEYS) {
      if (ctx.model.blocks.has(key)) continue;
      ctx.report(start, end, `The tactic has no \`${key}\` block: ${BLOCK_PURPOSE[key]}.`, { block: key });
    }
  },
};
