/** The server's memory policy: V8's young generation grows only while a large document is open. */
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import { describe, it } from 'node:test';
import { fitYoungGeneration, LARGE_DOCUMENT } from '../../server/src/lsp/youngGeneration';

describe('fitYoungGeneration', () => {
  it('sets the growth factor only when the policy changes', (t) => {
    const set = t.mock.method(v8, 'setFlagsFromString', () => undefined);
    const flags = () => set.mock.calls.map((c) => c.arguments[0]);
    fitYoungGeneration(0);
    fitYoungGeneration(12_000);
    fitYoungGeneration(LARGE_DOCUMENT);
    fitYoungGeneration(LARGE_DOCUMENT * 2);
    fitYoungGeneration(100);
    assert.deepEqual(flags(), ['--semi-space-growth-factor=1', '--semi-space-growth-factor=2', '--semi-space-growth-factor=1']);
  });
});
