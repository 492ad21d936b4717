/**
 * The client against package.json's `contributes`: the commands it registers are the commands it
 * contributes, and each setting it reads is contributed with the default it falls back to. Reads
 * the client's vscode-free modules and sources only, so no VS Code is needed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { COMMAND_IDS } from '../../client/src/commandIds';
import { ConfigSource, DEFAULTS, setting, SettingName } from '../../client/src/config';
import { ROOT } from '../helpers/service';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const CLIENT_SRC = join(ROOT, 'client', 'src');

function clientSources(dir = CLIENT_SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? clientSources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('client commands', () => {
  const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);

  it('every contributed command is registered, and every registered command is contributed', () => {
    assert.equal(new Set(COMMAND_IDS).size, COMMAND_IDS.length, 'an id is listed twice');
    assert.deepEqual([...COMMAND_IDS].sort(), [...contributed].sort());
  });

  it('the registry in commands.ts maps exactly the ids of commandIds.ts', () => {
    // The compiler checks this too (Record<CommandId, …>); the tests run without type checking.
    const src = readFileSync(join(CLIENT_SRC, 'commands.ts'), 'utf8');
    const block = /export const COMMANDS\b[^=]*=\s*\{([\s\S]*?)\n\};/.exec(src)?.[1];
    assert.ok(block, 'no COMMANDS object in commands.ts');
    const keys = [...block.matchAll(/^\s*'([^']+)'\s*:/gm)].map((m) => m[1]);
    assert.deepEqual(keys.sort(), [...COMMAND_IDS].sort());
  });

  it('commands are registered only by the loop in commands.ts', () => {
    const calls = clientSources().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bregister(?:TextEditor)?Command\s*\(/g)].map(() => relative(CLIENT_SRC, file)));
    assert.deepEqual(calls, ['commands.ts']);
  });

  it('every command a menu names is contributed', () => {
    const menus = pkg.contributes.menus as Record<string, Array<{ command?: string; alt?: string }>>;
    const named = Object.values(menus).flat().flatMap((m) => [m.command, m.alt]).filter((c): c is string => !!c);
    assert.deepEqual(named.filter((c) => !contributed.includes(c)), []);
  });
});

describe('client settings', () => {
  const properties: Record<string, { default?: unknown }> = pkg.contributes.configuration.properties;
  const names = Object.keys(DEFAULTS) as SettingName[];

  /** A `vscode.workspace` whose settings hold `values` (by full name); records what is read. */
  const fakeWorkspace = (values: Record<string, unknown> = {}) => {
    const read: string[] = [];
    const source = {
      getConfiguration: (section?: string) => ({
        get: (key: string) => {
          read.push(`${section}.${key}`);
          return values[`${section}.${key}`];
        },
      }),
    } as unknown as ConfigSource;
    return { source, read };
  };

  it('every tactic.* setting config.ts reads is contributed, with the same default', () => {
    assert.ok(names.length > 0);
    for (const name of names) {
      assert.ok(name.startsWith('tactic.'), name);
      assert.ok(properties[name], `${name} is not in contributes.configuration`);
      assert.deepEqual(DEFAULTS[name], properties[name].default, name);
    }
  });

  it('the client reads settings only through config.ts', () => {
    const readers = clientSources().filter((file) => /\bgetConfiguration\s*\(/.test(readFileSync(file, 'utf8'))).map((f) => relative(CLIENT_SRC, f));
    assert.deepEqual(readers, ['config.ts']);
  });

  it('reads each setting by its own name: unset or mistyped gives the default, set gives the value', () => {
    for (const name of names) {
      const unset = fakeWorkspace();
      assert.deepEqual(setting(unset.source, name), properties[name].default, name);
      assert.deepEqual(unset.read, [name]);
      const other = typeof DEFAULTS[name] === 'boolean' ? !DEFAULTS[name] : undefined;
      assert.notEqual(other, undefined, `${name}: add a test value for its type`);
      assert.equal(setting(fakeWorkspace({ [name]: other }).source, name), other, name);
      assert.equal(setting(fakeWorkspace({ [name]: 'yes' }).source, name), DEFAULTS[name], name);
    }
  });
});
