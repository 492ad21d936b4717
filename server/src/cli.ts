/**
 * Entry of the `tactic` command (bundled to dist/cli.js with a shebang). All logic is in cli/;
 * this only connects it to the process.
 */
import { run } from './cli/main';

// Output may go to a closed pipe (`tactic lint | head`): that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: !!process.stdout.isTTY,
    now: () => new Date(),
    env: process.env,
  });
} catch (e) {
  process.stderr.write(`tactic: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
}
