// `npm start`: builds and packages the extension, then opens examples/ in a real VS Code with the
// .vsix installed: the desktop `code` when one is on the PATH, otherwise code-server bound to
// 127.0.0.1 (installed into .e2e/ on first use, as the tests do), printing the URL to open.
// Usage: npm start [-- --browser]   (--browser: code-server even when `code` exists; PORT=n fixes the port)
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// The e2e harness's modules are CommonJS TypeScript (they locate the repo by __dirname): load them
// through require, which tsx (`node --import tsx`) compiles.
const require = createRequire(import.meta.url);
const { ensureCodeServer, installExtension, startCodeServer } = require('../test/e2e/codeServer.ts');
const { E2E_DIR, EXAMPLES } = require('../test/e2e/paths.ts');
const { createProfile } = require('../test/e2e/profile.ts');
const { packageExtension } = require('../test/e2e/vsix.ts');

const onPath = (cmd) => spawnSync(process.platform === 'win32' ? 'where' : 'which', [cmd], { stdio: 'ignore' }).status === 0;

console.log('building and packaging the extension…');
const vsix = packageExtension();

if (onPath('code') && !process.argv.includes('--browser')) {
  const shell = process.platform === 'win32'; // code is a .cmd there
  execFileSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit', shell });
  execFileSync('code', [EXAMPLES], { stdio: 'inherit', shell });
  console.log(`opened ${EXAMPLES} in VS Code with ${vsix} installed`);
} else {
  ensureCodeServer();
  // one lasting profile under .e2e/start: settings made in the browser survive the next start
  const profile = createProfile(join(E2E_DIR, 'start'));
  installExtension(profile, vsix);
  const server = await startCodeServer(profile, { port: Number(process.env.PORT ?? 0) });
  console.log(`\nSales Tactics is running in VS Code (code-server). Open:\n\n  ${server.origin}/?folder=${encodeURIComponent(EXAMPLES)}\n`);
  console.log(`log: ${server.logPath}. Press Ctrl+C to stop.`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
