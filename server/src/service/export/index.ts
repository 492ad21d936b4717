/**
 * Playbook export: the tactic as a brief for people who never open an editor, in HTML (one
 * self-contained printable file) or GitHub-flavoured Markdown. A tactic with errors (wrong types,
 * broken references, missing fields) exports what could be read, with a note saying so; text that
 * is not a tactic, or whose YAML structure is broken, is refused with a reason.
 */
import * as l10n from '@vscode/l10n';
import { buildDiagram } from '../diagram';
import type { Readiness } from '../readiness/readiness';
import type { Diagnostic, ParsedTactic } from '../types';
import { InlineScript, playbookBody, playbookDocument } from './html';
import { playbookMarkdown } from './markdown';
import { buildPlaybook, Playbook } from './playbook';

export const PLAYBOOK_FORMATS = ['html', 'markdown'] as const;
export type PlaybookFormat = (typeof PLAYBOOK_FORMATS)[number];
export type { InlineScript };

export function isPlaybookFormat(value: unknown): value is PlaybookFormat {
  return typeof value === 'string' && (PLAYBOOK_FORMATS as readonly string[]).includes(value);
}

export interface PlaybookOptions {
  format: PlaybookFormat;
  /** The title when the tactic has none: the file's name. */
  fallbackTitle: string;
  /**
   * HTML: the diagram renderer to inline (dist/webview/playbook.js). Without it the file has no
   * script and shows the diagrams as Mermaid source.
   */
  script?: InlineScript;
  /**
   * HTML: only the page's content, for a host that supplies its own page (the Preview Playbook
   * webview, with its own policy and script).
   */
  bodyOnly?: boolean;
}

export type PlaybookResult = { ok: true; text: string; errors: number } | { ok: false; message: string };

export function exportPlaybook(parsed: ParsedTactic, diagnostics: readonly Diagnostic[], readiness: Readiness, options: PlaybookOptions, today: string): PlaybookResult {
  const { doc } = parsed;
  if (!doc.yaml || !doc.root) {
    const why = doc.problems[0]?.message;
    return {
      ok: false,
      message: why
        ? l10n.t('There is no playbook to export: the file is not a tactic. {0}', why)
        : l10n.t('There is no playbook to export: the file is not a tactic (its top level must be a mapping with `tactic:` and the blocks).'),
    };
  }
  if (doc.broken) {
    // A structural YAML error can swallow the rest of the file into one value: no brief from that.
    const first = doc.problems.find((p) => p.structural) ?? doc.problems[0];
    const line = first ? doc.lines.range(first.start, first.end).start.line + 1 : 1;
    return { ok: false, message: l10n.t('There is no playbook to export: the tactic is not valid YAML (line {0}: {1}). Fix it first.', line, first?.message ?? '') };
  }
  const errors = diagnostics.filter((d) => d.severity === 1).length;
  const playbook: Playbook = buildPlaybook({
    value: doc.value,
    fallbackTitle: options.fallbackTitle,
    errorCount: errors,
    readiness,
    diagrams: [buildDiagram(parsed, 'cycle', { showActions: false, showObjections: false }), buildDiagram(parsed, 'map')],
  });
  const text = options.format === 'markdown'
    ? playbookMarkdown(playbook, today)
    : options.bodyOnly
      ? playbookBody(playbook, today)
      : playbookDocument(playbook, today, options.script);
  return { ok: true, text, errors };
}
