/** When the tactic was last reviewed, and how many whole days ago (UTC), from its `reviewed` date. */
import type { Node } from 'yaml';
import { getPair, scalarText } from '../parsing/ast';
import type { TacticDocument } from '../parsing/parse';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Review {
  /** The `reviewed` value as written (YYYY-MM-DD). */
  date: string;
  ageDays: number;
  node: Node;
}

/** The review date and age; undefined when `reviewed` is absent or not a YYYY-MM-DD date. */
export function reviewOf(doc: TacticDocument, now: Date): Review | undefined {
  const node = getPair(doc.root, 'reviewed')?.value;
  const text = scalarText(node);
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!m || !node) return undefined;
  const reviewed = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { date: text!, ageDays: Math.floor((today - reviewed) / DAY_MS), node };
}
