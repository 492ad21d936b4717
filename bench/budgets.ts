/**
 * The budgets of issues 7, 14 and 17 (speed), each a check on the bench results. A budget whose figure
 * could not be measured (a feature not built yet, a peer not installed) is reported as n/a, never
 * as a pass.
 */
import type { BudgetCheck } from './budgetCheck';
import type { BenchResults } from './results';

const check = (row: string, text: string, measured: number | undefined, limit: number | undefined): BudgetCheck => ({
  row, text, measured, limit, pass: measured === undefined || limit === undefined ? undefined : measured <= limit,
});

export function checkBudgets(r: BenchResults): BudgetCheck[] {
  const out: BudgetCheck[] = [];
  const server = (doc: string) => r.servers.find((s) => s.doc === doc);
  const real = server('realistic');
  const big = server('20k lines');

  if (real) {
    const floor = real.floor?.totalMs;
    out.push(check('realistic/edit', '≤ floor + 20 ms', real.tactic?.editMs, floor === undefined ? undefined : floor + 20));
    out.push(check('realistic/completion', '< 10 ms', real.tactic?.completionMs, 10));
    // "at least 5× faster": ours × 5 must not exceed theirs.
    const fiveTimes = (ours?: number) => (ours === undefined ? undefined : ours * 5);
    out.push(check('realistic/open', '≥ 5× faster than yaml-ls', fiveTimes(real.tactic?.openMs), real.yaml?.openMs));
    out.push(check('realistic/edit', '≥ 5× faster than yaml-ls', fiveTimes(real.tactic?.editMs), real.yaml?.editMs));
    out.push(check('realistic/rss', '< 80 MB', real.tactic?.rssMb, 80));
    out.push(check('realistic/open', 'issue 17: ≤ 10 ms', real.tactic?.openMs, 10));
  }
  if (big) {
    out.push(check('20k lines/completion', '< 50 ms', big.tactic?.completionMs, 50));
    out.push(check('20k lines/hover', '< 50 ms', big.tactic?.hoverMs, 50));
    out.push(check('20k lines/pendingCompletion', '< 50 ms', big.tactic?.pendingCompletionMs, 50));
    const floor = big.floor?.totalMs;
    out.push(check('20k lines/edit', '≤ 1.5× floor (aim: below it)', big.tactic?.editMs, floor === undefined ? undefined : floor * 1.5));
    out.push(check('20k lines/open', 'issue 17: ≤ 1.2× the floor', big.tactic?.openMs, floor === undefined ? undefined : floor * 1.2));
    out.push(check('20k lines/edit', 'issue 17: ≥ 5× faster than yaml-ls', big.tactic?.editMs === undefined ? undefined : big.tactic.editMs * 5, big.yaml?.editMs));
  }
  for (const s of r.servers) {
    out.push(check(`${s.doc}/rss`, '≤ ½ yaml-ls', s.tactic?.rssMb, s.yaml?.rssMb === undefined ? undefined : s.yaml.rssMb / 2));
  }
  out.push(check('readiness/realistic', '< 2 ms added to a validation', r.readiness?.readinessMs, 2));
  // "as fast as tactic lint, ± 10 %": report may take at most 1.10 × the time of lint (faster is fine).
  const lintMs = r.lint?.tacticMs;
  out.push(check('lint/report', 'within ± 10 % of tactic lint', r.lint?.reportMs, lintMs === undefined ? undefined : lintMs * 1.1));
  out.push(check('lint/ajv', 'issue 17: ≥ ajv-cli', lintMs, r.lint?.ajvMs));
  out.push(check('export/html', '< 500 ms from the command line, diagrams included', r.export?.htmlMs, 500));
  const fifty = r.preview?.cycles.find((c) => c.stages === 50);
  out.push(check('preview/50', '≤ 300 ms', fifty?.redrawMs, 300));
  const map = r.preview?.views?.find((v) => v.kind === 'map' && v.size === 50);
  out.push(check('preview/map50', '≤ 300 ms', map?.redrawMs, 300));
  const chains = r.preview?.views?.find((v) => v.kind === 'chains' && v.size === 10);
  out.push(check('preview/chains10', '≤ 300 ms', chains?.redrawMs, 300));
  out.push(check('extension/activate', '< 50 ms', r.extension?.loadAndActivateMs, 50));
  out.push(check('extension/host', '< 50 ms', r.extension?.hostActivationMs, 50));
  return out;
}
