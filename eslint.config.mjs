// @ts-check
/**
 * ESLint for `npm run lint` (part of `npm test`). Syntax only, no type information, so it stays
 * fast. Besides the recommended rules of ESLint and typescript-eslint it enforces the
 * architecture (README, Development):
 *
 * - `architecture/pure-service`: the language service (server/src/service/) imports no vscode, no
 *   Node built-in, no LSP runtime (vscode-languageserver, its protocol, jsonrpc, the client) and,
 *   through relative paths, nothing outside its folder but the two JSON schemas it validates
 *   against; it reads no Node global (process, Buffer, require, …) either.
 * - `architecture/service-entry`: code outside the service (the LSP wiring, the CLI, the Node
 *   helpers, the client, the bench, the scripts) enters it only through its index.ts, or through
 *   light.ts, the entry the client and the webview bundle without the parser and the validator.
 *   Tests are exempt: they unit-test the modules.
 * - The webview (client/webview/) is browser code: DOM globals, no Node built-in, no vscode.
 * - `import-x/no-cycle`: no import cycles (type-only imports, which vanish at build, don't count).
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const SERVICE = path.join(ROOT, 'server/src/service');
/** Files outside the service that it may import (relative to the repository root). */
const SERVICE_MAY_IMPORT = ['schemas/tactic.schema.json', 'schemas/tactic-lint.schema.json'];
/** The modules of the service that code outside it may import (relative to the service, no extension). */
const SERVICE_ENTRIES = ['index', 'light'];

/** Packages the service must not import (nor any of their subpaths), with the reason. */
const NOT_IN_SERVICE = {
  vscode: 'the service runs outside VS Code (language server, CLI)',
  'vscode-languageserver': 'the LSP runtime belongs to server/src/lsp; import types from vscode-languageserver-types',
  'vscode-languageserver-protocol': 'the LSP runtime belongs to server/src/lsp; import types from vscode-languageserver-types',
  'vscode-jsonrpc': 'the LSP runtime belongs to server/src/lsp',
  'vscode-languageclient': 'the language client belongs to client/src',
};
const NODE_BUILTINS = new Set(builtinModules);

/** The name of a package in an import specifier: `a` of `a/b`, `@s/a` of `@s/a/b`. */
function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isRelative = (spec) => spec === '.' || spec === '..' || spec.startsWith('./') || spec.startsWith('../');
const isInside = (file, dir) => {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Visitors calling `check(node, specifier)` for every module a file names: import and export
 * declarations, `import()`, `import('…')` types, `import x = require('…')` and `require('…')`.
 */
function eachModule(check) {
  const literal = (node) => (node && node.type === 'Literal' && typeof node.value === 'string' ? node : undefined);
  const visit = (node) => {
    if (node) check(node, node.value);
  };
  return {
    ImportDeclaration: (n) => visit(literal(n.source)),
    ExportNamedDeclaration: (n) => visit(literal(n.source)),
    ExportAllDeclaration: (n) => visit(literal(n.source)),
    ImportExpression: (n) => visit(literal(n.source)),
    TSImportType: (n) => visit(literal(n.source) ?? literal(n.argument?.literal)),
    TSExternalModuleReference: (n) => visit(literal(n.expression)),
    CallExpression: (n) => {
      if (n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments.length === 1) visit(literal(n.arguments[0]));
    },
  };
}

/** @type {import('eslint').ESLint.Plugin} */
const architecture = {
  meta: { name: 'architecture' },
  rules: {
    'pure-service': {
      meta: {
        type: 'problem',
        docs: { description: 'The language service imports no vscode, Node built-in, LSP runtime or file outside its folder.' },
        messages: {
          builtin: "The language service does no I/O: '{{spec}}' is a Node built-in. Take what it needs as a parameter.",
          package: "The language service may not import '{{spec}}': {{why}}.",
          outside: "The language service may not import '{{spec}}', which is outside server/src/service.",
        },
        schema: [],
      },
      create(context) {
        const dir = path.dirname(context.filename);
        const allowed = new Set(SERVICE_MAY_IMPORT.map((p) => path.join(ROOT, p)));
        return eachModule((node, spec) => {
          if (isRelative(spec) || path.isAbsolute(spec)) {
            const target = path.resolve(dir, spec);
            if (!isInside(target, SERVICE) && !allowed.has(target)) context.report({ node, messageId: 'outside', data: { spec } });
            return;
          }
          const name = packageName(spec);
          if (spec.startsWith('node:') || NODE_BUILTINS.has(name)) context.report({ node, messageId: 'builtin', data: { spec } });
          else if (Object.hasOwn(NOT_IN_SERVICE, name)) context.report({ node, messageId: 'package', data: { spec, why: NOT_IN_SERVICE[name] } });
        });
      },
    },
    'service-entry': {
      meta: {
        type: 'problem',
        docs: { description: 'Code outside the language service imports only its entry points.' },
        messages: {
          deep: "Import the language service through its entry point ('{{entry}}'), not '{{spec}}'. Export what you need from server/src/service/index.ts.",
        },
        schema: [],
      },
      create(context) {
        const dir = path.dirname(context.filename);
        const entries = new Set(SERVICE_ENTRIES.map((e) => path.join(SERVICE, e)));
        entries.add(SERVICE);
        return eachModule((node, spec) => {
          if (!isRelative(spec)) return;
          const target = path.resolve(dir, spec).replace(/\.[cm]?[jt]s$/, '');
          if (!isInside(target, SERVICE) || entries.has(target)) return;
          const entry = path.relative(dir, SERVICE).split(path.sep).join('/');
          context.report({ node, messageId: 'deep', data: { spec, entry: entry.startsWith('.') ? entry : `./${entry}` } });
        });
      },
    },
  },
};

const TS = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default defineConfig([
  globalIgnores(['node_modules/', 'dist/', 'out/', '.e2e/', '.vscode-test/', 'bench-results/', 'server/src/service/generated/']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  // the TypeScript parser and rules for TypeScript only: JavaScript keeps espree and its scopes
  { files: TS, extends: [tseslint.configs.recommended] },
  {
    ignores: ['client/webview/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // the preview's webview runs in the browser: DOM globals, no Node and no VS Code API
    files: ['client/webview/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The webview runs in the browser; it talks to the extension through messages (messages.ts).' }],
        patterns: [{ regex: `^(node:|(${builtinModules.join('|')})(/|$))`, message: 'The webview runs in the browser, without Node.' }],
      }],
    },
  },
  {
    files: TS,
    rules: {
      // `_name` for what is there on purpose (an omitted property, a parameter a signature needs)
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // tests read untyped JSON (CLI output, SARIF) and reach into the page's window under Playwright
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: JS,
    rules: {
      'no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },

  // no import cycles
  {
    files: [...TS, ...JS],
    plugins: { 'import-x': importX },
    settings: {
      // how no-cycle follows an import: resolve it like the bundler (extensionless, .ts first), and
      // read the module it names with the parser of its language
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mts', '.cts', '.d.ts', '.mjs', '.cjs', '.js', '.json', '.node'] })],
      'import-x/extensions': ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts', '.cts'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },

  // the architecture
  { plugins: { architecture } },
  {
    files: ['server/src/service/**'],
    rules: {
      'architecture/pure-service': 'error',
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', 'module', 'exports', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: 'The language service does no I/O and runs anywhere: take what it needs as a parameter.',
        })),
      ],
    },
  },
  {
    files: ['server/src/**', 'client/**', 'bench/**', 'scripts/**'],
    ignores: ['server/src/service/**'],
    rules: { 'architecture/service-entry': 'error' },
  },
]);
