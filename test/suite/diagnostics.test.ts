/** Lint findings in the editor: the right codes on the right text, gone once the text is fixed. */
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { codesOf, findingsOf, hasCode, waitForDiagnostics } from './helpers/diagnostics';
import { open, replaceOnce, repoFile, revertAndCloseAll } from './helpers/documents';

describe('diagnostics', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await open(repoFile('examples', 'typical-findings.tactic.yaml'));
  });
  after(revertAndCloseAll);

  it('reports the example’s defects with their rule IDs as codes, on the offending text', async () => {
    const ds = await waitForDiagnostics(doc.uri, (d) => hasCode(d, 'unknown-reference'), 'unknown-reference');
    const codes = new Set(codesOf(ds));
    for (const code of ['stale-review', 'unknown-reference', 'unidentified-decision-maker', 'unpositioned-decision-maker',
      'empty-block', 'objection-without-response', 'risk-without-mitigation', 'missing-sales-cycle']) {
      assert.ok(codes.has(code), `no ${code} finding; got [${[...codes].join(', ')}]`);
    }
    assert.deepEqual(findingsOf(doc, 'unknown-reference'), ['medical_directr', 'trial']);
    assert.deepEqual(findingsOf(doc, 'empty-block'), ['approval_chains']);
  });

  it('drops a finding when the text is fixed, keeping the others', async () => {
    await waitForDiagnostics(doc.uri, (d) => hasCode(d, 'unknown-reference'), 'unknown-reference');
    await replaceOnce(doc, 'medical_directr', 'medical_director');
    await waitForDiagnostics(doc.uri, () => findingsOf(doc, 'unknown-reference').join() === 'trial',
      'only `trial` left as unknown-reference');
    assert.ok(!findingsOf(doc, 'unidentified-decision-maker').includes('medical_director'),
      'medical_director is now found by an identification entry');
    assert.deepEqual(findingsOf(doc, 'risk-without-mitigation').length, 1);
  });
});
