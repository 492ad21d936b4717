/**
 * What package.json declares about workspace trust and virtual workspaces matches what the
 * extension does (README "Security and robustness" explains the choices).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/service';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** package.json's English text: a `%key%` value read from package.nls.json. */
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const english = (value: string) => value.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? value);

describe('workspace capabilities in package.json', () => {
  it('untrusted workspaces: supported, because no setting can make the extension run or load anything', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    // A setting naming a program, path, URL or arguments would have to be restricted (or trust
    // declared "limited"): there is none.
    const settings = pkg.contributes.configuration.properties as Record<string, { type: unknown; enum?: unknown[] }>;
    for (const [name, s] of Object.entries(settings)) {
      assert.doesNotMatch(name, /path|command|exec|program|args|url|server\.(module|run)/i, `${name} would need restrictedConfigurations`);
      const types = ([] as unknown[]).concat(s.type);
      assert.ok(types.every((t) => ['object', 'number', 'boolean', 'null'].includes(String(t))) || Array.isArray(s.enum) || /^tactic\.lint\.rules$/.test(name),
        `${name}: free text settings need a second look for untrusted workspaces`);
    }
  });

  it('virtual workspaces: not supported, and the client only serves file, untitled and remote documents', () => {
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, false);
    assert.match(english(pkg.capabilities.virtualWorkspaces.description), /file system/);
    const ctx = readFileSync(join(ROOT, 'client', 'src', 'ctx.ts'), 'utf8');
    const schemes = [...ctx.matchAll(/scheme: '([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(schemes, ['file', 'untitled', 'vscode-remote'], 'a new scheme means revisiting virtualWorkspaces');
  });

  it('no telemetry package among the dependencies', () => {
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    assert.deepEqual(deps.filter((d) => /telemetry|applicationinsights|analytics|sentry/i.test(d)), []);
  });
});
