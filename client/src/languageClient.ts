/**
 * What the client uses of vscode-languageclient, bundled on its own (dist/languageClient.js) and
 * loaded by loadLanguageClient.ts when the client starts, just after activation. The library and
 * its dependencies are nine tenths of the client's code; keeping them out of dist/extension.js
 * makes activation several times cheaper (README → Performance).
 */
export { CloseAction, ErrorAction, LanguageClient, State, TransportKind, WorkDoneProgress } from 'vscode-languageclient/node';
