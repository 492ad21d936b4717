import * as l10n from '@vscode/l10n';
import { isSeq, Node } from 'yaml';
import { nodeSpan } from '../../parsing/ast';
import type { BlockKey } from '../../domain/blocks';
import type { Rule } from './rule';

/** One whole sentence per block: what the empty block should hold (see BLOCK_PURPOSE). */
const MESSAGE: Record<BlockKey, (key: string) => string> = {
  decision_makers: (key) => l10n.t('The `{0}` block is empty: name the decision makers at the client that this tactic targets.', key),
  identification: (key) => l10n.t('The `{0}` block is empty: say how you find out who the decision makers are.', key),
  gatekeepers: (key) => l10n.t('The `{0}` block is empty: say how to get past the secretary or other gatekeepers.', key),
  positioning: (key) => l10n.t('The `{0}` block is empty: say how the manager positions themself with each decision maker.', key),
  discovery_questions: (key) => l10n.t("The `{0}` block is empty: list the questions that uncover the client's needs.", key),
  advancement_actions: (key) => l10n.t('The `{0}` block is empty: list the actions that move the deal forward.', key),
  approval_chains: (key) => l10n.t("The `{0}` block is empty: describe how the client's approval chain can run.", key),
  objections: (key) => l10n.t('The `{0}` block is empty: list the typical objections and how to neutralize them.', key),
  risks: (key) => l10n.t('The `{0}` block is empty: list the risks tied to this client.', key),
};

export const emptyBlock: Rule = {
  id: 'empty-block',
  defaultSeverity: 'warning',
  get description() { return l10n.t('A block is present but has no entries.'); },
  runsOnBrokenDocument: true,
  check(ctx) {
    for (const block of ctx.model.blocks.values()) {
      const value = block.pair.value;
      const empty = value === null || value === undefined
        || (isSeq(value) && value.items.length === 0)
        || (!isSeq(value) && (value as { value?: unknown }).value === null);
      if (!empty) continue;
      const span = nodeSpan(block.pair.key as Node);
      if (span) ctx.report(span[0], span[1], MESSAGE[block.key](block.key), { block: block.key });
    }
  },
};
