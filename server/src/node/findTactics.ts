/**
 * Walks a folder for tactic files (`*.tactic.yaml`, `*.tactic.yml`), skipping `node_modules` and
 * `.git`. Symbolic links to folders are not followed, so link cycles cannot trap the walk.
 * Shared by `tactic lint` and the server's Lint Workspace.
 */
import { Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const TACTIC_FILE = /\.tactic\.ya?ml$/i;
export const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface WalkOptions {
  /** Called for folders that cannot be listed; the walk goes on. */
  onError?: (path: string, e: unknown) => void;
  /** Stops the walk early (e.g. a cancelled request). */
  cancelled?: () => boolean;
}

/** Every tactic file below `dir`, sorted per folder. The one place that decides what a tactic file is. */
export function walkFiles(dir: string, opts: WalkOptions = {}): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    if (opts.cancelled?.()) break;
    const current = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (e) {
      opts.onError?.(current, e);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      const p = join(current, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) subdirs.push(p);
      } else if (TACTIC_FILE.test(e.name) && (e.isFile() || (e.isSymbolicLink() && isFileTarget(p)) || !e.isSymbolicLink())) {
        out.push(p);
      }
    }
    // Depth-first in name order: push in reverse so the first folder is walked first.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
  return out;
}

function isFileTarget(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return true; // a dangling link is reported by the reader, with its own message
  }
}
