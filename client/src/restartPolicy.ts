/**
 * When to restart a language server that died, and when to tell the user. Pure (no `vscode`), so
 * it is unit-tested; serverHealth.ts wires it into the language client.
 *
 * The server is restarted after each unexpected exit, but at most MAX_RESTARTS times within
 * WINDOW_MS (a server that dies on every start must not spin forever). The user hears about it
 * once per session when the first restart happens, and once more if the client gives up.
 */
export const MAX_RESTARTS = 4;
export const WINDOW_MS = 3 * 60 * 1000;

export type CloseDecision =
  | { restart: true; notify?: 'restarted' }
  | { restart: false; notify: 'gave-up' };

export class RestartPolicy {
  private readonly exits: number[] = [];
  private told = false;

  constructor(private readonly now: () => number = Date.now) {}

  /** The server process exited (not asked to stop). */
  onClosed(): CloseDecision {
    const t = this.now();
    this.exits.push(t);
    while (this.exits.length && t - this.exits[0] > WINDOW_MS) this.exits.shift();
    if (this.exits.length > MAX_RESTARTS) {
      this.exits.length = 0; // a manual restart starts a fresh count
      return { restart: false, notify: 'gave-up' };
    }
    if (this.told) return { restart: true };
    this.told = true;
    return { restart: true, notify: 'restarted' };
  }

  /** Reading or writing the connection failed `count` times in a row: keep going for a while. */
  onError(count: number | undefined): 'continue' | 'shutdown' {
    return count !== undefined && count <= 3 ? 'continue' : 'shutdown';
  }
}
