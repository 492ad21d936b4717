/**
 * code-server: a real VS Code (web workbench + Node extension host) that runs on this machine
 * without internet. Installs it on first use, installs .vsix files into a profile, and starts it
 * bound to 127.0.0.1 on a free port (webviews need a secure context, which localhost is).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER_BIN, SETUP_SCRIPT } from './paths';
import type { Profile } from './profile';

/** Runs the idempotent setup script: installs code-server into .e2e/ unless it is already there. */
export function ensureCodeServer(): void {
  if (process.env.CODE_SERVER) return; // an explicitly given code-server is used as is
  execFileSync('bash', [SETUP_SCRIPT], { stdio: 'inherit' });
}

function profileArgs(p: Profile, extensionsDir = p.extensionsDir): string[] {
  return ['--user-data-dir', p.userDataDir, '--extensions-dir', extensionsDir, '--config', join(p.dir, 'code-server.yaml')];
}

/** Installs a .vsix exactly as a user would, with code-server's own CLI (into the profile by default). */
export function installExtension(p: Profile, vsix: string, extensionsDir = p.extensionsDir): void {
  execFileSync(CODE_SERVER_BIN, [...profileArgs(p, extensionsDir), '--install-extension', vsix, '--force'], { env: p.env, stdio: 'pipe' });
}

export interface RunningCodeServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  logPath: string;
  log(): string;
  stop(): Promise<void>;
}

const LISTENING = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/;

/** Starts code-server and resolves once it says where it listens (its output is the event). */
export function startCodeServer(p: Profile, opts: { port?: number; timeoutMs?: number; args?: readonly string[] } = {}): Promise<RunningCodeServer> {
  const timeoutMs = opts.timeoutMs ?? 60000;
  const logPath = join(p.dir, 'code-server.log');
  const logFile = createWriteStream(logPath);
  const child = spawn(CODE_SERVER_BIN, [
    '--bind-addr', `127.0.0.1:${opts.port ?? 0}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', ...profileArgs(p), ...(opts.args ?? []),
  ], { env: p.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }); // own process group: see stop()
  let out = '';
  const record = (chunk: Buffer) => {
    out += chunk;
    logFile.write(chunk);
  };
  child.stdout!.on('data', record);
  child.stderr!.on('data', record);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()).once('error', () => resolve()));
  // the whole group: code-server's extension hosts outlive their parent when only it is signalled
  const stop = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill();
      }
    }
    await exited;
    await new Promise<void>((resolve) => logFile.end(resolve));
  };
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => fail(new Error(`code-server exited with ${code} before listening`));
    const onData = () => {
      const m = LISTENING.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.off('exit', onExit).off('error', fail);
      child.stdout!.off('data', onData);
      resolve({ origin: m[1]!, logPath, log: () => out, stop });
    };
    const fail = (e: Error) => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${e.message}\n--- code-server log (${logPath}) ---\n${out}`)));
    };
    const timer = setTimeout(() => fail(new Error(`code-server did not listen within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', onExit).once('error', fail);
    child.stdout!.on('data', onData);
  });
}
