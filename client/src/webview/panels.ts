/** What the extension's webview panels (the preview, the scorecard) share on the VS Code side. */
import * as vscode from 'vscode';

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
