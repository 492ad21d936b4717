/** Settings: `tactic.lint.rules` changes apply to open documents without a reload. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, hasCode, waitForDiagnostics } from './helpers/diagnostics';
import { open, repoFile, revertAndCloseAll } from './helpers/documents';

const lint = () => vscode.workspace.getConfiguration('tactic.lint');
// user settings live in the run's fresh user-data dir, so nothing in the repository changes
const setRules = (rules: Record<string, string> | undefined) => lint().update('rules', rules, vscode.ConfigurationTarget.Global);

describe('settings', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await open(repoFile('examples', 'typical-findings.tactic.yaml'));
  });
  afterEach(() => setRules(undefined));
  after(revertAndCloseAll);

  it('turning a rule off removes its findings, turning it back on restores them', async () => {
    await waitForDiagnostics(doc.uri, (ds) => hasCode(ds, 'stale-review'), 'stale-review before the change');
    await setRules({ 'stale-review': 'off' });
    await waitForDiagnostics(doc.uri, (ds) => !hasCode(ds, 'stale-review') && hasCode(ds, 'risk-without-mitigation'),
      'the other findings without stale-review');
    await setRules(undefined);
    await waitForDiagnostics(doc.uri, (ds) => hasCode(ds, 'stale-review'), 'stale-review after turning it back on');
  });

  it('a changed severity applies at once', async () => {
    const severityOf = (ds: readonly vscode.Diagnostic[]) => ds.find((d) => codeOf(d) === 'missing-sales-cycle')?.severity;
    await waitForDiagnostics(doc.uri, (ds) => severityOf(ds) === vscode.DiagnosticSeverity.Warning, 'missing-sales-cycle as a warning');
    await setRules({ 'missing-sales-cycle': 'error' });
    const ds = await waitForDiagnostics(doc.uri, (d) => severityOf(d) === vscode.DiagnosticSeverity.Error, 'missing-sales-cycle as an error');
    assert.equal(ds.find((d) => codeOf(d) === 'risk-without-mitigation')?.severity, vscode.DiagnosticSeverity.Warning);
  });
});
