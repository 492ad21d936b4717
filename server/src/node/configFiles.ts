/**
 * Finds and reads `.tactic-lint.yaml` for a tactic on disk: the nearest one walking up from the
 * tactic's folder wins (no merging). Shared by the `tactic` command and the language server; both
 * hand the result to the pure parser in service/lintConfig.ts. Results are cached per folder and
 * per file until `forget` is called (the server does so when the client reports a change).
 */
import * as l10n from '@vscode/l10n';
import { statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { LINT_CONFIG_FILE_NAMES, parseLintConfig, ParsedLintConfig } from '../service';
import { readTacticFile } from './readTactic';
import { DEFAULT_LINT_CONFIG } from '../service';

export interface ConfigFileResult extends ParsedLintConfig {
  /** Absolute path of the configuration file, or undefined when none applies. */
  path?: string;
  /** Why the file could not be read (then the defaults apply). */
  readError?: string;
}

const NONE: ConfigFileResult = { config: DEFAULT_LINT_CONFIG, problems: [] };

export class LintConfigFiles {
  /** Folder → the configuration file that applies in it (null: none up to the root). */
  private readonly nearest = new Map<string, string | null>();
  private readonly parsed = new Map<string, ConfigFileResult>();
  /** Called with each configuration file when it is read (not when it comes from the cache). */
  onRead: ((result: ConfigFileResult) => void) | undefined;

  /** The configuration that applies to the file at `filePath` (absolute). */
  forFile(filePath: string): ConfigFileResult {
    const path = this.find(dirname(filePath));
    return path ? this.load(path) : NONE;
  }

  /** Reads (or re-reads after `forget`) one configuration file. */
  load(path: string): ConfigFileResult {
    let hit = this.parsed.get(path);
    if (!hit) {
      hit = readConfigFile(path);
      this.parsed.set(path, hit);
      this.onRead?.(hit);
    }
    return hit;
  }

  /** Drops cached results; with a path, only what depends on that configuration file. */
  forget(configPath?: string): void {
    if (!configPath) {
      this.nearest.clear();
      this.parsed.clear();
      return;
    }
    this.parsed.delete(configPath);
    // A created or deleted file changes which file is nearest for its folder and those below.
    const dir = dirname(configPath);
    const below = dir.endsWith(sep) ? dir : dir + sep;
    for (const key of [...this.nearest.keys()]) {
      if (key === dir || key.startsWith(below)) this.nearest.delete(key);
    }
  }

  private find(dir: string): string | null {
    const seen: string[] = [];
    let current = dir;
    let found: string | null = null;
    for (;;) {
      const cached = this.nearest.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(current);
      const here = LINT_CONFIG_FILE_NAMES.map((n) => join(current, n)).find(isFile);
      if (here) {
        found = here;
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const d of seen) this.nearest.set(d, found);
    return found;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export function readConfigFile(path: string): ConfigFileResult {
  // Read like a tactic: regular files only, UTF-8 only, BOM dropped.
  const read = readTacticFile(path);
  if (!read.ok) return { ...NONE, path, readError: l10n.t('cannot read the configuration: {0}', read.message) };
  return { ...parseLintConfig(read.text), path };
}
