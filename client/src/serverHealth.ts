/**
 * The language client's error handler: restart a crashed server within bounds (restartPolicy.ts)
 * and tell the user in one calm message, with the Output panel one click away.
 */
import * as vscode from 'vscode';
import type { CloseHandlerResult, ErrorHandler, ErrorHandlerResult } from 'vscode-languageclient/node';
import { languageClientLibrary } from './loadLanguageClient';
import { MAX_RESTARTS, RestartPolicy, WINDOW_MS } from './restartPolicy';

export function serverErrorHandler(output: vscode.LogOutputChannel, policy = new RestartPolicy()): ErrorHandler {
  const tell = (message: string) => {
    output.warn(message);
    const showOutput = vscode.l10n.t('Show Output');
    void vscode.window.showWarningMessage(message, showOutput).then((choice) => {
      if (choice === showOutput) output.show(true);
    });
  };
  return {
    // Called by a running client, so the library is loaded.
    error(_error, _message, count): ErrorHandlerResult {
      const { ErrorAction } = languageClientLibrary();
      return { action: policy.onError(count) === 'continue' ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    },
    closed(): CloseHandlerResult {
      const { CloseAction } = languageClientLibrary();
      const decision = policy.onClosed();
      if (decision.notify === 'restarted') {
        tell(vscode.l10n.t('The Sales Tactics language server stopped unexpectedly and was restarted. Details are in the Output panel.'));
      } else if (decision.notify === 'gave-up') {
        tell(vscode.l10n.t('The Sales Tactics language server stopped {0} times within {1} minutes, so it is not restarted again. Run "Sales Tactics: Restart Language Server" to try again.', MAX_RESTARTS + 1, WINDOW_MS / 60_000));
      } else {
        output.warn(vscode.l10n.t('The Sales Tactics language server stopped unexpectedly and was restarted.'));
      }
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };
}

/** Initialization failed (e.g. the server crashed while starting): log it, do not retry in a loop. */
export function initializationFailed(output: vscode.LogOutputChannel): (error: unknown) => boolean {
  return (error) => {
    output.error(vscode.l10n.t('The Sales Tactics language server failed to start: {0}', error instanceof Error ? error.message : String(error)));
    return false;
  };
}
