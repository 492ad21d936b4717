/**
 * `tactic lint`: reads each file, finds its `.tactic-lint.yaml`, and runs the same service call the
 * language server makes. Problems that are not findings (unreadable files, broken configuration)
 * are collected as run issues: they make the exit code 2 but never stop the other files.
 */
import type { TacticService } from '../service';
import type { Diagnostic, LintConfig, Range } from '../service';
import { countBySeverity, SeverityCounts } from '../service';
import { LintConfigFiles, type ConfigFileResult } from '../node/configFiles';
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

/** A tactic file as read for a command: its text and the configuration that applies to it. */
export interface ReadTactic {
  path: string;
  display: string;
  text: string;
  config: LintConfig;
  /** The `.tactic-lint.yaml` that applied (display form), if any. */
  configDisplay?: string;
}

/** A file of a run before it is read: plain data, so it can be handed to a worker thread. */
export type TacticJob = Omit<ReadTactic, 'text'>;

/** What reading and visiting one file gave: the visit's value, or why the file could not be read. */
export type Visited<R> = { ok: true; value: R } | { ok: false; message: string };

/** A run's files in order, each with its configuration; `configFile` stays in this thread. */
export interface PlannedTactic {
  job: TacticJob;
  configFile: ConfigFileResult;
}

/**
 * Looks up each file's `.tactic-lint.yaml` before any file is read, so the reading can be spread
 * over threads; `LintConfigFiles` caches per folder, so 1,000 files in 10 folders cost 10 look-ups.
 */
export function planTactics(paths: readonly string[], cwd: string, configs = new LintConfigFiles()): PlannedTactic[] {
  return paths.map((path) => {
    const configFile = configs.forFile(path);
    const job: TacticJob = { path, display: displayPath(path, cwd), config: configFile.config };
    if (configFile.path) job.configDisplay = displayPath(configFile.path, cwd);
    return { job, configFile };
  });
}

/** Reads one file and visits it (in this thread or in a worker). */
export function visitTactic<R>(job: TacticJob, visit: (t: ReadTactic) => R): Visited<R> {
  const read = readTacticFile(job.path);
  if (!read.ok) return { ok: false, message: read.message.replace(job.path, job.display) };
  return { ok: true, value: visit({ ...job, text: read.text }) };
}

/**
 * The visits' values in file order, and the run issues as `tactic lint` has always reported them:
 * an unreadable file where it stands, and each broken configuration once, just before the first
 * readable file it applies to (a configuration whose files are all unreadable is not reported).
 */
export function collectVisits<R>(planned: readonly PlannedTactic[], visited: ReadonlyArray<Visited<R>>, issues: RunIssue[]): R[] {
  const values: R[] = [];
  const reportedConfigs = new Set<string>();
  planned.forEach(({ job, configFile: cfg }, i) => {
    const v = visited[i];
    if (!v.ok) {
      issues.push({ kind: 'file', file: job.display, message: v.message });
      return;
    }
    if (cfg.path && !reportedConfigs.has(cfg.path)) {
      reportedConfigs.add(cfg.path);
      const cfgDisplay = job.configDisplay!;
      if (cfg.readError) issues.push({ kind: 'config', file: cfgDisplay, message: cfg.readError.replace(cfg.path, cfgDisplay) });
      for (const p of cfg.problems) issues.push({ kind: 'config', file: cfgDisplay, range: p.range, code: p.code, message: p.message });
    }
    values.push(v.value);
  });
  return values;
}

/** The findings of one file: what `tactic lint` reports per file. */
export function lintTactic(t: ReadTactic, service: TacticService): FileResult {
  return { path: t.path, display: t.display, diagnostics: service.validate(t.text, t.config), config: t.configDisplay };
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
