/** What a suite run reports: counts for the summary line, and evidence when something failed. */
export interface SuiteOutcome {
  name: string;
  passed: number;
  failed: number;
  /** Why the suite could not run or finish, if it could not. */
  error?: string;
}

export function summaryLine(o: SuiteOutcome): string {
  return `e2e ${o.name}: ${o.passed} passed, ${o.failed} failed${o.error ? ` (${o.error})` : ''}`;
}

export function printFailureEvidence(what: string, log: string, logPath: string, screenshot?: string): void {
  console.log(`\n--- ${what}: code-server log (${logPath}) ---\n${log.trimEnd()}\n--- end of code-server log ---`);
  if (screenshot) console.log(`${what}: screenshot at ${screenshot}`);
}
