/** Runs the built `tactic` command (dist/cli.js) as a child process, on copies of fixture folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './service';

export const CLI_JS = join(ROOT, 'dist', 'cli.js');
export const CLI_FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tactic` with `args`. The locale variables of the environment are left out (English, as the
 * tests expect, whatever the machine's locale) unless `env` sets them; `cliJs` runs another build.
 */
export function runCli(args: string[], cwd = ROOT, env: Record<string, string> = {}, cliJs = CLI_JS): CliResult {
  const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...rest } = process.env;
  const r = spawnSync(process.execPath, [cliJs, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...rest, NO_COLOR: '1', ...env },
    // a safety net against a hang (e.g. reading a FIFO), not a timing assertion
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder, optionally holding a copy of test/fixtures/cli/<name>. */
export function tempDir(fixture?: string): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tactic-cli-'));
  if (fixture) cpSync(join(CLI_FIXTURES, fixture), dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The finding lines of stylish output as `file:line:col severity [rule]` (messages left out). */
export function findingLines(stdout: string): string[] {
  return stdout.split('\n').flatMap((l) => {
    const m = /^(\S+:\d+:\d+) (error|warning|information|hint) .* \[([a-z-]+)\]$/.exec(l);
    return m ? [`${m[1]} ${m[2]} [${m[3]}]`] : [];
  });
}
