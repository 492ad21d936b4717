/**
 * A failing worker costs no file (server/src/cli/pool.ts): whatever no worker answered is checked
 * in the main thread, and each file's result comes once, with its index. The workers here are small scripts
 * that answer like the real one, or fail in one of the ways a thread can.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { visitInPool } from '../../server/src/cli/pool';
import type { TacticJob, Visited } from '../../server/src/cli/lint';
import { tempDir } from '../helpers/cli';

const jobs: TacticJob[] = Array.from({ length: 40 }, (_, i) => ({ path: `/w/${i}.tactic.yaml`, display: `${i}.tactic.yaml`, config: { rules: {}, staleReviewDays: 90 } }));
const START = { kind: 'lint' as const, language: 'en' as const };

/** A worker script answering each batch with `worker:<display>`, after running `misbehave` (which may fail instead). */
function script(dir: string, name: string, misbehave: string): string {
  const path = join(dir, name);
  writeFileSync(path, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ batch, jobs }) => {
  ${misbehave}
  parentPort.postMessage({ batch, visited: jobs.map((j) => ({ ok: true, value: 'worker:' + j.display })) });
});\n`);
  return path;
}

describe('the worker pool when workers fail', () => {
  let t: ReturnType<typeof tempDir>;
  before(() => { t = tempDir(); });
  after(() => t.dispose());

  // As slow as checking a file, so that the workers get their share before this thread is done.
  const inThread = (i: number): Visited<string> => {
    const until = performance.now() + 15;
    while (performance.now() < until);
    return { ok: true, value: `main:${jobs[i].display}` };
  };
  /** Runs the pool; each file's result must come exactly once. */
  const pool = async (script: string, threads: number, files = jobs): Promise<Array<Visited<string>>> => {
    const visited: Array<Visited<string>> = [];
    await visitInPool(script, threads, START, files, inThread, (i, v) => {
      assert.equal(visited[i], undefined, `${i} visited twice`);
      visited[i] = v;
    });
    return visited;
  };
  const check = (visited: Array<Visited<string>>) => {
    assert.equal(visited.length, jobs.length);
    visited.forEach((v, i) => assert.ok(v.ok && v.value.endsWith(`:${i}.tactic.yaml`), `${i}: ${JSON.stringify(v)}`));
  };

  it('healthy workers and this thread share the files', async () => {
    const visited = await pool(script(t.dir, 'ok.cjs', ''), 3);
    check(visited);
    assert.ok(visited.some((v) => v.ok && v.value.startsWith('worker:')));
    assert.ok(visited.some((v) => v.ok && v.value.startsWith('main:')));
  });

  for (const [name, misbehave] of [
    ['throws', "if (batch === 8) throw new Error('boom');"],
    ['exits', 'if (batch === 8) process.exit(1);'],
    ['reports a failed batch', "if (batch === 8) return parentPort.postMessage({ batch, failed: 'no' });"],
  ]) {
    it(`a worker that ${name}: the rest is checked in the main thread, in order`, async () => {
      const visited = await pool(script(t.dir, `${name.replace(/ /g, '-')}.cjs`, misbehave), 3);
      check(visited);
      assert.ok(visited.some((v) => v.ok && v.value.startsWith('worker:')));
      assert.ok(visited.some((v) => v.ok && v.value.startsWith('main:')));
    });
  }

  it('a worker script that cannot be loaded: every file in this thread', async () => {
    const visited = await pool(join(t.dir, 'missing.cjs'), 3);
    check(visited);
    assert.ok(visited.every((v) => v.ok && v.value.startsWith('main:')));
  });

  it('starts no new batch while the reader of the results is behind, and loses none', async () => {
    const visited: Array<Visited<string>> = [];
    let behind: Promise<void> | undefined;
    let waits = 0;
    let whileBehind = 0;
    let mostWhileBehind = 0;
    await visitInPool(script(t.dir, 'slow-reader.cjs', ''), 3, START, jobs, inThread, (i, v) => {
      assert.equal(visited[i], undefined, `${i} visited twice`);
      visited[i] = v;
      if (behind) mostWhileBehind = Math.max(mostWhileBehind, ++whileBehind);
    }, () => {
      if (behind || visited.filter(Boolean).length % 8 !== 0) return behind;
      waits++;
      whileBehind = 0;
      return (behind = new Promise<void>((done) => setTimeout(() => {
        behind = undefined;
        done();
      }, 30)));
    });
    check(visited);
    assert.ok(waits > 0);
    // Only what was already asked of the workers arrives meanwhile: 2 workers × 2 batches of 2 files.
    assert.ok(mostWhileBehind <= 8, `${mostWhileBehind} results while behind`);
  });

  it('an error of the results\' reader stops the pool and is thrown', async () => {
    let calls = 0;
    await assert.rejects(
      visitInPool(script(t.dir, 'reader-error.cjs', ''), 3, START, jobs, inThread, () => {
        if (++calls === 5) throw new Error('reader failed');
      }),
      /reader failed/,
    );
    assert.equal(calls, 5);
  });

  it('no files: no workers, no results', async () => {
    assert.deepEqual(await pool(join(t.dir, 'missing.cjs'), 2, []), []);
  });
});
