// Runs the Node test suites (unit, server, cli) with node's test runner and tsx.
// Usage: node scripts/test-node.mjs [dir|file…]   (default: test/unit test/server test/cli)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['test/unit', 'test/server', 'test/cli'];
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.test.ts')) files.push(p);
  }
};
for (const d of dirs) if (existsSync(d)) statSync(d).isDirectory() ? walk(d) : files.push(d);
if (files.length === 0) {
  console.error(`no test files under ${dirs.join(', ')}`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files.sort()], { stdio: 'inherit' });
process.exit(r.status ?? 1);
