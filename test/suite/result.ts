/** Printed when mocha starts: what the workbench logged before it is start-up chatter. */
export const SUITE_START_LINE = '[tactic-e2e] suite starting';
/** The line the suite prints when it ends, so a runner can report counts it cannot see itself. */
export const SUITE_RESULT_PREFIX = '[tactic-e2e-result] ';

/** Where a runner that cannot read the suite's console wants the counts written, if anywhere. */
export const RESULT_FILE_ENV = 'TACTIC_E2E_RESULT_FILE';

export interface SuiteResult {
  passed: number;
  failed: number;
}

export function parseSuiteResult(line: string): SuiteResult | undefined {
  const at = line.indexOf(SUITE_RESULT_PREFIX);
  if (at < 0) return undefined;
  try {
    const r = JSON.parse(line.slice(at + SUITE_RESULT_PREFIX.length)) as Partial<SuiteResult>;
    return typeof r.passed === 'number' && typeof r.failed === 'number' ? { passed: r.passed, failed: r.failed } : undefined;
  } catch {
    return undefined;
  }
}
