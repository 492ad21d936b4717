/**
 * The order in which `tactic lint` and `tactic report` hand results on (server/src/cli/lint.ts,
 * InFileOrder): whatever order the files are checked in (the worker pool answers in any order),
 * the sink sees the values and run issues of a run in file order, each as soon as every file
 * before it is done.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { InFileOrder, type PlannedTactic, type RunIssue, type Visited } from '../../server/src/cli/lint';
import type { ConfigFileResult } from '../../server/src/node/configFiles';

const CONFIG = { rules: {}, staleReviewDays: 90 };
const noConfig: ConfigFileResult = { config: CONFIG, problems: [] };
const broken: ConfigFileResult = { path: '/w/a/.tactic-lint.yaml', config: CONFIG, problems: [{ message: 'bad rule', code: 'schema', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } }] };
const unreadable: ConfigFileResult = { path: '/w/b/.tactic-lint.yaml', config: CONFIG, problems: [], readError: '/w/b/.tactic-lint.yaml: permission denied' };

/** Ten files: some under a broken configuration, one under an unreadable one, some unreadable themselves. */
const planned: PlannedTactic[] = Array.from({ length: 10 }, (_, i) => {
  const configFile = i >= 2 && i < 5 ? broken : i >= 7 ? unreadable : noConfig;
  const job = { path: `/w/${i}.tactic.yaml`, display: `${i}.tactic.yaml`, config: CONFIG, ...(configFile.path ? { configDisplay: configFile.path.slice(3) } : {}) };
  return { job, configFile };
});
const UNREADABLE_FILES = new Set([2, 5, 7]);
const visit = (i: number): Visited<string> => (UNREADABLE_FILES.has(i) ? { ok: false, message: `${i}.tactic.yaml: no such file` } : { ok: true, value: `value ${i}` });

type Event = string;
function sinkInto(events: Event[]) {
  return { value: (v: string) => events.push(v), issue: (i: RunIssue) => events.push(`${i.kind}: ${i.file} ${i.message}`) };
}

describe('InFileOrder', () => {
  it('gives values and run issues in file order, each configuration problem once before its first readable file', () => {
    const events: Event[] = [];
    const order = new InFileOrder(planned, sinkInto(events));
    planned.forEach((_, i) => order.add(i, visit(i)));
    assert.deepEqual(events, [
      'value 0',
      'value 1',
      'file: 2.tactic.yaml 2.tactic.yaml: no such file',
      'config: a/.tactic-lint.yaml bad rule',
      'value 3',
      'value 4',
      'file: 5.tactic.yaml 5.tactic.yaml: no such file',
      'value 6',
      'file: 7.tactic.yaml 7.tactic.yaml: no such file',
      'config: b/.tactic-lint.yaml b/.tactic-lint.yaml: permission denied',
      'value 8',
      'value 9',
    ]);
  });

  it('gives the same events whatever order the files arrive in, each as soon as the files before it are done', () => {
    const inOrder: Event[] = [];
    const straight = new InFileOrder(planned, sinkInto(inOrder));
    // How many events the run has given once files 0…i are done.
    const eventsThrough = planned.map((_, i) => (straight.add(i, visit(i)), inOrder.length));

    fc.assert(fc.property(fc.shuffledSubarray(planned.map((_, i) => i), { minLength: planned.length }), (arrival) => {
      const events: Event[] = [];
      const order = new InFileOrder(planned, sinkInto(events));
      const arrived = new Set<number>();
      for (const i of arrival) {
        order.add(i, visit(i));
        arrived.add(i);
        // Everything up to the first file not yet arrived has been handed on, and nothing after it.
        let prefix = 0;
        while (arrived.has(prefix)) prefix++;
        assert.deepEqual(events, inOrder.slice(0, prefix ? eventsThrough[prefix - 1] : 0), `after ${[...arrived].join(', ')}`);
      }
      assert.deepEqual(events, inOrder);
    }));
  });
});
