/**
 * The playbook's diagram renderer (dist/webview/playbook.js, Mermaid included) as the service
 * inlines it into exported HTML, with Node's SHA-256 for the page's script hash. Looked up beside
 * the running bundle (dist/cli.js, dist/server.js), or in dist/ when run from source.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InlineScript } from '../service';

let cached: InlineScript | null | undefined;

export function playbookScriptPath(): string | undefined {
  return [join(__dirname, 'webview', 'playbook.js'), join(__dirname, '..', '..', '..', 'dist', 'webview', 'playbook.js')].find((p) => existsSync(p));
}

/** The renderer, read once per process; undefined when it is not there (a build without it). */
export function playbookScript(): InlineScript | undefined {
  if (cached === undefined) {
    const path = playbookScriptPath();
    cached = path ? { text: readFileSync(path, 'utf8'), sha256: (text) => createHash('sha256').update(text, 'utf8').digest('base64') } : null;
  }
  return cached ?? undefined;
}
