/**
 * What `tactic lint` and `tactic report` do to each file, and where: in this thread, or spread over
 * threads (pool.ts) when there are enough files to pay for starting them. Either way the
 * values and the run issues are handed on in file order, in this thread, so the output is byte for
 * byte the same.
 */
import { currentBundle, currentLanguage, type TacticService } from '../service';
import type { LintConfigFiles } from '../node/configFiles';
import { InFileOrder, lintTactic, planTactics, visitTactic, type FileResult, type ReadTactic, type RunIssue, type TaskSink, type Visited } from './lint';
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

/** Where the files are checked: `threads` threads, workers running `script` besides this one (below 2: this thread alone). */
export interface Parallelism {
  threads: number;
  script?: string;
}

/**
 * Checks the files, handing each result and run issue to `sink` in file order as soon as it can,
 * and checking no further while the sink says its reader is behind.
 */
export async function runTactics<K extends TaskKind>(
  kind: K, paths: readonly string[], cwd: string, service: TacticService, parallel: Parallelism, sink: TaskSink<TaskValues[K]>, configs?: LintConfigFiles,
): Promise<void> {
  const planned = planTactics(paths, cwd, configs);
  const jobs = planned.map((p) => p.job);
  const visit = visitorFor(kind, service);
  const inThread = (i: number) => visitTactic(jobs[i], visit);
  const order = new InFileOrder(planned, sink);
  const add = (i: number, v: Visited<TaskValues[K]>) => order.add(i, v);
  if (parallel.threads >= 2 && parallel.script) {
    await visitInPool(parallel.script, parallel.threads, { kind, language: currentLanguage(), bundle: currentBundle() }, jobs, inThread, add, () => sink.ready?.());
  } else {
    for (let i = 0; i < jobs.length; i++) {
      add(i, inThread(i));
      const behind = sink.ready?.();
      if (behind) await behind;
    }
  }
}

export interface TaskRun<V> {
  values: V[];
  issues: RunIssue[];
}

/** Every result of the run at once, for outputs that need all files before they start. */
export async function collectTactics<K extends TaskKind>(
  kind: K, paths: readonly string[], cwd: string, service: TacticService, parallel: Parallelism, configs?: LintConfigFiles,
): Promise<TaskRun<TaskValues[K]>> {
  const run: TaskRun<TaskValues[K]> = { values: [], issues: [] };
  await runTactics(kind, paths, cwd, service, parallel, { value: (v) => run.values.push(v), issue: (i) => run.issues.push(i) }, configs);
  return run;
}
