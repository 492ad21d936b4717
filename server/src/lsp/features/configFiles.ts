/**
 * `.tactic-lint.yaml` in the editor: its problems are published as diagnostics on the file itself
 * (so a typo in a rule id shows in the Problems panel), and when a configuration file is created,
 * changed or deleted, open tactics are linted again. VS Code's client reports the changes through
 * `synchronize.fileEvents`; other clients are asked to watch the files by dynamic registration.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Diagnostic, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import type { ConfigFileResult } from '../../node/configFiles';
import { LINT_CONFIG_FILE_NAMES } from '../../service';
import { DIAGNOSTIC_SOURCE } from '../../service';
import { fsPathOf } from '../config';
import type { ServerFeature } from '../context';
import { runDetached } from '../runSafe';

const CONFIG_NAMES = new Set<string>(LINT_CONFIG_FILE_NAMES);

/** Whether the client can be asked to watch files (read at initialize; one server per process). */
let canRegisterWatchers = false;

export const configFilesFeature: ServerFeature = {
  capabilities(params) {
    canRegisterWatchers = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {};
  },
  initialized({ connection }) {
    if (!canRegisterWatchers) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.tactic-lint.{yaml,yml}' }],
    }).catch(() => undefined);
  },
  register({ connection, config, diagnostics, log }) {

    /** Configuration files whose problems were published (to clear them when a file goes). */
    const published = new Set<string>();
    // Each file's problems are published when it is read: once per version of the file.
    const publish = (result: ConfigFileResult) => {
      if (!result.path) return;
      published.add(result.path);
      const diags: Diagnostic[] = result.problems.map((p) => ({
        range: p.range, severity: 1, code: p.code, source: DIAGNOSTIC_SOURCE, message: p.message,
      }));
      if (result.readError) {
        diags.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: DIAGNOSTIC_SOURCE, message: result.readError });
      }
      void connection.sendDiagnostics({ uri: pathToFileURL(result.path).href, diagnostics: diags }).catch(() => undefined);
    };
    config.files.onRead = publish;

    connection.onDidChangeWatchedFiles((params) => runDetached(log, 'watched files', () => {
      let changed = false;
      for (const change of params.changes) {
        const path = fsPathOf(change.uri);
        if (!path || !CONFIG_NAMES.has(basename(path))) continue;
        changed = true;
        config.files.forget(path);
        if (change.type === FileChangeType.Deleted) {
          if (published.delete(path)) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] }).catch(() => undefined);
        } else if (existsSync(path)) {
          // Also files no open tactic uses yet: a mistake shows as soon as the file is saved
          // (reading it publishes its problems).
          config.files.load(path);
        }
      }
      if (!changed) return;
      // The VS Code settings did not change (their cache stays); the file configuration is
      // combined afresh on every lintConfigFor.
      config.notifyFilesChanged();
      diagnostics.scheduleAll();
    }));
  },
};
