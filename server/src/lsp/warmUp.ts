/**
 * A fresh process runs the parser, the schema validator and the rules in V8's slower tiers for
 * their first few dozen calls, so a user's first edits would be validated 3–5× slower than later
 * ones. While the server is idle, this validates a small tactic once per event-loop turn until
 * that code is warm. It never competes with real work: each step is well under a millisecond once
 * warm, and it waits while any document's validation is scheduled or running.
 */
import type { TacticService } from '../service';
import { Logger, runDetached } from './runSafe';

/** A small tactic that exercises the parser, the schema and every rule. */
export const WARM_UP_TEXT = 'tactic: warm-up\nreviewed: 2000-01-01\ndecision_makers:\n  - id: a\n    title: A\nobjections:\n  - objection: o\nrisks: []\nsales_cycle:\n  stages:\n    - id: s\n      name: S\n      next: [x, { to: s, when: w }]\n';

const STEPS = 150;
/** How long to wait before looking again while real work is going on, and how many times. */
const BUSY_RETRY_MS = 100;
const BUSY_RETRIES = 600;

export function warmUpWhileIdle(service: TacticService, busy: () => boolean, log: Logger, steps = STEPS): void {
  let left = steps;
  let waits = 0;
  const step = (): void => {
    if (left <= 0) return;
    if (busy()) {
      // Busy for a minute on end (a validation waiting forever on the client): stop looking.
      if (++waits <= BUSY_RETRIES) setTimeout(step, BUSY_RETRY_MS);
      return;
    }
    left--;
    // A different text each time, so no cache answers instead of the code being warmed.
    runDetached(log, 'warm-up', () => service.validate(`${WARM_UP_TEXT}# ${left}\n`));
    setImmediate(step);
  };
  setImmediate(step);
}
