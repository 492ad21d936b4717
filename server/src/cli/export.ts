/**
 * `tactic export FILE [--format html|markdown] [-o OUT]`: the tactic as a playbook. Without `-o`
 * (or with `-o -`) it is written to stdout; with it, atomically (never a half-written file). A tactic with errors is
 * exported with a note in the playbook and a warning on stderr; text that is not a tactic is refused.
 */
import * as l10n from '@vscode/l10n';
import { basename, resolve } from 'node:path';
import { playbookScript } from '../node/playbookScript';
import { describeFsError, readTacticFile } from '../node/readTactic';
import { writeFileAtomic } from '../node/writeAtomic';
import type { PlaybookFormat, TacticService } from '../service';
import type { Io } from './io';

export function runExport(file: string, format: PlaybookFormat, out: string | undefined, service: TacticService, io: Io): number {
  const path = resolve(io.cwd, file);
  const read = readTacticFile(path);
  if (!read.ok) {
    io.stderr(`tactic: ${read.message.replace(path, file)}\n`);
    return 2;
  }
  const script = format === 'html' ? playbookScript() : undefined;
  if (format === 'html' && !script) io.stderr(`tactic: ${l10n.t('the diagram renderer (webview/playbook.js) is missing beside the command, so the diagrams are exported as Mermaid source only.')}\n`);
  const result = service.playbook(service.parse(read.text), { format, fallbackTitle: basename(file).replace(/\.tactic\.ya?ml$/i, ''), script });
  if (!result.ok) {
    io.stderr(`tactic: ${file}: ${result.message}\n`);
    return 1;
  }
  if (result.errors) io.stderr(`tactic: ${l10n.t('{0} has errors; the playbook shows what could be read (run `tactic lint {0}` to see them).', file)}\n`);
  if (out === undefined || out === '-') {
    io.stdout(result.text);
    return 0;
  }
  const target = resolve(io.cwd, out);
  try {
    writeFileAtomic(target, result.text);
  } catch (e) {
    io.stderr(`tactic: ${describeFsError(target, e).replace(target, out)}\n`);
    return 2;
  }
  return 0;
}

/** The format an output file's name asks for (`.md`, `.markdown`: Markdown; anything else HTML). */
export function formatForOutput(out: string | undefined): PlaybookFormat {
  return out && /\.(md|markdown)$/i.test(out) ? 'markdown' : 'html';
}
