/**
 * The architecture rules of eslint.config.mjs bite: the language service stays pure, code outside
 * it enters through its entry points only, and import cycles are found. Each case lints a few
 * lines as if they were a file at the given path, and checks which rules report.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..');

describe('architecture lint', () => {
  // no-cycle follows every import through the service graph; these cases are about the others
  const eslint = new ESLint({ cwd: ROOT, overrideConfig: { rules: { 'import-x/no-cycle': 'off' } } });

  /** The rules that report on `code` as the file `filePath` (relative to the repository root). */
  async function rulesFor(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
    assert.deepEqual(result.messages.filter((m) => m.fatal), [], 'the case must parse');
    return result.messages.map((m) => m.ruleId ?? '');
  }

  const SERVICE_FILE = 'server/src/service/authoring/x.ts';

  describe('the language service is pure', () => {
    for (const [what, code] of [
      ['vscode', "import * as vscode from 'vscode';\nexport const v = vscode;\n"],
      ['node:fs', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
      ['fs/promises', "import { readFile } from 'fs/promises';\nexport const r = readFile;\n"],
      ['path', "import * as path from 'path';\nexport const p = path;\n"],
      ['child_process', "export { spawn } from 'child_process';\n"],
      ['the LSP runtime', "import { createConnection } from 'vscode-languageserver/node';\nexport const c = createConnection;\n"],
      ['the LSP protocol', "import type { InitializeParams } from 'vscode-languageserver-protocol';\nexport type P = InitializeParams;\n"],
      ['node:fs through import()', "export const load = () => import('node:fs');\n"],
      ['the LSP wiring', "import { ParseCache } from '../../lsp/parseCache';\nexport const c = ParseCache;\n"],
      ['the Node helpers', "import * as config from '../../node/configFiles';\nexport const c = config;\n"],
      ['a file of the repository', "import pkg from '../../../../package.json';\nexport const p = pkg;\n"],
    ]) {
      it(`may not import ${what}`, async () => {
        assert.deepEqual(await rulesFor(SERVICE_FILE, code), ['architecture/pure-service']);
      });
    }

    it('may not read Node globals', async () => {
      const rules = await rulesFor(SERVICE_FILE, 'export const home = process.env.HOME;\nexport const b = Buffer.from("x");\n');
      assert.deepEqual(rules, ['no-restricted-globals', 'no-restricted-globals']);
    });

    it('may import its own modules, the protocol types, yaml and its schemas', async () => {
      const code = [
        "import type { Range } from 'vscode-languageserver-types';",
        "import { parseDocument } from 'yaml';",
        "import { BLOCKS } from '../domain/blocks';",
        "import type { ParsedTactic } from '../types';",
        "import schema from '../../../../schemas/tactic.schema.json';",
        "import lintSchema from '../../../../schemas/tactic-lint.schema.json';",
        'export const all = [parseDocument, BLOCKS, schema, lintSchema];',
        'export type T = [Range, ParsedTactic];',
        '',
      ].join('\n');
      assert.deepEqual(await rulesFor(SERVICE_FILE, code), []);
    });
  });

  describe('code outside the service imports only its entry points', () => {
    const deep = 'architecture/service-entry';
    for (const [file, spec, expected] of [
      ['server/src/lsp/x.ts', '../service/parsing/parse', [deep]],
      ['server/src/lsp/x.ts', '../service/diagram', [deep]],
      ['server/src/lsp/features/x.ts', '../../service/validation/rules', [deep]],
      ['server/src/x.ts', './service/types', [deep]],
      ['server/src/cli/x.ts', '../service/domain/blocks', [deep]],
      ['client/src/x.ts', '../../server/src/service/domain/template', [deep]],
      ['client/webview/x.ts', '../../server/src/service/diagram/mermaid', [deep]],
      ['bench/x.ts', '../server/src/service/parsing/parse', [deep]],
      ['server/src/lsp/x.ts', '../service', []],
      ['server/src/lsp/x.ts', '../service/index', []],
      ['server/src/x.ts', './service', []],
      ['client/src/x.ts', '../../server/src/service/light', []],
      ['bench/x.ts', '../server/src/service', []],
      // tests unit-test the modules
      ['test/unit/x.ts', '../../server/src/service/parsing/parse', []],
    ] as const) {
      it(`${file}: '${spec}' ${expected.length ? 'is refused' : 'passes'}`, async () => {
        assert.deepEqual(await rulesFor(file, `import * as m from '${spec}';\nexport const all = m;\n`), expected);
      });
    }

    it('covers type imports, re-exports and dynamic imports too', async () => {
      const code = [
        "import type { ParsedTactic } from '../service/types';",
        "export { parse } from '../service/parsing/parse';",
        "export const load = () => import('../service/diagram/salesCycle');",
        'export type T = ParsedTactic;',
        '',
      ].join('\n');
      assert.deepEqual(await rulesFor('server/src/lsp/x.ts', code), ['architecture/service-entry', 'architecture/service-entry', 'architecture/service-entry']);
    });
  });

  describe('import cycles', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'tactic-lint-cycle-'));
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      writeFileSync(join(dir, 'c.ts'), "import type { d } from './d';\nexport const c = (x: typeof d) => x;\n");
      writeFileSync(join(dir, 'd.ts'), "import { c } from './c';\nexport const d = () => c;\n");
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('are errors, unless one side imports only types', async () => {
      const cycles = new ESLint({ cwd: dir, overrideConfigFile: join(ROOT, 'eslint.config.mjs') });
      const results = await cycles.lintFiles(['a.ts', 'b.ts', 'c.ts', 'd.ts']);
      const found = results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]);
      assert.deepEqual(found, [['a.ts', ['import-x/no-cycle']], ['b.ts', ['import-x/no-cycle']], ['c.ts', []], ['d.ts', []]]);
    });
  });
});
