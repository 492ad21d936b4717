/** The server's diagram answer as the webview's `update` message (no `vscode` import: tests use it). */
import type { DiagramResult } from '../../../server/src/protocol';
export { mermaidMarkdown as markdownBlock } from '../../../server/src/protocol';
import type { HostMessage } from '../../webview/messages';

export function updateMessage(result: DiagramResult, title: string): Extract<HostMessage, { type: 'update' }> {
  return {
    type: 'update',
    uri: result.uri,
    version: result.version,
    title,
    kind: result.kind,
    mermaid: result.mermaid,
    ok: result.ok,
    problems: result.problems.map((p) => ({
      severity: p.severity,
      message: p.message,
      ...(p.range ? { line: p.range.start.line + 1 } : {}),
    })),
  };
}
