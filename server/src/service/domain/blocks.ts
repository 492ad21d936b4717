/** The one place that knows what a tactic is made of: its nine blocks, their purposes and the header keys. */
import * as l10n from '@vscode/l10n';

/** The nine blocks of a tactic, in the order of the format. */
export const BLOCK_KEYS = [
  'decision_makers',
  'identification',
  'gatekeepers',
  'positioning',
  'discovery_questions',
  'advancement_actions',
  'approval_chains',
  'objections',
  'risks',
] as const;
export type BlockKey = (typeof BLOCK_KEYS)[number];

export const HEADER_KEYS = ['tactic', 'account', 'product', 'owner', 'reviewed', 'description'] as const;

/**
 * What each block is for, in the words of the source article; shown on hover. The findings
 * about a missing or empty block say the same in one whole sentence per block (missingBlock.ts,
 * emptyBlock.ts), which a test keeps in step with this.
 */
export const BLOCK_PURPOSE: Record<BlockKey, string> = {
  get decision_makers() { return l10n.t('name the decision makers at the client that this tactic targets'); },
  get identification() { return l10n.t('say how you find out who the decision makers are'); },
  get gatekeepers() { return l10n.t('say how to get past the secretary or other gatekeepers'); },
  get positioning() { return l10n.t('say how the manager positions themself with each decision maker'); },
  get discovery_questions() { return l10n.t("list the questions that uncover the client's needs"); },
  get advancement_actions() { return l10n.t('list the actions that move the deal forward'); },
  get approval_chains() { return l10n.t("describe how the client's approval chain can run"); },
  get objections() { return l10n.t('list the typical objections and how to neutralize them'); },
  get risks() { return l10n.t('list the risks tied to this client'); },
};

export function isBlockKey(key: string): key is BlockKey {
  return (BLOCK_KEYS as readonly string[]).includes(key);
}
