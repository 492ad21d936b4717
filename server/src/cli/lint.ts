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

/** Where a run's results go: each file's value, and each run issue, in file order. */
export interface TaskSink<R> {
  value(value: R): void;
  issue(issue: RunIssue): void;
  /** A promise while the sink's reader is behind (checking waits for it); undefined: go on. */
  ready?(): Promise<void> | undefined;
}

/**
 * Hands the visits on to a sink in file order, each as soon as every file before it is done
 * (visits come in any order from the worker pool), so a run need not hold every result until the
 * end. The run issues go as `tactic lint` has always reported them: an unreadable file where it
 * stands, and each broken configuration once, just before the first readable file it applies to
 * (a configuration whose files are all unreadable is not reported).
 */
export class InFileOrder<R> {
  private readonly waiting: Array<Visited<R> | undefined> = [];
  private next = 0;
  private readonly reportedConfigs = new Set<string>();

  constructor(private readonly planned: readonly PlannedTactic[], private readonly sink: TaskSink<R>) {}

  /** The visit of the `index`-th file; each file is added once. */
  add(index: number, visited: Visited<R>): void {
    if (index < this.next || this.waiting[index] !== undefined) throw new Error(`file ${index} of the run was checked twice`);
    this.waiting[index] = visited;
    for (let v = this.waiting[this.next]; v !== undefined; v = this.waiting[this.next]) {
      this.waiting[this.next] = undefined; // delivered: the value is the sink's to keep or drop
      this.deliver(this.planned[this.next++], v);
    }
  }

  private deliver({ job, configFile: cfg }: PlannedTactic, v: Visited<R>): void {
    if (!v.ok) {
      this.sink.issue({ kind: 'file', file: job.display, message: v.message });
      return;
    }
    if (cfg.path && !this.reportedConfigs.has(cfg.path)) {
      this.reportedConfigs.add(cfg.path);
      const cfgDisplay = job.configDisplay!;
      if (cfg.readError) this.sink.issue({ kind: 'config', file: cfgDisplay, message: cfg.readError.replace(cfg.path, cfgDisplay) });
      for (const p of cfg.problems) this.sink.issue({ kind: 'config', file: cfgDisplay, range: p.range, code: p.code, message: p.message });
    }
    this.sink.value(v.value);
  }
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
