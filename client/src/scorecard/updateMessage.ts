/** The server's readiness answer as the scorecard's `update` message (no `vscode` import: tests use it). */
import type { ReadinessResult } from '../../../server/src/protocol';
import { COLUMN_ITEM, COVERAGE_COLUMNS, CoverageColumn, ScorecardCell, ScorecardUpdate } from '../../webview/scorecardMessages';

/** Text within what the webview's guard accepts (a tactic's text can be anything). */
function cut(v: unknown, max = 10_000): string {
  const s = typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}

export function scorecardUpdate(result: ReadinessResult, title: string): ScorecardUpdate {
  const r = result.readiness;
  const index = new Map<string, number>();
  r.items.forEach((item, i) => index.set(`${item.id}\u0000${item.subject ?? ''}`, i));
  const rows = r.decisionMakers.map((dm) => {
    const cells = {} as Record<CoverageColumn, ScorecardCell>;
    for (const c of COVERAGE_COLUMNS) {
      const item = index.get(`${COLUMN_ITEM[c]}\u0000${dm.id}`) ?? -1;
      cells[c] = { passed: item >= 0 ? r.items[item].passed : c === 'attitude' ? dm.attitude !== 'unknown' : !!dm[c], item };
    }
    return { id: cut(dm.id), title: cut(dm.title ?? ''), role: cut(dm.role ?? '', 100), attitude: cut(dm.attitude, 100), cells };
  });
  return {
    type: 'update',
    uri: result.uri,
    version: result.version,
    title: cut(title, 1000),
    score: r.score,
    passed: r.passed,
    total: r.total,
    weakestPoint: result.weakestPoint === null ? null : cut(result.weakestPoint),
    ...(r.noScoreReason ? { noScoreReason: cut(r.noScoreReason) } : {}),
    reviewed: result.reviewed,
    reviewAgeDays: result.reviewAgeDays,
    staleReviewDays: result.staleReviewDays,
    rows,
    items: r.items.map((i) => ({ id: i.id, ...(i.subject !== undefined ? { subject: cut(i.subject) } : {}), passed: i.passed, message: cut(i.message), hasRange: !!i.range })),
  };
}
