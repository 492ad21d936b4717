/**
 * The worker side of pool.ts: speaks the language the main thread chose (its bundle is handed over,
 * not read again, so a run speaks one language whatever is on disk), then reads and checks the
 * batches of files it is sent, answering each batch with one message.
 */
import type { MessagePort } from 'node:worker_threads';
import { createTacticService, useLanguage, type L10nBundle, type Language } from '../service';
import { visitTactic, type TacticJob, type Visited } from './lint';
import { visitorFor, type TaskKind } from './tasks';

/** `workerData` of a worker: marks the thread as one and says what to do and in which language. */
export interface WorkerStart {
  tacticWorker: true;
  kind: TaskKind;
  language: Language;
  bundle?: L10nBundle;
}

export interface BatchRequest {
  batch: number;
  jobs: TacticJob[];
}

/** A batch's results in job order, or why the batch failed (the main thread then redoes it itself). */
export type BatchReply = { batch: number; visited: Array<Visited<unknown>> } | { batch: number; failed: string };

export function isWorkerStart(data: unknown): data is WorkerStart {
  return typeof data === 'object' && data !== null && (data as WorkerStart).tacticWorker === true;
}

export function serveWorker(port: MessagePort, start: WorkerStart): void {
  useLanguage(start.language, start.bundle);
  const visit = visitorFor(start.kind, createTacticService({ incremental: false }));
  port.on('message', ({ batch, jobs }: BatchRequest) => {
    let reply: BatchReply;
    try {
      reply = { batch, visited: jobs.map((job) => visitTactic(job, visit)) };
    } catch (e) {
      reply = { batch, failed: e instanceof Error ? e.stack ?? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
