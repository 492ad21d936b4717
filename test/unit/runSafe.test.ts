import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { runDetached, runSafe } from '../../server/src/lsp/runSafe';

function recorder() {
  const lines: string[] = [];
  return { log: { error: (m: string) => void lines.push(m) }, lines };
}

describe('runSafe and runDetached', () => {
  it('a throwing request handler is answered with InternalError and logged with its name', async () => {
    const { log, lines } = recorder();
    const r = await runSafe(log, 'hover', undefined, () => {
      throw new TypeError('boom');
    });
    assert.ok(r instanceof ResponseError);
    assert.equal(r.code, ErrorCodes.InternalError);
    assert.match(r.message, /hover failed: boom/);
    assert.match(lines[0], /^\[hover\] failed: boom/);
  });

  it('a rejecting async handler too, and a non-Error throw', async () => {
    const { log, lines } = recorder();
    const r = await runSafe(log, 'rename', undefined, async () => Promise.reject(new Error('later')));
    assert.ok(r instanceof ResponseError && /rename failed: later/.test(r.message));
    const s = await runSafe(log, 'x', undefined, () => {
      throw 'a string';
    });
    assert.ok(s instanceof ResponseError && /a string/.test(s.message));
    assert.equal(lines.length, 2);
  });

  it('returns the result, and honours cancellation before running', async () => {
    const { log } = recorder();
    assert.equal(await runSafe(log, 'ok', undefined, () => 42), 42);
    const source = new CancellationTokenSource();
    source.cancel();
    let ran = false;
    const r = await runSafe(log, 'late', source.token, () => (ran = true));
    assert.ok(r instanceof ResponseError && r.code === LSPErrorCodes.RequestCancelled);
    assert.equal(ran, false);
  });

  it('runDetached swallows and logs sync throws and async rejections', async () => {
    const { log, lines } = recorder();
    assert.doesNotThrow(() => runDetached(log, 'open', () => {
      throw new Error('sync');
    }));
    runDetached(log, 'timer', async () => {
      throw new Error('async');
    });
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(lines.map((l) => l.split('\n')[0]), ['[open] failed: sync', '[timer] failed: async']);
  });
});
