/** Plain-text tables for the terminal: left-aligned text columns, right-aligned figures. */
export type Cell = string | number | undefined;

export interface Table {
  title: string;
  head: string[];
  /** Which columns hold figures (right-aligned). */
  numeric: boolean[];
  rows: Cell[][];
  notes?: string[];
}

export function fmtMs(ms: number | undefined): string {
  if (ms === undefined) return 'n/a';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

export function fmtMb(mb: number | undefined): string {
  return mb === undefined ? 'n/a' : `${mb.toFixed(0)} MB`;
}

/** How many times faster (or smaller) `ours` is than `theirs`: 3.2× means a third of the time. */
export function fmtRatio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined || ours <= 0) return '';
  return `${(theirs / ours).toFixed(1)}×`;
}

export function renderTable(t: Table): string {
  const cells = [t.head, ...t.rows.map((r) => r.map((c) => (c === undefined ? '' : String(c))))];
  const widths = t.head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (t.numeric[i] ? (c ?? '').padStart(widths[i]) : (c ?? '').padEnd(widths[i]))).join('  ').trimEnd();
  const out = [t.title, line(t.head), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of cells.slice(1)) out.push(line(r));
  for (const n of t.notes ?? []) out.push(`  note: ${n}`);
  return out.join('\n');
}
