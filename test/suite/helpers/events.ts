/** Waiting on VS Code events with a generous deadline: the deadline only turns a hang into a failure. */
import type * as vscode from 'vscode';

export const EVENT_TIMEOUT_MS = 60_000;

/**
 * Resolves with the first event for which `accept` returns true. `check` runs once up front, so a
 * condition that already holds does not wait for an event that will never come.
 */
export function waitFor<T, R>(
  event: vscode.Event<T>,
  accept: (e: T | undefined) => R | undefined,
  describe: () => string,
  timeoutMs = EVENT_TIMEOUT_MS,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const now = accept(undefined);
    if (now !== undefined) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`));
    }, timeoutMs);
    const sub = event((e) => {
      const r = accept(e);
      if (r === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
  });
}
