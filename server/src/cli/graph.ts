/**
 * `tactic graph FILE`: the Mermaid source of the sales cycle, exactly what the editor preview
 * draws (service.flowchart). When the cycle cannot be drawn (no `sales_cycle`, broken YAML), the
 * reasons go to stderr with their positions and the exit code is 1.
 */
import { resolve } from 'node:path';
import { readTacticFile } from '../node/readTactic';
import type { FlowchartOptions, TacticService } from '../service';
import { mermaidMarkdown } from '../protocol';
import type { Io } from './io';

export function runGraph(file: string, markdown: boolean, options: FlowchartOptions, service: TacticService, io: Io): number {
  const path = resolve(io.cwd, file);
  const read = readTacticFile(path);
  if (!read.ok) {
    io.stderr(`tactic: ${read.message.replace(path, file)}\n`);
    return 2;
  }
  const chart = service.flowchart(service.parse(read.text), options);
  for (const p of chart.problems) {
    const at = p.range ? `:${p.range.start.line + 1}:${p.range.start.character + 1}` : '';
    io.stderr(`${file}${at} ${p.severity} ${p.message}\n`);
  }
  if (!chart.ok) {
    io.stderr(`tactic: the sales cycle of ${file} cannot be drawn.\n`);
    return 1;
  }
  const source = chart.mermaid.endsWith('\n') ? chart.mermaid : chart.mermaid + '\n';
  io.stdout(markdown ? mermaidMarkdown(source) : source);
  return 0;
}
