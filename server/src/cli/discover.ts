/**
 * Which files `tactic lint` checks. Each operand is a file (linted whatever its name), a folder
 * (its tactic files, recursively) or a glob (tactic files matching it). Without operands: every
 * tactic file under the current folder. `node_modules` and `.git` are never walked.
 */
import * as l10n from '@vscode/l10n';
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { walkFiles } from '../node/findTactics';
import { describeFsError } from '../node/readTactic';

export interface Discovery {
  /** Absolute paths, each once, in the order found. */
  files: string[];
  /** Operands that named nothing lintable; each makes the run exit with 2. */
  problems: DiscoveryProblem[];
}

export interface DiscoveryProblem {
  message: string;
  /** The path the problem is about, as the user wrote it (not for globs and empty folders). */
  path?: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

export function discover(patterns: readonly string[], cwd: string): Discovery {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: DiscoveryProblem[] = [];
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      files.push(p);
    }
  };
  const onError = (path: string, e: unknown) => problems.push({ message: l10n.t('cannot list {0}', describeFsError(displayPath(path, cwd), e)), path: displayPath(path, cwd) });

  if (patterns.length === 0) {
    const found = walkFiles(cwd, { onError });
    if (found.length === 0) problems.push({ message: l10n.t('no tactic files (*.tactic.yaml, *.tactic.yml) under {0}', cwd) });
    found.forEach(add);
    return { files, problems };
  }

  for (const pattern of patterns) {
    if (GLOB_CHARS.test(pattern) && !exists(resolve(cwd, pattern))) {
      const found = expandGlob(pattern, cwd, onError);
      if (found.length === 0) problems.push({ message: l10n.t('no tactic files match {0}', pattern) });
      found.forEach(add);
      continue;
    }
    const abs = resolve(cwd, pattern);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (e) {
      problems.push({ message: describeFsError(pattern, e), path: pattern });
      continue;
    }
    if (isDir) {
      const found = walkFiles(abs, { onError });
      if (found.length === 0) problems.push({ message: l10n.t('no tactic files (*.tactic.yaml, *.tactic.yml) under {0}', pattern) });
      found.forEach(add);
    } else {
      add(abs); // an explicitly named file is linted whatever its name; the reader checks it
    }
  }
  return { files, problems };
}

function expandGlob(pattern: string, cwd: string, onError: (path: string, e: unknown) => void): string[] {
  const posix = pattern.split(sep).join('/').replace(/^\.\//, '');
  // Walk only from the part of the pattern before its first glob character.
  const segments = posix.split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = segments.slice(0, firstGlob).join('/') || (posix.startsWith('/') ? '/' : '.');
  const root = resolve(cwd, base);
  if (!exists(root)) return [];
  const absolute = isAbsolute(pattern);
  // walkFiles yields only tactic files, so the glob just narrows them down.
  return walkFiles(root, { onError }).filter((file) => {
    const candidate = absolute ? file.split(sep).join('/') : relative(cwd, file).split(sep).join('/');
    return minimatch(candidate, posix, { dot: true });
  });
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

/** A path as users see it in output: relative to the current folder, with `/`. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (!rel) return '.';
  return rel.split(sep).join('/');
}
