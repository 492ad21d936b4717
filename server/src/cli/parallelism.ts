/**
 * How many worker threads a `tactic lint` / `tactic report` run uses. A worker costs a start-up
 * (a thread, the bundle loaded and compiled again, its own JIT warm-up), so small runs stay in
 * this thread: a pool only from MIN_FILES_PER_WORKER files per worker, one worker per core.
 * `TACTIC_WORKERS=N` sets the count whatever the run's size (0 or 1: no pool), for tests and for
 * machines where the core count is not what the run may use (a CI container's CPU quota).
 */
import * as l10n from '@vscode/l10n';
import { availableParallelism } from 'node:os';
import { UsageError } from './args';

/** Measured on 2 cores (see README, Performance): below this a second thread does not pay. */
export const MIN_FILES_PER_WORKER = 24;
const MAX_WORKERS = 64;

/** The count `TACTIC_WORKERS` asks for (undefined: unset, the run's size decides); a bad value is a usage error. */
export function workersWanted(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const wanted = env.TACTIC_WORKERS;
  if (wanted === undefined || wanted === '') return undefined;
  if (!/^\d+$/.test(wanted.trim()) || Number(wanted) > MAX_WORKERS) {
    throw new UsageError(l10n.t('TACTIC_WORKERS must be a number of worker threads from 0 to {0} (0 or 1: none), not `{1}`.', MAX_WORKERS, wanted));
  }
  return Number(wanted);
}

/** Worker threads for `files` files: none (0) unless at least two pay, or as many as `wanted`. */
export function workerCount(files: number, wanted: number | undefined, cores = availableParallelism()): number {
  const n = wanted ?? Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER));
  return n >= 2 ? n : 0;
}
