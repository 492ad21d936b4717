/**
 * Entry of the `tactic` command (bundled to dist/cli.js with a shebang). All logic is in cli/;
 * this only connects it to the process. The same bundle is the script of the worker threads that
 * `tactic lint` and `tactic report` start for large runs (cli/pool.ts): one file to ship, and a
 * worker loads nothing the command does not.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { run } from './cli/main';
import { isWorkerStart, serveWorker } from './cli/worker';

if (!isMainThread && isWorkerStart(workerData)) {
  serveWorker(parentPort!, workerData);
} else {
  // Output may go to a pipe its reader closes early (`tactic report --format json | head`): not an
  // error. The rest of the output is dropped, and the command still ends with its own exit code.
  let readerGone = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    readerGone = true;
  });

  run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => {
      if (!readerGone) process.stdout.write(t);
    },
    stdoutBackpressure: () => (process.stdout.writableNeedDrain && !readerGone ? drained(process.stdout) : undefined),
    stderr: (t) => process.stderr.write(t),
    isTty: !!process.stdout.isTTY,
    now: () => new Date(),
    env: process.env,
    workerScript: __filename,
  }).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      process.stderr.write(`tactic: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

/** Resolves once `stream` has drained, or can take nothing more (closed, failed). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) stream.on(event, done);
  });
}
