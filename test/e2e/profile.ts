/**
 * A fresh, throw-away VS Code profile per run: its own HOME, user-data dir and extensions dir, and
 * settings that keep the workbench quiet (no welcome page, telemetry, update checks or git).
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Profile {
  dir: string;
  home: string;
  userDataDir: string;
  extensionsDir: string;
  /** Environment for code-server and everything it starts (extension host, language server). */
  env: NodeJS.ProcessEnv;
}

export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  // tests edit documents and must not write them back to the fixtures
  'files.autoSave': 'off',
};

/**
 * Creates the profile under `parent` (default: a new temp dir) with the quiet settings; a profile
 * that already exists (npm start's) keeps the settings its user changed.
 */
export function createProfile(parent?: string, prefix = 'tactic-e2e-'): Profile {
  const dir = parent ?? mkdtempSync(join(tmpdir(), prefix));
  const home = join(dir, 'home');
  const userDataDir = join(dir, 'user-data');
  const extensionsDir = join(dir, 'extensions');
  for (const d of [home, join(userDataDir, 'User'), extensionsDir]) mkdirSync(d, { recursive: true });
  const settings = join(userDataDir, 'User/settings.json');
  if (!existsSync(settings)) writeFileSync(settings, JSON.stringify(QUIET_SETTINGS, null, 2));
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share') };
  return { dir, home, userDataDir, extensionsDir, env };
}
