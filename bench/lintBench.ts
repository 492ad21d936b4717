/**
 * `tactic lint` throughput on a workspace of 1,000 realistic tactics (written to a temp dir), in
 * files per second of wall-clock time for the whole command, beside `tactic report` on the same
 * files (the same parse and findings, plus readiness and its JSON per tactic) and ajv-cli
 * validating the same files against the same schema (parse + schema only: no ranges, no lint
 * rules). The three run in turn, round after round, so a busy moment of the shared machine falls
 * on all of them. The commands run as users get them: the worker pool sized by the machine (a
 * TACTIC_THREADS of the bench's own environment is dropped), its threads' start-up included.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadCount } from '../server/src/cli/parallelism';
import { workspaceTactic } from './docs';
import { ROOT, SCHEMA_PATH } from './servers';
import { median } from './stats';

export const WORKSPACE_FILES = 1_000;

export interface LintResult {
  files: number;
  tacticFilesPerSec?: number;
  tacticMs?: number;
  tacticNote?: string;
  reportFilesPerSec?: number;
  reportMs?: number;
  reportNote?: string;
  ajvFilesPerSec?: number;
  ajvMs?: number;
  ajvNote?: string;
  /** Threads checking this workspace, as the command decides on this machine (0: this one only). */
  threads?: number;
  /** Every run's wall-clock time (ms), in the order run. */
  samples?: { tacticMs: number[]; reportMs: number[]; ajvMs: number[] };
}

/** Writes the workspace: 10 team folders of 100 tactics each. */
export function writeWorkspace(dir: string): void {
  for (let i = 0; i < WORKSPACE_FILES; i++) {
    const team = join(dir, `team-${i % 10}`);
    mkdirSync(team, { recursive: true });
    writeFileSync(join(team, `client-${i}.tactic.yaml`), workspaceTactic(i));
  }
}

type Check = (stdout: string, stderr: string, status: number | null) => string | undefined;

/** One run of a command: its wall-clock time, or what was wrong with its output. */
function runCommand(args: string[], cwd: string, check: Check): { ms: number } | { problem: string } {
  const t0 = performance.now();
  const { TACTIC_THREADS: _forced, ...env } = process.env;
  const r = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const problem = r.error ? String(r.error) : check(r.stdout, r.stderr, r.status);
  return problem ? { problem } : { ms };
}

/** Runs the commands in turn, `reps` rounds; the median time of each, or its first problem. */
type Timed = { ms: number; samples: number[] } | { problem: string };

function timeCommands(commands: Array<{ args: string[]; check: Check }>, cwd: string, reps: number): Timed[] {
  const times: number[][] = commands.map(() => []);
  const problems: Array<string | undefined> = commands.map(() => undefined);
  for (let i = 0; i < reps; i++) {
    commands.forEach((c, k) => {
      if (problems[k]) return;
      const r = runCommand(c.args, cwd, c.check);
      if ('problem' in r) problems[k] = r.problem;
      else times[k].push(r.ms);
    });
  }
  return commands.map((_, k): Timed => (problems[k] ? { problem: problems[k]! } : { ms: median(times[k])!, samples: times[k] }));
}

const lintCheck: Check = (stdout, _stderr, status) => {
  let summary: { files?: number; errors?: number } | undefined;
  try {
    summary = JSON.parse(stdout).summary;
  } catch {
    return `tactic lint printed no JSON report (exit ${status})`;
  }
  if (summary?.files !== WORKSPACE_FILES) return `tactic lint checked ${summary?.files} files, not ${WORKSPACE_FILES}`;
  if (status !== 0 || summary.errors) return `tactic lint found ${summary.errors} errors (exit ${status})`;
  return undefined;
};

const reportCheck: Check = (stdout, _stderr, status) => {
  let tactics: Array<{ readiness?: { score?: number | null; total?: number } }> | undefined;
  try {
    tactics = JSON.parse(stdout).tactics;
  } catch {
    return `tactic report printed no JSON report (exit ${status})`;
  }
  if (tactics?.length !== WORKSPACE_FILES) return `tactic report covered ${tactics?.length} files, not ${WORKSPACE_FILES}`;
  const unscored = tactics.filter((t) => typeof t.readiness?.score !== 'number' || !t.readiness.total).length;
  if (unscored) return `tactic report gave ${unscored} tactics no score`;
  if (status !== 0) return `tactic report exited ${status}`;
  return undefined;
};

export function benchLint(cliJs: string | undefined, dir: string, reps: number): LintResult {
  const result: LintResult = { files: WORKSPACE_FILES, threads: threadCount(WORKSPACE_FILES, undefined) };
  let ajvBin: string | undefined;
  try {
    ajvBin = createRequire(join(ROOT, 'package.json')).resolve('ajv-cli/dist/index.js');
  } catch {
    result.ajvNote = 'ajv-cli not installed';
  }
  const commands: Array<{ name: 'lint' | 'report' | 'ajv'; args: string[]; check: Check }> = [];
  if (cliJs) {
    commands.push({ name: 'lint', args: [cliJs, 'lint', '--format', 'json'], check: lintCheck }, { name: 'report', args: [cliJs, 'report', '--format', 'json'], check: reportCheck });
  } else {
    result.tacticNote = result.reportNote = 'dist/cli.js not built';
  }
  if (ajvBin) {
    // ajv-cli reads YAML 1.1 (js-yaml 3), where `reviewed: 2026-11-02` is a timestamp, not a string,
    // so it reports every tactic invalid on that one field. The work (parse + validate each file)
    // is the same, so the figure still compares; the exit code is not checked.
    const args = [ajvBin, 'validate', '-s', SCHEMA_PATH, '-d', '**/*.tactic.yaml', '--strict=false', '--all-errors', '--errors=line'];
    commands.push({
      name: 'ajv',
      args,
      check: (stdout, stderr) => {
        const seen = (`${stdout}\n${stderr}`.match(/\.tactic\.yaml (valid|invalid)/g) ?? []).length;
        return seen === WORKSPACE_FILES ? undefined : `ajv-cli reported on ${seen} files, not ${WORKSPACE_FILES}`;
      },
    });
  }
  const timed = timeCommands(commands, dir, reps);
  const timing = (name: (typeof commands)[number]['name']): Timed | undefined => timed[commands.findIndex((c) => c.name === name)];
  const [lint, report, ajv] = [timing('lint'), timing('report'), timing('ajv')];
  const samples = (t: Timed | undefined) => (t && 'samples' in t ? t.samples : []);
  if (lint && report) {
    result.samples = { tacticMs: samples(lint), reportMs: samples(report), ajvMs: samples(ajv) };
    if ('problem' in lint) result.tacticNote = lint.problem;
    else Object.assign(result, { tacticMs: lint.ms, tacticFilesPerSec: (WORKSPACE_FILES * 1000) / lint.ms });
    if ('problem' in report) result.reportNote = report.problem;
    else Object.assign(result, { reportMs: report.ms, reportFilesPerSec: (WORKSPACE_FILES * 1000) / report.ms });
  }
  if (ajv && 'problem' in ajv) result.ajvNote = ajv.problem;
  else if (ajv) {
    Object.assign(result, { ajvMs: ajv.ms, ajvFilesPerSec: (WORKSPACE_FILES * 1000) / ajv.ms });
    result.ajvNote = 'YAML 1.1 parser: reads `reviewed` dates as timestamps, so it flags every file; same work per file';
  }
  return result;
}
