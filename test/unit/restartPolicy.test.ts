import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_RESTARTS, RestartPolicy, WINDOW_MS } from '../../client/src/restartPolicy';

describe('restart policy of the language client', () => {
  it('restarts a crashed server and tells the user once', () => {
    let t = 0;
    const p = new RestartPolicy(() => t);
    assert.deepEqual(p.onClosed(), { restart: true, notify: 'restarted' });
    t += WINDOW_MS; // far apart: never gives up
    for (let i = 0; i < 10; i++, t += WINDOW_MS) assert.deepEqual(p.onClosed(), { restart: true });
  });

  it(`gives up after ${MAX_RESTARTS} restarts within the window, and says so`, () => {
    let t = 0;
    const p = new RestartPolicy(() => t);
    const decisions = Array.from({ length: MAX_RESTARTS + 1 }, () => ((t += 1000), p.onClosed()));
    assert.ok(decisions.slice(0, MAX_RESTARTS).every((d) => d.restart));
    assert.deepEqual(decisions[MAX_RESTARTS], { restart: false, notify: 'gave-up' });
    // After a manual restart, a later crash is restarted again (quietly: the user knows).
    t += 1000;
    assert.deepEqual(p.onClosed(), { restart: true });
  });

  it('keeps the connection through a few transport errors, then shuts down', () => {
    const p = new RestartPolicy();
    assert.equal(p.onError(1), 'continue');
    assert.equal(p.onError(3), 'continue');
    assert.equal(p.onError(4), 'shutdown');
    assert.equal(p.onError(undefined), 'shutdown');
  });
});
