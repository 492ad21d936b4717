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
    if (st.size > MAX_READ_BYTES) return { ok: false, message: tooLarge(path, st.size) };
    const read = readAll(fd, st.size);
    if (!read) return { ok: false, message: tooLarge(path, MAX_READ_BYTES + 1) };
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

function tooLarge(path: string, size: number): string {
  return l10n.t('{0} is {1} MB; a tactic file is a few KB, so it is not read', path, (size / 1024 / 1024).toFixed(0));
}

/**
 * The file's bytes, read until the end: its stat's size is only where to start, since a file may
 * grow meanwhile and some files (those under /proc) say 0 bytes yet have content. Undefined when
 * it turns out larger than MAX_READ_BYTES.
 */
function readAll(fd: number, size: number): Buffer | undefined {
  // One byte more than the stat said, so that a file of the size it claims ends in one read call.
  let bytes = Buffer.allocUnsafe(Math.max(size + 1, 4096));
  let read = 0;
  for (;;) {
    if (read === bytes.length) {
      if (read > MAX_READ_BYTES) return undefined;
      const bigger = Buffer.allocUnsafe(Math.min(bytes.length * 2, MAX_READ_BYTES + 1));
      bytes.copy(bigger, 0, 0, read);
      bytes = bigger;
    }
    const n = readSync(fd, bytes, read, bytes.length - read, null);
    if (n === 0) return bytes.subarray(0, read);
    read += n;
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
    // What opening a socket (ENXIO) or, without blocking, some devices (EAGAIN) answers.
    case 'ENXIO':
    case 'EAGAIN':
    case 'EWOULDBLOCK': return l10n.t('{0} is not a regular file', path);
    default: return `${path}: ${e instanceof Error ? e.message : String(e)}`;
  }
}
