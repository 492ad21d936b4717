/** `tactic init [FILE]`: writes the full template; never overwrites. */
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
    const why = code === 'EEXIST' ? 'it already exists (tactic init never overwrites a file)'
      : code === 'ENOENT' ? 'its folder does not exist'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'EISDIR' ? 'it is a directory'
      : (e as Error).message;
    io.stderr(`tactic: cannot create ${name}: ${why}\n`);
    return 2;
  }
  io.stdout(`Created ${name}: fill in the <placeholders>, then run \`tactic lint ${name}\`.\n`);
  if (!TACTIC_FILE.test(name)) io.stderr(`tactic: note: ${name} does not end in .tactic.yaml, so the editor and \`tactic lint\` will not pick it up by itself.\n`);
  return 0;
}
