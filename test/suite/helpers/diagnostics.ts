/** Diagnostics as the editor shows them, and waiting for them to change. */
import * as vscode from 'vscode';
import { waitFor } from './events';

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return String(typeof c === 'object' && c !== null ? c.value : c);
}

export function codesOf(ds: readonly vscode.Diagnostic[]): string[] {
  return ds.map(codeOf).sort();
}

/** The findings of rule `code`, each with the exact text its range covers. */
export function findingsOf(doc: vscode.TextDocument, code: string): string[] {
  return vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === code).map((d) => doc.getText(d.range)).sort();
}

/** Resolves with the document's diagnostics once `accept` holds for them (now or after a change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  const current = () => vscode.languages.getDiagnostics(uri);
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => {
      if (e && !e.uris.some((u) => u.toString() === key)) return undefined;
      const ds = current();
      return accept(ds) ? ds : undefined;
    },
    () => `${what} on ${uri.path}; current codes: [${codesOf(current()).join(', ')}]`,
  );
}

export const hasCode = (ds: readonly vscode.Diagnostic[], code: string): boolean => ds.some((d) => codeOf(d) === code);
