/**
 * The `tactic.*` settings the client reads, typed, with the defaults of package.json
 * `contributes.configuration` (test/unit/clientManifest.test.ts holds the two equal). Not here:
 * `tactic.lint.*`, which the server reads itself (server/src/lsp/config.ts), and
 * `tactic.trace.server`, which the language client reads by its id.
 *
 * No runtime `vscode` import: callers pass `vscode.workspace`, the unit test a fake.
 */
import type * as vscode from 'vscode';

/** Every setting the client reads, by its full name, with its type. */
export interface Settings {
  /** Open the sales-cycle preview beside a tactic when it becomes the active editor. */
  'tactic.preview.openAutomatically': boolean;
  /** Show `advancement_actions` in the sales-cycle preview. */
  'tactic.preview.showActions': boolean;
  /** Show `objections` in the sales-cycle preview. */
  'tactic.preview.showObjections': boolean;
}

export type SettingName = keyof Settings;

/** package.json's default of each setting: what a setting that is unset reads as. */
export const DEFAULTS: Readonly<Settings> = {
  'tactic.preview.openAutomatically': false,
  'tactic.preview.showActions': false,
  'tactic.preview.showObjections': false,
};

/** What reading a setting needs of `vscode.workspace`. */
export type ConfigSource = Pick<typeof vscode.workspace, 'getConfiguration'>;

/**
 * The value of one setting for `scope` (a document's uri for resource-scoped settings). A value of
 * another type than the default's (a hand-edited settings.json) reads as the default.
 */
export function setting<K extends SettingName>(source: ConfigSource, name: K, scope?: vscode.ConfigurationScope): Settings[K] {
  const dot = name.lastIndexOf('.');
  const value: unknown = source.getConfiguration(name.slice(0, dot), scope).get(name.slice(dot + 1));
  const fallback = DEFAULTS[name];
  return typeof value === typeof fallback ? (value as Settings[K]) : fallback;
}
