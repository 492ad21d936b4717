import * as l10n from '@vscode/l10n';
import { BLOCK_KEYS, BlockKey } from '../../domain/blocks';
import { headerAnchor } from './anchor';
import type { Rule } from './rule';

/** One whole sentence per block: what the missing block would say (see BLOCK_PURPOSE). */
const MESSAGE: Record<BlockKey, (key: string) => string> = {
  decision_makers: (key) => l10n.t('The tactic has no `{0}` block: name the decision makers at the client that this tactic targets.', key),
  identification: (key) => l10n.t('The tactic has no `{0}` block: say how you find out who the decision makers are.', key),
  gatekeepers: (key) => l10n.t('The tactic has no `{0}` block: say how to get past the secretary or other gatekeepers.', key),
  positioning: (key) => l10n.t('The tactic has no `{0}` block: say how the manager positions themself with each decision maker.', key),
  discovery_questions: (key) => l10n.t("The tactic has no `{0}` block: list the questions that uncover the client's needs.", key),
  advancement_actions: (key) => l10n.t('The tactic has no `{0}` block: list the actions that move the deal forward.', key),
  approval_chains: (key) => l10n.t("The tactic has no `{0}` block: describe how the client's approval chain can run.", key),
  objections: (key) => l10n.t('The tactic has no `{0}` block: list the typical objections and how to neutralize them.', key),
  risks: (key) => l10n.t('The tactic has no `{0}` block: list the risks tied to this client.', key),
};

export const missingBlock: Rule = {
  id: 'missing-block',
  defaultSeverity: 'warning',
  get description() { return l10n.t('One of the nine tactic blocks is absent (one finding per missing block).'); },
  runsOnBrokenDocument: false,
  check(ctx) {
    if (!ctx.doc.root) return;
    const [start, end] = headerAnchor(ctx.doc);
    for (const key of BLOCK_KEYS) {
      if (ctx.model.blocks.has(key)) continue;
      ctx.report(start, end, MESSAGE[key](key), { block: key });
    }
  },
};
