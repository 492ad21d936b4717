/**
 * Every handler and timer callback of the server runs through here, so no input can throw (or
 * reject) out of the server: failures are logged and answered with an error or a fallback.
 */
import * as l10n from '@vscode/l10n';
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

export interface Logger {
  error(message: string): void;
}

export function describeError(e: unknown): string {
  return e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
}

/** Runs a request handler; cancellation is honoured, and an exception becomes a ResponseError. */
export async function runSafe<T>(
  log: Logger,
  name: string,
  token: CancellationToken | undefined,
  fn: () => T | Promise<T>,
): Promise<T | ResponseError<void>> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, l10n.t('Request cancelled'));
  try {
    return await fn();
  } catch (e) {
    log.error(`[${name}] failed: ${describeError(e)}`);
    return new ResponseError(ErrorCodes.InternalError, l10n.t('{0} failed: {1}', name, e instanceof Error ? e.message : String(e)));
  }
}

/** Runs a notification handler or timer callback: nothing escapes, failures are logged. */
export function runDetached(log: Logger, name: string, fn: () => unknown): void {
  try {
    const r = fn();
    if (r && typeof (r as Promise<unknown>).then === 'function') {
      (r as Promise<unknown>).then(undefined, (e) => log.error(`[${name}] failed: ${describeError(e)}`));
    }
  } catch (e) {
    log.error(`[${name}] failed: ${describeError(e)}`);
  }
}
