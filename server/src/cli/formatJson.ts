/**
 * `--format json`: every linted file with its findings, the run issues and the counts. Each finding
 * has 1-based `line`/`column` (end exclusive) for people and the LSP `range` for tools.
 */
import { countFindings, FileResult, RunIssue, SEVERITY_NAME } from './lint';

export function formatJson(files: readonly FileResult[], issues: readonly RunIssue[], version: string): string {
  const out = {
    tool: { name: 'tactic', version },
    files: files.map((f) => ({
      path: f.display,
      config: f.config ?? null,
      diagnostics: f.diagnostics.map((d) => ({
        rule: String(d.code),
        severity: SEVERITY_NAME[d.severity ?? 1],
        message: String(d.message),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        range: d.range,
      })),
    })),
    issues: issues.map((i) => ({
      kind: i.kind,
      path: i.file ?? null,
      message: i.message,
      ...(i.code ? { rule: i.code } : {}),
      ...(i.range ? { line: i.range.start.line + 1, column: i.range.start.character + 1, range: i.range } : {}),
    })),
    summary: { files: files.length, ...countFindings(files), issues: issues.length },
  };
  return JSON.stringify(out, null, 2) + '\n';
}
