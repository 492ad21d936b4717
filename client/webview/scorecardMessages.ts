/**
 * Messages between the extension and the readiness scorecard's webview. Neither side trusts the
 * other: every message goes through a `read…` guard, which returns undefined for anything
 * malformed. Every text in an update comes from the user's tactic; the webview only ever shows it
 * as text (textContent), never as markup. No DOM and no `vscode` here.
 */

/** The matrix's columns: what each decision maker needs, in the format's order. */
export const COVERAGE_COLUMNS = ['identified', 'positioned', 'questioned', 'reached', 'attitude'] as const;
export type CoverageColumn = (typeof COVERAGE_COLUMNS)[number];

/** The readiness item behind each column. */
export const COLUMN_ITEM: Record<CoverageColumn, string> = {
  identified: 'decision-maker-identified',
  positioned: 'decision-maker-positioned',
  questioned: 'decision-maker-questioned',
  reached: 'decision-maker-reached',
  attitude: 'decision-maker-attitude-known',
};

export interface ScorecardCell {
  passed: boolean;
  /** Index of the item in `items` (its reason and place); -1 when there is none. */
  item: number;
}

export interface ScorecardRow {
  id: string;
  title: string;
  role: string;
  attitude: string;
  cells: Record<CoverageColumn, ScorecardCell>;
}

export interface ScorecardItem {
  id: string;
  subject?: string;
  passed: boolean;
  message: string;
  /** True when the item has a place in the text to select. */
  hasRange: boolean;
}

export interface ScorecardUpdate {
  type: 'update';
  uri: string;
  /** Document version the readiness was computed from (older updates are ignored). */
  version: number;
  /** Short name of the document. */
  title: string;
  score: number | null;
  passed: number;
  total: number;
  weakestPoint: string | null;
  noScoreReason?: string;
  reviewed: string | null;
  reviewAgeDays: number | null;
  staleReviewDays: number;
  rows: ScorecardRow[];
  items: ScorecardItem[];
}

/** Extension → webview. */
export type ScorecardHostMessage = ScorecardUpdate | { type: 'notice'; message: string };

/** Webview → extension. */
export type ScorecardWebviewMessage =
  | { type: 'ready' }
  /** Select the place of item `item` (an index into the last update's items) in the editor. */
  | { type: 'reveal'; item: number; version: number }
  /** The Mark as Reviewed button. */
  | { type: 'markReviewed' }
  /** The webview drew an update (tests and status). */
  | { type: 'rendered'; version: number };

export const MAX_ROWS = 5_000;
export const MAX_ITEMS = 50_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isIndex = (v: unknown, length: number): v is number => isInt(v) && v >= -1 && v < length;
const orNull = <T>(v: unknown, ok: (v: unknown) => v is T): v is T | null => v === null || ok(v);

function readItem(v: unknown): ScorecardItem | undefined {
  if (!isObj(v) || !isStr(v.id, 100) || typeof v.passed !== 'boolean' || !isStr(v.message) || typeof v.hasRange !== 'boolean') return undefined;
  if (v.subject !== undefined && !isStr(v.subject)) return undefined;
  return { id: v.id, ...(v.subject !== undefined ? { subject: v.subject as string } : {}), passed: v.passed, message: v.message, hasRange: v.hasRange };
}

function readRow(v: unknown, items: number): ScorecardRow | undefined {
  if (!isObj(v) || !isStr(v.id) || !isStr(v.title) || !isStr(v.role, 100) || !isStr(v.attitude, 100) || !isObj(v.cells)) return undefined;
  const cells = {} as Record<CoverageColumn, ScorecardCell>;
  for (const c of COVERAGE_COLUMNS) {
    const cell = v.cells[c];
    if (!isObj(cell) || typeof cell.passed !== 'boolean' || !isIndex(cell.item, items)) return undefined;
    cells[c] = { passed: cell.passed, item: cell.item };
  }
  return { id: v.id, title: v.title, role: v.role, attitude: v.attitude, cells };
}

export function readScorecardHostMessage(v: unknown): ScorecardHostMessage | undefined {
  if (!isObj(v)) return undefined;
  if (v.type === 'notice') return isStr(v.message) ? { type: 'notice', message: v.message } : undefined;
  if (v.type !== 'update') return undefined;
  if (!isStr(v.uri) || !isInt(v.version) || !isStr(v.title, 1000) || !orNull(v.score, isInt) || (v.score !== null && ((v.score as number) < 0 || (v.score as number) > 100))) return undefined;
  if (!isInt(v.passed) || !isInt(v.total) || !orNull(v.weakestPoint, isStr) || (v.noScoreReason !== undefined && !isStr(v.noScoreReason))) return undefined;
  if (!orNull(v.reviewed, (x): x is string => isStr(x, 100)) || !orNull(v.reviewAgeDays, isInt) || !isInt(v.staleReviewDays)) return undefined;
  if (!Array.isArray(v.items) || v.items.length > MAX_ITEMS || !Array.isArray(v.rows) || v.rows.length > MAX_ROWS) return undefined;
  const items = v.items.map(readItem);
  if (items.some((i) => !i)) return undefined;
  const rows = v.rows.map((r) => readRow(r, items.length));
  if (rows.some((r) => !r)) return undefined;
  return {
    type: 'update', uri: v.uri, version: v.version, title: v.title, score: v.score as number | null, passed: v.passed, total: v.total,
    weakestPoint: v.weakestPoint as string | null, ...(v.noScoreReason !== undefined ? { noScoreReason: v.noScoreReason as string } : {}),
    reviewed: v.reviewed as string | null, reviewAgeDays: v.reviewAgeDays as number | null, staleReviewDays: v.staleReviewDays,
    rows: rows as ScorecardRow[], items: items as ScorecardItem[],
  };
}

export function readScorecardWebviewMessage(v: unknown): ScorecardWebviewMessage | undefined {
  if (!isObj(v)) return undefined;
  switch (v.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      return isInt(v.item) && v.item >= 0 && v.item < MAX_ITEMS && isInt(v.version) ? { type: 'reveal', item: v.item, version: v.version } : undefined;
    case 'markReviewed':
      return { type: 'markReviewed' };
    case 'rendered':
      return isInt(v.version) ? { type: 'rendered', version: v.version } : undefined;
    default:
      return undefined;
  }
}

/** What the webview keeps across reloads: the document it shows. */
export function readScorecardState(v: unknown): { uri: string } | undefined {
  return isObj(v) && isStr(v.uri) ? { uri: v.uri } : undefined;
}
