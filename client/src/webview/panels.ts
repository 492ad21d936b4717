/** What the extension's webview panels (the preview, the scorecard) share on the VS Code side. */
import * as vscode from 'vscode';
import { currentLanguage } from '../../../server/src/service/light';
import type { PageL10n } from './page';

/**
 * What a panel's webview may do: run its own script, load only the bundled scripts and styles,
 * no command links. Used when a panel is created and again when a restored panel is adopted.
 */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** The file name of a document, for panel titles. */
export function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

/** The display language and VS Code's bundle for it, for a page's script (its plural forms and dynamic text). */
export function pageL10n(): PageL10n {
  return { language: currentLanguage(), bundle: vscode.l10n.bundle ?? {} };
}
