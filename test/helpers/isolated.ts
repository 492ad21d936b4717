/**
 * Runs a test script in its own Node process, with a heap cap and a stall watchdog, so that a
 * hang, an out-of-memory or a process abort inside the service fails one test with a clear
 * message instead of freezing or killing the test runner. The script reports progress with
 * `beat(label)`; the watchdog fires only when one step takes longer than `stallMs` (a hang, not
 * a slow machine), and then names the last label.
 */
import { fork } from 'node:child_process';

export interface IsolatedOptions {
  /** Longest time one step may take before it counts as a hang. */
  stallMs?: number;
  /** --max-old-space-size of the child: the memory bound the script must live within. */
  maxOldSpaceMb?: number;
  args?: string[];
}

export interface IsolatedResult {
  /** Labels of all beats, in order. */
  beats: string[];
}

export function runIsolated(script: string, opts: IsolatedOptions = {}): Promise<IsolatedResult> {
  const stallMs = opts.stallMs ?? 15_000;
  const child = fork(script, opts.args ?? [], {
    execArgv: ['--import', 'tsx', `--max-old-space-size=${opts.maxOldSpaceMb ?? 1024}`],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const beats: string[] = [];
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${script}: no progress for ${stallMs} ms after "${beats[beats.length - 1] ?? '(start)'}" (a hang)`));
      }, stallMs);
    };
    arm();
    child.on('message', (m: { beat?: string }) => {
      if (typeof m?.beat === 'string') {
        beats.push(m.beat);
        arm();
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ beats });
      else reject(new Error(`${script} exited with ${signal ?? code} after "${beats[beats.length - 1] ?? '(start)'}":\n${output.slice(-4000)}`));
    });
  });
}

/** In the isolated script: report that the step named `label` is starting. */
export function beat(label: string): void {
  process.send?.({ beat: label.length > 300 ? `${label.slice(0, 300)}… (${label.length} chars)` : label });
}
