/** Reachability over the sales cycle, shared by the stage rules and the preview. */
import type { CycleInfo, StageInfo } from './model';

/** The stage where clients enter: `start`, else the first stage. */
export function startStage(cycle: CycleInfo): StageInfo | undefined {
  if (cycle.start !== undefined) return cycle.stages.find((s) => s.id === cycle.start);
  return cycle.stages[0];
}

/** Ids of the stages reachable from the start (the start included); found once per cycle (two rules and readiness ask). */
export function reachableStages(cycle: CycleInfo): ReadonlySet<string> {
  return (cycle.reachable ??= findReachable(cycle));
}

function findReachable(cycle: CycleInfo): Set<string> {
  const byId = new Map<string, StageInfo>();
  for (const s of cycle.stages) if (s.id !== undefined && !byId.has(s.id)) byId.set(s.id, s);
  const seen = new Set<string>();
  const start = startStage(cycle);
  if (!start?.id) return seen;
  const queue = [start.id];
  seen.add(start.id);
  while (queue.length) {
    const stage = byId.get(queue.pop()!);
    for (const t of stage?.next ?? []) {
      if (t.to !== undefined && byId.has(t.to) && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}
