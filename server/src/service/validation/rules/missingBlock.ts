import { BLOCK_KEYS } from '../../types';
import { headerAnchor } from './anchor';
import type { Rule } from './rule';

/** What each block is for, in the words of the source article; used in messages. */
export const BLOCK_PURPOSE: Record<string, string> = {
  decision_makers: 'name the decision makers at the client that this tactic targets',
  identification: 'say how you find out who the decision makers are',
  gatekeepers: 'say how to get past the secretary or other gatekeepers',
  positioning: 'say how the manager positions themself with each decision maker',
  discovery_questions: "list the questions that uncover the client's needs",
  advancement_actions: 'list the actions that move the deal forward',
  approval_chains: "describe how the client's approval chain can run",
  objections: 'list the typical objections and how to neutralize them',
  risks: 'list the risks tied to this client',
};

export const missingBlock: Rule = {
  id: 'missing-block',
  defaultSeverity: 'warning',
  description: 'One of the nine tactic blocks is absent.',
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
