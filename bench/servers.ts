/** The two language servers compared: ours (the built bundle) and Red Hat's yaml-language-server. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerSpec } from './lspSession';

export const ROOT = join(__dirname, '..');
export const SCHEMA_PATH = join(ROOT, 'schemas', 'tactic.schema.json');

/** `profileDir`: write a CPU profile of every server process there (node --cpu-prof). */
export function tacticServer(serverJs: string, profileDir?: string): ServerSpec {
  return {
    name: 'tactic',
    script: serverJs,
    args: ['--stdio'],
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    languageId: 'tactic',
    settings: { 'tactic.lint': {} },
  };
}

/** yaml-language-server's entry script, or undefined when the devDependency is not installed. */
export function yamlServerScript(): string | undefined {
  try {
    const pkg = createRequire(join(ROOT, 'package.json')).resolve('yaml-language-server/package.json');
    return join(dirname(pkg), 'bin', 'yaml-language-server');
  } catch {
    return undefined;
  }
}

/**
 * yaml-language-server as the Red Hat YAML extension runs it, with the project's schema associated
 * to tactic files through `yaml.schemas` (answered via workspace/configuration, which the server
 * pulls when told the configuration changed). The schema store is off: no network, no other schemas.
 */
export function yamlServer(script: string): ServerSpec {
  return {
    name: 'yaml-language-server',
    script,
    args: ['--stdio'],
    languageId: 'yaml',
    settings: {
      yaml: {
        validate: true,
        hover: true,
        completion: true,
        format: { enable: false },
        schemaStore: { enable: false },
        schemas: { [pathToFileURL(SCHEMA_PATH).href]: ['*.tactic.yaml', '*.tactic.yml'] },
      },
      http: {},
      '[yaml]': {},
      editor: {},
    },
  };
}
