/**
 * `tactic lint` throughput on a workspace of 1,000 realistic tactics (written to a temp dir), in
 * files per second of wall-clock time for the whole command, beside ajv-cli validating the same
 * files against the same schema (parse + schema only: no ranges, no lint rules).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { workspaceTactic } from './docs';
import { ROOT, SCHEMA_PATH } from './servers';
import { median } from './stats';

export const WORKSPACE_FILES = 1_000;

export interface LintResult {
  files: number;
  tacticFilesPerSec?: number;
  tacticMs?: number;
  tacticNote?: string;
  ajvFilesPerSec?: number;
  ajvMs?: number;
  ajvNote?: string;
}

/** Writes the workspace: 10 team folders of 100 tactics each. */
export function writeWorkspace(dir: string): void {
  for (let i = 0; i < WORKSPACE_FILES; i++) {
    const team = join(dir, `team-${i % 10}`);
    mkdirSync(team, { recursive: true });
    writeFileSync(join(team, `client-${i}.tactic.yaml`), workspaceTactic(i));
  }
}

function timeCommand(args: string[], cwd: string, reps: number, check: (stdout: string, stderr: string, status: number | null) => string | undefined) {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - t0);
    const problem = r.error ? String(r.error) : check(r.stdout, r.stderr, r.status);
    if (problem) return { problem };
  }
  return { ms: median(times)! };
}

export function benchLint(cliJs: string | undefined, dir: string, reps: number): LintResult {
  const result: LintResult = { files: WORKSPACE_FILES };
  if (!cliJs) {
    result.tacticNote = 'dist/cli.js not built';
  } else {
    const r = timeCommand([cliJs, 'lint', '--format', 'json'], dir, reps, (stdout, _stderr, status) => {
      let summary: { files?: number; errors?: number } | undefined;
      try {
        summary = JSON.parse(stdout).summary;
      } catch {
        return `tactic lint printed no JSON report (exit ${status})`;
      }
      if (summary?.files !== WORKSPACE_FILES) return `tactic lint checked ${summary?.files} files, not ${WORKSPACE_FILES}`;
      if (status !== 0 || summary.errors) return `tactic lint found ${summary.errors} errors (exit ${status})`;
      return undefined;
    });
    if ('problem' in r) result.tacticNote = r.problem;
    else Object.assign(result, { tacticMs: r.ms, tacticFilesPerSec: (WORKSPACE_FILES * 1000) / r.ms! });
  }

  let ajvBin: string | undefined;
  try {
    ajvBin = createRequire(join(ROOT, 'package.json')).resolve('ajv-cli/dist/index.js');
  } catch {
    result.ajvNote = 'ajv-cli not installed';
  }
  if (ajvBin) {
    // ajv-cli reads YAML 1.1 (js-yaml 3), where `reviewed: 2026-11-02` is a timestamp, not a string,
    // so it reports every tactic invalid on that one field. The work (parse + validate each file)
    // is the same, so the figure still compares; the exit code is not checked.
    const args = [ajvBin, 'validate', '-s', SCHEMA_PATH, '-d', '**/*.tactic.yaml', '--strict=false', '--all-errors', '--errors=line'];
    const r = timeCommand(args, dir, reps, (stdout, stderr) => {
      const seen = (`${stdout}\n${stderr}`.match(/\.tactic\.yaml (valid|invalid)/g) ?? []).length;
      return seen === WORKSPACE_FILES ? undefined : `ajv-cli reported on ${seen} files, not ${WORKSPACE_FILES}`;
    });
    if ('problem' in r) result.ajvNote = r.problem;
    else {
      Object.assign(result, { ajvMs: r.ms, ajvFilesPerSec: (WORKSPACE_FILES * 1000) / r.ms! });
      result.ajvNote = 'YAML 1.1 parser: reads `reviewed` dates as timestamps, so it flags every file; same work per file';
    }
  }
  return result;
}
