/** `tactic init [FILE]`: writes the full template; never overwrites. */
import * as l10n from '@vscode/l10n';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tacticTemplate } from '../service';
import { TACTIC_FILE } from '../node/findTactics';
import type { Io } from './io';

export const DEFAULT_INIT_FILE = 'new.tactic.yaml';

export function runInit(file: string | undefined, io: Io): number {
  const name = file ?? DEFAULT_INIT_FILE;
  const path = resolve(io.cwd, name);
  try {
    // 'wx' fails when the file exists, atomically: no window between a check and the write.
    writeFileSync(path, tacticTemplate(io.now()), { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'EEXIST' ? l10n.t('cannot create {0}: it already exists (tactic init never overwrites a file)', name)
      : code === 'ENOENT' ? l10n.t('cannot create {0}: its folder does not exist', name)
      : code === 'EACCES' || code === 'EPERM' ? l10n.t('cannot create {0}: permission denied', name)
      : code === 'EISDIR' ? l10n.t('cannot create {0}: it is a directory', name)
      : l10n.t('cannot create {0}: {1}', name, (e as Error).message);
    io.stderr(`tactic: ${message}\n`);
    return 2;
  }
  io.stdout(`${l10n.t('Created {0}: fill in the <placeholders>, then run `tactic lint {0}`.', name)}\n`);
  if (!TACTIC_FILE.test(name)) io.stderr(`tactic: ${l10n.t('note: {0} does not end in .tactic.yaml, so the editor and `tactic lint` will not pick it up by itself.', name)}\n`);
  return 0;
}
