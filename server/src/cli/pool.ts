/**
 * Checks a run's files on several threads: this one and `threads - 1` workers. The files are cut
 * into small batches handed out as threads finish (a tactic twice the size of the others does not
 * hold one thread up), and each result is handed on with its file's index as it comes in
 * (InFileOrder in lint.ts puts them back in file order). This thread takes its share between two
 * messages: it has the bundle loaded already, and a worker less is one start-up (and one JIT
 * warm-up) less.
 *
 * A worker that fails (a batch that throws, a crash, an exit) costs no file: the pool stops and this
 * thread checks every file it has no result for, so what the run prints is what a run without the
 * pool prints (an error that is the file's own is then thrown here, as it would have been anyway).
 */
import { Worker } from 'node:worker_threads';
import type { TacticJob, Visited } from './lint';
import type { BatchReply, BatchRequest, WorkerStart } from './worker';

/** Batches kept queued per worker, so a worker never waits for the main thread between two. */
const IN_FLIGHT = 2;

/**
 * Visits every job once, in this thread or a worker; `onVisited` gets each result exactly once.
 * While `ready` returns a promise (the results' reader is behind), no new batch is started. An
 * error thrown by `onVisited` stops the pool and is thrown from here.
 */
export async function visitInPool<R>(
  script: string, threads: number, start: Omit<WorkerStart, 'tacticWorker'>, jobs: readonly TacticJob[], inThread: (index: number) => Visited<R>,
  onVisited: (index: number, visited: Visited<R>) => void, ready: () => Promise<void> | undefined = () => undefined,
): Promise<void> {
  const size = batchSize(jobs.length, threads);
  const batches: number[][] = [];
  for (let i = 0; i < jobs.length; i += size) batches.push(range(i, Math.min(jobs.length, i + size)));
  const done = new Uint8Array(jobs.length);
  let failure: { error: unknown } | undefined;

  if (batches.length) await new Promise<void>((resolve) => {
    const pool: Worker[] = [];
    let next = 0;
    let batchesDone = 0;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      resolve();
    };
    /** Hands one result on; false when that failed and the pool is stopping. */
    const deliver = (i: number, v: Visited<R>): boolean => {
      done[i] = 1;
      try {
        onVisited(i, v);
        return true;
      } catch (error) {
        failure ??= { error };
        finish();
        return false;
      }
    };
    const send = (w: Worker) => {
      if (settled || next >= batches.length) return;
      const batch = next++;
      const request: BatchRequest = { batch, jobs: batches[batch].map((i) => jobs[i]) };
      try {
        w.postMessage(request);
      } catch {
        finish(); // a job that cannot be sent: this thread checks it below, like any unanswered one
      }
    };
    // This thread's share, a batch at a time, letting the workers' answers in between.
    const work = () => {
      if (settled || next >= batches.length) return;
      const behind = ready();
      if (behind) return void behind.then(work);
      const batch = next++;
      for (const i of batches[batch]) {
        let v: Visited<R>;
        try {
          v = inThread(i);
        } catch {
          return finish(); // checked again below, where the error is thrown as without the pool
        }
        if (!deliver(i, v)) return;
      }
      if (++batchesDone === batches.length) return finish();
      setImmediate(work);
    };
    for (let k = 0; k < Math.min(threads - 1, batches.length) && !settled; k++) {
      let w: Worker;
      try {
        w = new Worker(script, {
          workerData: { ...start, tacticWorker: true } satisfies WorkerStart,
        });
      } catch {
        return finish();
      }
      pool.push(w);
      w.on('message', (reply: BatchReply) => {
        if (settled) return;
        if ('failed' in reply) return finish();
        const indexes = batches[reply.batch];
        for (let j = 0; j < indexes.length; j++) if (!deliver(indexes[j], reply.visited[j] as Visited<R>)) return;
        if (++batchesDone === batches.length) return finish();
        const behind = ready();
        if (behind) void behind.then(() => send(w));
        else send(w);
      });
      // Any of these before the last batch is answered: give up on the pool (see above).
      w.on('error', finish);
      w.on('messageerror', finish);
      w.on('exit', finish);
      for (let q = 0; q < IN_FLIGHT; q++) send(w);
    }
    setImmediate(work);
  });

  if (failure) throw failure.error;
  // Whatever no worker answered (all of it, had no worker started) is checked here.
  for (let i = 0; i < jobs.length; i++) {
    if (done[i]) continue;
    done[i] = 1;
    onVisited(i, inThread(i));
  }
}

/** About eight batches per thread, each of 1–16 files: small enough to even out, big enough to amortise a message. */
function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(16, Math.ceil(files / (threads * 8))));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
