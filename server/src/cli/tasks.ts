/**
 * What `tactic lint` and `tactic report` do to each file, and where: in this thread, or spread over
 * threads (pool.ts) when there are enough files to pay for starting them. Either way the
 * values come back in file order and the run issues are collected here, in this thread, so the
 * output is byte for byte the same.
 */
import { currentBundle, currentLanguage, type TacticService } from '../service';
import type { LintConfigFiles } from '../node/configFiles';
import { collectVisits, lintTactic, planTactics, visitTactic, type FileResult, type ReadTactic, type RunIssue, type Visited } from './lint';
import { reportTactic, type TacticReport } from './report';
import { visitInPool } from './pool';

export type TaskKind = 'lint' | 'report';

interface TaskValues {
  lint: FileResult;
  report: TacticReport;
}

export function visitorFor<K extends TaskKind>(kind: K, service: TacticService): (t: ReadTactic) => TaskValues[K] {
  return (kind === 'lint' ? (t: ReadTactic) => lintTactic(t, service) : (t: ReadTactic) => reportTactic(t, service)) as (t: ReadTactic) => TaskValues[K];
}

export interface TaskRun<V> {
  values: V[];
  issues: RunIssue[];
}

/** Where the files are checked: `threads` threads, workers running `script` besides this one (below 2: this thread alone). */
export interface Parallelism {
  threads: number;
  script?: string;
}

export async function runTactics<K extends TaskKind>(
  kind: K, paths: readonly string[], cwd: string, service: TacticService, parallel: Parallelism, configs?: LintConfigFiles,
): Promise<TaskRun<TaskValues[K]>> {
  const planned = planTactics(paths, cwd, configs);
  const jobs = planned.map((p) => p.job);
  const visit = visitorFor(kind, service);
  const inThread = (i: number) => visitTactic(jobs[i], visit);
  const visited: Array<Visited<TaskValues[K]>> = parallel.threads >= 2 && parallel.script
    ? await visitInPool(parallel.script, parallel.threads, { kind, language: currentLanguage(), bundle: currentBundle() }, jobs, inThread)
    : jobs.map((_, i) => inThread(i));
  const issues: RunIssue[] = [];
  const values = collectVisits(planned, visited, issues);
  return { values, issues };
}
