/** The idle-time warm-up: it validates while the server is idle and waits while it is busy. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { warmUpWhileIdle } from '../../server/src/lsp/warmUp';
import type { TacticService } from '../../server/src/service';

const tick = () => new Promise((resolve) => setImmediate(resolve));

function countingService(): { service: TacticService; texts: string[] } {
  const texts: string[] = [];
  const service = { validate: (text: string) => (texts.push(text), []) } as unknown as TacticService;
  return { service, texts };
}

describe('warmUpWhileIdle', () => {
  it('validates a different text once per event-loop turn, then stops', async () => {
    const { service, texts } = countingService();
    warmUpWhileIdle(service, () => false, { error: assert.fail }, 3);
    assert.equal(texts.length, 0, 'nothing runs before the current turn ends');
    for (let i = 0; i < 6; i++) await tick();
    assert.equal(texts.length, 3);
    assert.equal(new Set(texts).size, 3, 'each step validates a text no cache has seen');
  });

  it('does nothing while a validation is scheduled or running, and resumes after', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { service, texts } = countingService();
    let busy = true;
    warmUpWhileIdle(service, () => busy, { error: assert.fail }, 2);
    await tick();
    t.mock.timers.tick(1_000);
    await tick();
    assert.equal(texts.length, 0);
    busy = false;
    t.mock.timers.tick(1_000);
    for (let i = 0; i < 4; i++) await tick();
    assert.equal(texts.length, 2);
  });

  it('gives up after a minute of being busy', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { service, texts } = countingService();
    let busy = true;
    warmUpWhileIdle(service, () => busy, { error: assert.fail }, 2);
    await tick();
    for (let i = 0; i < 700; i++) t.mock.timers.tick(100);
    busy = false;
    for (let i = 0; i < 10; i++) {
      t.mock.timers.tick(100);
      await tick();
    }
    assert.equal(texts.length, 0);
  });

  it('survives a validation that throws, and logs it', async () => {
    const errors: string[] = [];
    const service = { validate: () => { throw new Error('boom'); } } as unknown as TacticService;
    warmUpWhileIdle(service, () => false, { error: (m) => errors.push(m) }, 2);
    for (let i = 0; i < 4; i++) await tick();
    assert.equal(errors.length, 2);
    assert.match(errors[0], /warm-up.*boom/);
  });
});
