/** `tactic graph FILE [--markdown]`: the Mermaid source of the sales cycle. */
import { resolve } from 'node:path';
import { readTacticFile } from '../node/readTactic';
import type { TacticService } from '../service';
import type { Io } from './io';

export function runGraph(file: string, markdown: boolean, service: TacticService, io: Io): number {
  const read = readTacticFile(resolve(io.cwd, file));
  if (!read.ok) {
    io.stderr(`tactic: ${read.message.replace(resolve(io.cwd, file), file)}\n`);
    return 2;
  }
  void service;
  void markdown;
  io.stderr('tactic: graph is not available yet\n');
  return 2;
}
