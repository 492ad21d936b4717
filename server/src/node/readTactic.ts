/**
 * Reads a tactic from disk for the `tactic` command and Lint Workspace. Only regular files are
 * opened (a FIFO named `x.tactic.yaml` would block forever). Text that is not UTF-8 is refused
 * with a message rather than linted as garbage; binary content (NUL bytes) is handed on, because
 * the parser reports it as a `yaml-syntax` finding, exactly as the editor shows it. A BOM is
 * dropped, as editors do, so positions match what the editor shows.
 */
import * as l10n from '@vscode/l10n';
import { readFileSync, statSync } from 'node:fs';

/** Files above this are not even read; the parser refuses anything over 2 MB anyway. */
export const MAX_READ_BYTES = 16 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export function readTacticFile(path: string): ReadResult {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, message: l10n.t('{0} is a directory', path) };
    if (!st.isFile()) return { ok: false, message: l10n.t('{0} is not a regular file', path) };
    size = st.size;
  } catch (e) {
    return { ok: false, message: describeFsError(path, e) };
  }
  if (size > MAX_READ_BYTES) {
    return { ok: false, message: l10n.t('{0} is {1} MB; a tactic file is a few KB, so it is not read', path, (size / 1024 / 1024).toFixed(0)) };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, message: describeFsError(path, e) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (!bytes.includes(0)) return { ok: false, message: l10n.t('{0} is not UTF-8 text; save it as UTF-8', path) };
    text = new TextDecoder('utf-8').decode(bytes); // binary: the parser's NUL guard reports it
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

export function describeFsError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return l10n.t('{0}: no such file or directory', path);
    case 'EACCES':
    case 'EPERM': return l10n.t('{0}: permission denied', path);
    case 'EISDIR': return l10n.t('{0} is a directory', path);
    case 'ELOOP': return l10n.t('{0}: too many levels of symbolic links', path);
    default: return `${path}: ${e instanceof Error ? e.message : String(e)}`;
  }
}
