/** What every view shares besides escaping: syntax problems, the words for the people's roles and attitudes. */
import type { Attitude } from '../model/people';
import type { ParsedTactic } from '../types';
import type { DiagramProblem } from './diagram';

/** YAML errors that make any picture of the text untrustworthy (the preview keeps the last good one). */
export function syntaxProblems(parsed: ParsedTactic): DiagramProblem[] {
  const { doc } = parsed;
  return doc.problems.filter((p) => p.structural).map((p) => ({ severity: 'error', message: p.message, range: doc.lines.range(p.start, p.end) }));
}

export const ROLE_LABEL: Record<string, string> = {
  economic_buyer: 'economic buyer',
  technical_buyer: 'technical buyer',
  user_buyer: 'user buyer',
  coach: 'coach',
  influencer: 'influencer',
};

/** Attitudes in words with a sign, so they read without colour (print, colour-blind readers). */
export const ATTITUDE_LABEL: Record<Attitude, string> = {
  supporter: '+ supporter',
  neutral: '= neutral',
  opponent: '- opponent',
  unknown: '? attitude unknown',
};

/** Fill and border per attitude (also used by the legend); the dash marks "unknown" without colour. */
export const ATTITUDE_CLASS_DEFS: Record<Attitude, string> = {
  supporter: 'fill:#d4f7dc,stroke:#1a7f37,color:#0b3d1a',
  neutral: 'fill:#eef1f5,stroke:#57606a,color:#24292f',
  opponent: 'fill:#ffe0e0,stroke:#cf222e,color:#5c0a0f',
  unknown: 'fill:#ffffff,stroke:#8c959f,color:#24292f,stroke-dasharray:5 3',
};

/** The marker of an economic buyer in a label: the person who signs. */
export const ECONOMIC_BUYER_MARK = '\u2605 economic buyer';

/** The text when it shows something, else undefined (a blank title falls back to the id). */
export function nonBlank(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text : undefined;
}
