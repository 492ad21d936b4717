/**
 * `tactic graph FILE [--view KIND]`: the Mermaid source of one view of the tactic (default the
 * sales cycle), exactly what the editor preview draws (service.diagram). When the view cannot be
 * drawn (no `sales_cycle`, broken YAML), the reasons go to stderr with their positions and the
 * exit code is 1.
 */
import * as l10n from '@vscode/l10n';
import { resolve } from 'node:path';
import { readTacticFile } from '../node/readTactic';
import type { DiagramKind, DiagramOptions, TacticService } from '../service';
import { mermaidMarkdown } from '../protocol';
import type { Io } from './io';

export function runGraph(file: string, view: DiagramKind, markdown: boolean, options: DiagramOptions, service: TacticService, io: Io): number {
  const path = resolve(io.cwd, file);
  const read = readTacticFile(path);
  if (!read.ok) {
    io.stderr(`tactic: ${read.message.replace(path, file)}\n`);
    return 2;
  }
  const chart = service.diagram(service.parse(read.text), view, options);
  for (const p of chart.problems) {
    const at = p.range ? `:${p.range.start.line + 1}:${p.range.start.character + 1}` : '';
    io.stderr(`${file}${at} ${p.severity} ${p.message}\n`);
  }
  if (!chart.ok) {
    io.stderr(`tactic: ${cannotDraw(view, file)}\n`);
    return 1;
  }
  const source = chart.mermaid.endsWith('\n') ? chart.mermaid : chart.mermaid + '\n';
  io.stdout(markdown ? mermaidMarkdown(source) : source);
  return 0;
}

/** One whole sentence per view. */
function cannotDraw(view: DiagramKind, file: string): string {
  switch (view) {
    case 'cycle': return l10n.t('the sales cycle of {0} cannot be drawn.', file);
    case 'map': return l10n.t('the account map of {0} cannot be drawn.', file);
    case 'chains': return l10n.t('the approval chains of {0} cannot be drawn.', file);
  }
}
