/**
 * The hostile corpus (test/fixtures/hostile, expectations in helpers/hostileExpectations.ts)
 * through the service: each file gets its clear, positioned findings (or is accepted), every
 * range lies inside the document, nothing throws, no file takes more than 20 s (a hang, not a
 * slow machine) and the whole run fits in a 768 MB heap.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hostileCorpus } from '../fixtures/hostile/generate.mjs';
import { runIsolated } from '../helpers/isolated';

describe('hostile corpus through the service', () => {
  it('every file gets a clear positioned answer in bounded time and memory', async () => {
    const { beats } = await runIsolated(join(__dirname, 'hostile.child.ts'), { stallMs: 20_000, maxOldSpaceMb: 768 });
    assert.deepEqual(beats, hostileCorpus().map((c) => c.name), 'every corpus file was validated');
  });
});
