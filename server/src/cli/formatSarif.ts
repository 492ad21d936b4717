/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. Every rule is described in
 * tool.driver.rules (short and full description, help, default level); each finding is a result
 * with its rule, level, message and a 1-based region (columns in UTF-16 code units, as LSP).
 * Unreadable files and configuration problems become invocation notifications.
 */
import * as l10n from '@vscode/l10n';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../service';
import type { Range, Severity } from '../service';
import type { FileResult, RunIssue } from './lint';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://example.invalid/sales-tactics';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<number, Level> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };
const DEFAULT_LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(files: readonly FileResult[], issues: readonly RunIssue[], rules: readonly Rule[], version: string, cwd: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap((f) => f.diagnostics.map((d) => {
    const id = String(d.code);
    return {
      ruleId: id,
      ...(ruleIndex.has(id) ? { ruleIndex: ruleIndex.get(id)! } : {}),
      level: LEVEL[d.severity ?? 1],
      message: { text: String(d.message) },
      locations: [location(cwd, f.display, d.range)],
    };
  }));
  const notification = (i: RunIssue) => ({
    level: 'error' as const,
    message: { text: i.message },
    ...(i.code ? { descriptor: { id: i.code } } : {}),
    ...(i.file ? { locations: [location(cwd, i.file, i.range)] } : {}),
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'tactic',
          fullName: l10n.t('Sales Tactics linter'),
          version,
          semanticVersion: version,
          informationUri: INFORMATION_URI,
          rules: rules.map((r) => ({
            id: r.id,
            name: pascalCase(r.id),
            shortDescription: { text: plain(r.description) },
            fullDescription: { text: `${plain(r.description)} ${l10n.t('Default severity: {0}.', r.defaultSeverity)}` },
            help: {
              text: `${plain(r.description)} ${l10n.t('Change its severity or turn it off under rules: in .tactic-lint.yaml, or suppress one finding with a "# tactic-lint-disable-next-line {0}" comment on the line above.', r.id)}`,
              markdown: `${r.description}\n\n${l10n.t('Change its severity or turn it off in `.tactic-lint.yaml`:')}\n\n\`\`\`yaml\nrules:\n  ${r.id}: off\n\`\`\`\n\n${l10n.t('or suppress one finding with `# tactic-lint-disable-next-line {0}` on the line above it.', r.id)}`,
            },
            defaultConfiguration: { level: DEFAULT_LEVEL[r.defaultSeverity] },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href } },
      columnKind: 'utf16CodeUnits',
      invocations: [{
        executionSuccessful: !issues.some((i) => i.kind !== 'config'),
        toolExecutionNotifications: issues.filter((i) => i.kind !== 'config').map(notification),
        toolConfigurationNotifications: issues.filter((i) => i.kind === 'config').map(notification),
      }],
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function location(cwd: string, display: string, range: Range | undefined) {
  const inside = !display.startsWith('../') && !display.startsWith('/') && !/^[A-Za-z]:/.test(display);
  const artifactLocation = inside
    ? { uri: display.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
    : { uri: pathToFileURL(resolve(cwd, display)).href };
  return {
    physicalLocation: {
      artifactLocation,
      ...(range ? {
        region: {
          startLine: range.start.line + 1,
          startColumn: range.start.character + 1,
          endLine: range.end.line + 1,
          endColumn: range.end.character + 1,
        },
      } : {}),
    },
  };
}

const pascalCase = (id: string) => id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
const plain = (s: string) => s.replace(/`/g, '');
