import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAX_READ_BYTES, readTacticFile } from '../../server/src/node/readTactic';
import { tempDir } from '../helpers/cli';

describe('readTacticFile', () => {
  let t: ReturnType<typeof tempDir>;
  before(() => {
    t = tempDir();
  });
  after(() => t.dispose());

  it('reads a regular file of any size whole', () => {
    for (const size of [0, 1, 4095, 4096, 4097, 8192, 100_000]) {
      const text = 'x'.repeat(size);
      const path = join(t.dir, `size-${size}.tactic.yaml`);
      writeFileSync(path, text);
      assert.deepEqual(readTacticFile(path), { ok: true, text }, `${size} bytes`);
    }
  });

  it('reads a file whose stat says 0 bytes to its end (as files under /proc do)', { skip: process.platform !== 'linux' && 'only Linux has /proc' }, () => {
    assert.deepEqual(readTacticFile('/proc/version'), { ok: true, text: readFileSync('/proc/version', 'utf8') });
    // Longer than one read: this process's memory map, whose lines change little from read to read.
    const maps = readTacticFile('/proc/self/smaps');
    assert.ok(maps.ok);
    const again = readFileSync('/proc/self/smaps', 'utf8');
    assert.ok(maps.text.length > 128 * 1024 && again.length > 128 * 1024, `${maps.text.length} characters`);
    assert.equal(maps.text.split('\n')[0], again.split('\n')[0]);
    assert.ok(maps.text.endsWith('\n'));
  });

  it('refuses a file over the size limit without decoding it', () => {
    const path = join(t.dir, 'huge.tactic.yaml');
    writeFileSync(path, Buffer.alloc(MAX_READ_BYTES + 1, 0x61));
    assert.deepEqual(readTacticFile(path), { ok: false, message: `${path} is 16 MB; a tactic file is a few KB, so it is not read` });
  });

  describe('a socket', { skip: process.platform === 'win32' && 'no Unix sockets on Windows' }, () => {
    let server: Server;
    let path: string;
    before(async () => {
      path = join(t.dir, 'socket.tactic.yaml');
      server = createServer();
      await new Promise<void>((done) => server.listen(path, done));
    });
    after(() => new Promise<void>((done) => server.close(() => done())));

    it('is refused as not a regular file', () => {
      assert.deepEqual(readTacticFile(path), { ok: false, message: `${path} is not a regular file` });
    });
  });
});
