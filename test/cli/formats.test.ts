import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import { RULES } from '../../server/src/service/validation/rules';
import { runCli, tempDir } from '../helpers/cli';
import { ROOT } from '../helpers/service';

/**
 * The official SARIF 2.1.0 schema (sarif-2.1.0-rtm.5.json, draft-04), vendored from the npm
 * package @microsoft/jest-sarif, which ships it in lib/schemas/.
 */
const SARIF_SCHEMA = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-2.1.0-rtm.5.json'), 'utf8'));

function sarifValidator() {
  // unicodeRegExp: false because the official schema's `language` pattern has a stray `]`,
  // which only the non-unicode RegExp syntax accepts.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
  // Not a type guard: the logs stay `any` for the assertions after validation.
  return ajv.compile(SARIF_SCHEMA) as ((data: unknown) => boolean) & { errors?: unknown };
}

interface JsonFinding { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
interface JsonReport { files: Array<{ path: string; config: string | null; diagnostics: JsonFinding[] }>; issues: Array<{ kind: string; path: string | null; message: string; line?: number; column?: number; rule?: string }>; summary: Record<string, number> }

describe('tactic lint --format json', () => {
  let mixed: ReturnType<typeof tempDir>;
  before(() => (mixed = tempDir('mixed')));
  after(() => mixed.dispose());

  it('lists every file with its findings (1-based line/column and the LSP range) and the counts', () => {
    const r = runCli(['lint', '--format', 'json'], mixed.dir);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(report.files.map((f) => [f.path, f.diagnostics.length, f.config]), [['typical.tactic.yaml', 13, null], ['sub/partial.tactic.yml', 2, null]]);
    const ref = report.files[0].diagnostics.find((d) => d.rule === 'unknown-reference')!;
    assert.equal(ref.severity, 'error');
    assert.deepEqual([ref.line, ref.column, ref.endLine, ref.endColumn], [26, 13, 26, 28]);
    assert.deepEqual(ref.range, { start: { line: 25, character: 12 }, end: { line: 25, character: 27 } });
    assert.match(ref.message, /`medical_directr`/);
    assert.deepEqual(report.summary, { files: 2, errors: 2, warnings: 6, information: 7, hints: 0, issues: 0 });
    assert.deepEqual(report.issues, []);
  });

  it('reports unreadable files and configuration problems as issues (exit 2), on stderr too', () => {
    const r = runCli(['lint', '--format', 'json', 'typical.tactic.yaml', 'missing.tactic.yaml'], mixed.dir);
    assert.equal(r.code, 2);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(report.files.length, 1);
    assert.deepEqual(report.issues, [{ kind: 'file', path: 'missing.tactic.yaml', message: 'missing.tactic.yaml: no such file or directory' }]);
    assert.match(r.stderr, /missing\.tactic\.yaml: no such file or directory/);
  });
});

describe('tactic lint --format sarif', () => {
  const validate = sarifValidator();
  let mixed: ReturnType<typeof tempDir>;
  let bad: ReturnType<typeof tempDir>;
  before(() => {
    mixed = tempDir('mixed');
    bad = tempDir('badconfig');
  });
  after(() => {
    mixed.dispose();
    bad.dispose();
  });

  it('is valid SARIF 2.1.0 with rule metadata, levels and 1-based regions', () => {
    const r = runCli(['lint', '--format', 'sarif'], mixed.dir);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    const rules = run.tool.driver.rules as Array<Record<string, any>>;
    assert.deepEqual(rules.map((x) => x.id), RULES.map((x) => x.id));
    for (const rule of rules) {
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text && rule.help.markdown, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    }
    assert.equal(rules.find((x) => x.id === 'stale-review')!.defaultConfiguration.level, 'note');
    assert.equal(rules.find((x) => x.id === 'duplicate-id')!.defaultConfiguration.level, 'error');

    assert.equal(run.results.length, 15);
    const ref = run.results.find((x: any) => x.ruleId === 'unknown-reference');
    assert.equal(ref.level, 'error');
    assert.equal(rules[ref.ruleIndex].id, 'unknown-reference');
    assert.match(ref.message.text, /`medical_directr`/);
    assert.deepEqual(ref.locations[0].physicalLocation, {
      artifactLocation: { uri: 'typical.tactic.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 26, startColumn: 13, endLine: 26, endColumn: 28 },
    });
    assert.equal(run.results.find((x: any) => x.ruleId === 'stale-review').level, 'note');
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(mixed.dir + '/').href);
    assert.equal(run.invocations[0].executionSuccessful, true);
  });

  it('stays valid with configuration problems and unreadable files, as notifications', () => {
    const r = runCli(['lint', '--format', 'sarif', '.', 'gone.tactic.yaml'], bad.dir);
    assert.equal(r.code, 2);
    const log = JSON.parse(r.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const inv = log.runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.deepEqual(inv.toolExecutionNotifications.map((n: any) => [n.message.text, n.locations[0].physicalLocation.artifactLocation.uri]), [['gone.tactic.yaml: no such file or directory', 'gone.tactic.yaml']]);
    assert.equal(inv.toolConfigurationNotifications.length, 3);
    assert.deepEqual(inv.toolConfigurationNotifications[0].locations[0].physicalLocation, {
      artifactLocation: { uri: '.tactic-lint.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 3, endLine: 3, endColumn: 17 },
    });
  });

  it('the validator really rejects broken SARIF', () => {
    const r = JSON.parse(runCli(['lint', '--format', 'sarif'], mixed.dir).stdout);
    r.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(r), false);
    delete r.runs[0].tool.driver.name;
    assert.equal(validate(r), false);
  });

  it('encodes paths as URIs relative to the source root', () => {
    const spaced = tempDir();
    try {
      runCli(['init', 'my deal.tactic.yaml'], spaced.dir);
      const log = JSON.parse(runCli(['lint', '--format', 'sarif'], spaced.dir).stdout);
      assert.ok(validate(log));
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20deal.tactic.yaml');
    } finally {
      spaced.dispose();
    }
  });
});
