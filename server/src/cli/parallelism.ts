/**
 * How many threads check the files of a `tactic lint` / `tactic report` run: this one, plus a
 * worker per further core (pool.ts). A worker costs a start-up (a thread, the bundle loaded and
 * compiled again, its own JIT warm-up), so small runs stay in this thread: a pool only from
 * MIN_FILES_PER_THREAD files per thread. `TACTIC_THREADS=N` sets the count whatever the run's
 * size (0 or 1: no pool), for tests and for machines where the core count is not what the run may
 * use (a CI container's CPU quota, a machine shared with other jobs).
 */
import * as l10n from '@vscode/l10n';
import { availableParallelism } from 'node:os';
import { UsageError } from './args';

/**
 * Measured on 2 cores (README, Performance): with the fast YAML reader a file takes about 1.4 ms,
 * and a single thread's garbage collector already uses part of the second core, so two threads
 * were slower than one on 1,000 files (1.54 s against 1.37 s) and only 5–10 % faster on 4,000
 * (for about 50 MB more memory). The pool is kept for larger runs and more cores.
 */
export const MIN_FILES_PER_THREAD = 1000;
const MAX_THREADS = 64;

/** The count `TACTIC_THREADS` asks for (undefined: unset, the run's size decides); a bad value is a usage error. */
export function threadsWanted(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const wanted = env.TACTIC_THREADS;
  if (wanted === undefined || wanted === '') return undefined;
  if (!/^\d+$/.test(wanted.trim()) || Number(wanted) > MAX_THREADS) {
    throw new UsageError(l10n.t('TACTIC_THREADS must be a number of threads from 0 to {0} (0 or 1: this one only), not `{1}`.', MAX_THREADS, wanted));
  }
  return Number(wanted);
}

/** Threads for `files` files: 0 (this one only) unless at least two pay, or as many as `wanted`. */
export function threadCount(files: number, wanted: number | undefined, cores = availableParallelism()): number {
  const n = wanted ?? Math.min(cores, Math.floor(files / MIN_FILES_PER_THREAD));
  return n >= 2 ? n : 0;
}
