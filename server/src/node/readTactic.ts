/**
 * Reads a tactic from disk for the `tactic` command and Lint Workspace. Only regular files are
 * read (a FIFO named `x.tactic.yaml` would block forever). Text that is not UTF-8 is refused
 * with a message rather than linted as garbage; binary content (NUL bytes) is handed on, because
 * the parser reports it as a `yaml-syntax` finding, exactly as the editor shows it. A BOM is
 * dropped, as editors do, so positions match what the editor shows.
 */
import * as l10n from '@vscode/l10n';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Files above this are not even read; the parser refuses anything over 2 MB anyway. */
export const MAX_READ_BYTES = 16 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

// One decoder for every file: `fatal` makes it throw on bytes that are not UTF-8.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Opens the file first and asks the open file what it is (one path look-up, not two: a tenth of
 * reading 1,000 tactics). Without blocking, so opening a FIFO returns at once (O_NONBLOCK does not
 * exist on Windows, where there are no FIFOs to open).
 */
export function readTacticFile(path: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, message: describeFsError(path, e) };
  }
  let bytes: Buffer;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, message: l10n.t('{0} is a directory', path) };
    if (!st.isFile()) return { ok: false, message: l10n.t('{0} is not a regular file', path) };
    if (st.size > MAX_READ_BYTES) {
      return { ok: false, message: l10n.t('{0} is {1} MB; a tactic file is a few KB, so it is not read', path, (st.size / 1024 / 1024).toFixed(0)) };
    }
    const read = readAll(fd, st.size);
    if (!read) return { ok: false, message: l10n.t('{0} is larger than {1} MB; a tactic file is a few KB, so it is not read', path, MAX_READ_BYTES / 1024 / 1024) };
    bytes = read;
  } catch (e) {
    return { ok: false, message: describeFsError(path, e) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing to lose: the bytes are read, and the descriptor is gone either way.
    }
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    if (!bytes.includes(0)) return { ok: false, message: l10n.t('{0} is not UTF-8 text; save it as UTF-8', path) };
    text = new TextDecoder('utf-8').decode(bytes); // binary: the parser's NUL guard reports it
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/**
 * The file's bytes, as readFileSync reads them: `size` bytes (fewer if the file shrank meanwhile),
 * or, when the stat says 0 bytes, whatever is there until the end, since some files (those under
 * /proc) have content their stat does not count. Undefined when that is more than MAX_READ_BYTES.
 */
function readAll(fd: number, size: number): Buffer | undefined {
  if (size === 0) return readToEnd(fd);
  const bytes = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, bytes, read, size - read, null);
    if (n === 0) break;
    read += n;
  }
  return read < size ? bytes.subarray(0, read) : bytes;
}

function readToEnd(fd: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > MAX_READ_BYTES) return undefined;
  }
}

export function describeFsError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return l10n.t('{0}: no such file or directory', path);
    case 'EACCES':
    case 'EPERM': return l10n.t('{0}: permission denied', path);
    case 'EISDIR': return l10n.t('{0} is a directory', path);
    case 'ELOOP': return l10n.t('{0}: too many levels of symbolic links', path);
    case 'ENXIO': return l10n.t('{0} is not a regular file', path); // what opening a socket answers
    default: return `${path}: ${e instanceof Error ? e.message : String(e)}`;
  }
}
