/**
 * `tactic lint`: reads each file, finds its `.tactic-lint.yaml`, and runs the same service call the
 * language server makes. Problems that are not findings (unreadable files, broken configuration)
 * are collected as run issues: they make the exit code 2 but never stop the other files.
 */
import type { TacticService } from '../service';
import type { Diagnostic, LintConfig, Range } from '../service';
import { countBySeverity, SeverityCounts } from '../service';
import { LintConfigFiles } from '../node/configFiles';
import { readTacticFile } from '../node/readTactic';
import { displayPath } from './discover';

export interface FileResult {
  /** Absolute path. */
  path: string;
  /** Relative to the current folder, with `/`. */
  display: string;
  diagnostics: Diagnostic[];
  /** The `.tactic-lint.yaml` that applied (display form), if any. */
  config?: string;
}

export interface RunIssue {
  message: string;
  /** The file the issue is about (display form), and where in it when known. */
  file?: string;
  range?: Range;
  /** `yaml-syntax` / `schema` for configuration problems. */
  code?: string;
  kind: 'file' | 'config' | 'usage';
}

export interface LintRun {
  files: FileResult[];
  issues: RunIssue[];
}

/** A tactic file as read for a command: its text and the configuration that applies to it. */
export interface ReadTactic {
  path: string;
  display: string;
  text: string;
  config: LintConfig;
  /** The `.tactic-lint.yaml` that applied (display form), if any. */
  configDisplay?: string;
}

/**
 * Reads each file and finds its `.tactic-lint.yaml` (as `tactic lint` and `tactic report` do):
 * unreadable files and each broken configuration (once) become run issues, the rest is visited.
 */
export function forEachTactic(paths: readonly string[], cwd: string, issues: RunIssue[], visit: (t: ReadTactic) => void, configs = new LintConfigFiles()): void {
  const reportedConfigs = new Set<string>();
  for (const path of paths) {
    const display = displayPath(path, cwd);
    const read = readTacticFile(path);
    if (!read.ok) {
      issues.push({ kind: 'file', file: display, message: read.message.replace(path, display) });
      continue;
    }
    const cfg = configs.forFile(path);
    const cfgDisplay = cfg.path ? displayPath(cfg.path, cwd) : undefined;
    if (cfg.path && !reportedConfigs.has(cfg.path)) {
      reportedConfigs.add(cfg.path);
      if (cfg.readError) issues.push({ kind: 'config', file: cfgDisplay, message: cfg.readError.replace(cfg.path, cfgDisplay!) });
      for (const p of cfg.problems) issues.push({ kind: 'config', file: cfgDisplay, range: p.range, code: p.code, message: p.message });
    }
    visit({ path, display, text: read.text, config: cfg.config, configDisplay: cfgDisplay });
  }
}

export function lintFiles(paths: readonly string[], cwd: string, service: TacticService, configs = new LintConfigFiles()): LintRun {
  const files: FileResult[] = [];
  const issues: RunIssue[] = [];
  forEachTactic(paths, cwd, issues, (t) => {
    files.push({ path: t.path, display: t.display, diagnostics: service.validate(t.text, t.config), config: t.configDisplay });
  }, configs);
  return { files, issues };
}

export type Counts = SeverityCounts;

export function countFindings(files: readonly FileResult[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const f of files) countBySeverity(f.diagnostics, c);
  return c;
}

/** `--quiet`: errors only. */
export function errorsOnly(files: readonly FileResult[]): FileResult[] {
  return files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 1) }));
}

export const SEVERITY_NAME: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
