/**
 * Lint configuration per document: the nearest `.tactic-lint.yaml` (node/configFiles.ts), with
 * VS Code's `tactic.lint.*` settings from `workspace/configuration` on top. Settings override only
 * what the user set: `rules` defaults to `{}` and `staleReviewDays` to null, so a default value
 * never turns back on a rule the file turned off. Cached until settings or files change.
 */
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { LintConfigFiles } from '../node/configFiles';
import { DEFAULT_LINT_CONFIG, LintConfig } from '../service';
import { applyLintSettings } from '../service';

/** The `tactic.lint` section as VS Code sends it. */
export interface LintSettings {
  rules?: Record<string, unknown>;
  staleReviewDays?: unknown;
}

export class ConfigStore {
  private readonly cache = new Map<string, Promise<LintSettings | null>>();
  /** Set from the client's capabilities; without it, defaults apply. */
  supportsConfiguration = false;

  constructor(private readonly connection: Connection, readonly files: LintConfigFiles = new LintConfigFiles()) {}

  /** Whether settingsFor(uri) answers without asking the client. */
  hasSettingsFor(uri: string): boolean {
    return !this.supportsConfiguration || this.cache.has(uri);
  }

  async settingsFor(uri: string): Promise<LintSettings | null> {
    if (!this.supportsConfiguration) return null;
    let p: Promise<LintSettings | null> | undefined = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'tactic.lint' })
        .then((s: unknown) => (s && typeof s === 'object' ? (s as LintSettings) : null), () => null);
      this.cache.set(uri, p);
    }
    return p;
  }

  async lintConfigFor(uri: string): Promise<LintConfig> {
    // Settings are user input too: applyLintSettings ignores unknown rules and bad values.
    return applyLintSettings(await this.settingsFor(uri), this.fileConfigFor(uri));
  }

  /** The `.tactic-lint.yaml` configuration for a document on disk (defaults for other schemes). */
  fileConfigFor(uri: string): LintConfig {
    const path = fsPathOf(uri);
    if (!path) return DEFAULT_LINT_CONFIG;
    return this.files.forFile(path).config;
  }

  private readonly fileListeners: Array<() => void> = [];

  /** Runs `listener` whenever a `.tactic-lint.yaml` changes (after the caches are cleared). */
  onDidChangeFiles(listener: () => void): void {
    this.fileListeners.push(listener);
  }

  notifyFilesChanged(): void {
    for (const l of this.fileListeners) l();
  }

  forget(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }
}

/** The file system path of a `file:` URI, or undefined for other schemes and malformed URIs. */
export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
