/** What every view shares besides escaping: syntax problems, the words for the people's roles and attitudes. */
import * as l10n from '@vscode/l10n';
import type { Attitude } from '../model/people';
import type { ParsedTactic } from '../types';
import type { DiagramProblem } from './diagram';

/** YAML errors that make any picture of the text untrustworthy (the preview keeps the last good one). */
export function syntaxProblems(parsed: ParsedTactic): DiagramProblem[] {
  const { doc } = parsed;
  return doc.problems.filter((p) => p.structural).map((p) => ({ severity: 'error', message: p.message, range: doc.lines.range(p.start, p.end) }));
}

/** A role in words (read when drawn, so in the language spoken then). */
export const ROLE_LABEL: Record<string, string> = {
  get economic_buyer() { return l10n.t('economic buyer'); },
  get technical_buyer() { return l10n.t('technical buyer'); },
  get user_buyer() { return l10n.t('user buyer'); },
  get coach() { return l10n.t('coach'); },
  get influencer() { return l10n.t('influencer'); },
};

/** Attitudes in words with a sign, so they read without colour (print, colour-blind readers). */
export const ATTITUDE_LABEL: Record<Attitude, string> = {
  get supporter() { return l10n.t('+ supporter'); },
  get neutral() { return l10n.t('= neutral'); },
  get opponent() { return l10n.t('- opponent'); },
  get unknown() { return l10n.t('? attitude unknown'); },
};

/** Fill and border per attitude (also used by the legend); the dash marks "unknown" without colour. */
export const ATTITUDE_CLASS_DEFS: Record<Attitude, string> = {
  supporter: 'fill:#d4f7dc,stroke:#1a7f37,color:#0b3d1a',
  neutral: 'fill:#eef1f5,stroke:#57606a,color:#24292f',
  opponent: 'fill:#ffe0e0,stroke:#cf222e,color:#5c0a0f',
  unknown: 'fill:#ffffff,stroke:#8c959f,color:#24292f,stroke-dasharray:5 3',
};

/** The marker of an economic buyer in a label: the person who signs. */
export function economicBuyerMark(): string {
  return l10n.t('★ economic buyer');
}

/** A person's influence in words, when it is one of the format's levels. */
export function influenceLabel(influence: string | undefined): string | undefined {
  switch (influence) {
    case 'high': return l10n.t('influence: high');
    case 'medium': return l10n.t('influence: medium');
    case 'low': return l10n.t('influence: low');
    default: return undefined;
  }
}

/** The text when it shows something, else undefined (a blank title falls back to the id). */
export function nonBlank(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text : undefined;
}
