// Loads the built client bundle in a fresh Node process and times what VS Code's extension host
// would spend on it: require() of the bundle, then activate() until its promise resolves (and,
// untimed, whether activation started the language client).
// Plain CommonJS run by plain node, so no TypeScript loader sits between us and require().
//
// Usage: node bench/activateProbe.cjs path/to/extension.js
//   → prints {"loadMs":…,"activateMs":…,"readyMs":…,"serverStarted":true|false}: readyMs from calling
//     activate() until the language client runs (absent if it never did), serverStarted whether
//     the fake server was sent `initialize`
//
// `vscode` is a stub: a deep Proxy where every property is a callable no-op returning another
// stub, plus the few real values the language client checks (version, Uri, EventEmitter,
// configuration defaults). The language server is faked too: child_process.fork returns an
// in-process object that answers `initialize` at once over the IPC message protocol, so the
// figure is the client's own cost, not the server's start-up (measured in the server rows).
'use strict';
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const { PassThrough } = require('node:stream');
const path = require('node:path');
const realChildProcess = require('node:child_process');

function stub(name) {
  const cache = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a thenable: `await stub` must not hang
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'toString' || prop === 'toJSON') return () => name;
      if (!cache.has(prop)) cache.set(prop, stub(`${name}.${String(prop)}`));
      return cache.get(prop);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

/** A stub with some real members. */
function withReal(name, real) {
  const fallback = stub(name);
  return new Proxy(real, { get: (t, p) => (p in t ? t[p] : fallback[p]) });
}

class Disposable {
  constructor(fn) { this.fn = fn; }
  static from(...ds) { return new Disposable(() => ds.forEach((d) => d && d.dispose && d.dispose())); }
  dispose() { if (this.fn) this.fn(); this.fn = undefined; }
}

class VsEventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (listener) => {
      this.listeners.add(listener);
      return new Disposable(() => this.listeners.delete(listener));
    };
  }
  fire(e) { for (const l of [...this.listeners]) l(e); }
  dispose() { this.listeners.clear(); }
}

const Uri = {
  file: (p) => withReal(`Uri(${p})`, { scheme: 'file', fsPath: p, path: p, toString: () => `file://${p}` }),
  parse: (s) => withReal(`Uri(${s})`, { scheme: s.split(':')[0], fsPath: s, path: s, toString: () => s }),
  joinPath: (base, ...parts) => Uri.file(path.join(base.fsPath, ...parts)),
};

const configuration = withReal('configuration', { get: (_key, dflt) => dflt, has: () => false, inspect: () => undefined, update: async () => undefined });

const real = {
  version: '1.100.0',
  Disposable,
  EventEmitter: VsEventEmitter,
  Uri,
  env: withReal('env', { language: 'en', appName: 'Visual Studio Code', machineId: 'bench', sessionId: 'bench', uiKind: 1, remoteName: undefined }),
  workspace: withReal('workspace', {
    getConfiguration: () => configuration,
    workspaceFolders: undefined,
    textDocuments: [],
    notebookDocuments: [],
    isTrusted: true,
  }),
  window: withReal('window', { visibleTextEditors: [], activeTextEditor: undefined, tabGroups: withReal('tabGroups', { all: [] }) }),
  extensions: withReal('extensions', { all: [] }),
  // Real strings: the language client tells its constructor's overloads apart by the name's type.
  l10n: {
    t: (message, ...args) => (typeof message === 'string' ? message : message.message).replace(/\{(\d+)\}/g, (_m, i) => String(args[i])),
    bundle: undefined,
    uri: undefined,
  },
};

/**
 * esbuild's `import * as vscode` copies the module's own properties, so every API name must be a
 * real key: take them from @types/vscode, stubbed unless given above.
 */
function apiNames() {
  try {
    const dts = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
    return [...dts.matchAll(/^\texport (?:class|enum|namespace|const|let|function) (\w+)/gm)].map((m) => m[1]);
  } catch {
    return ['commands', 'window', 'workspace', 'languages', 'env', 'extensions', 'l10n'];
  }
}
const vscode = {};
for (const name of apiNames()) vscode[name] = name in real ? real[name] : stub(`vscode.${name}`);
Object.assign(vscode, real);

let serverStarted = false;

/** The language server as the client sees it over IPC, answering every request at once. */
class FakeServer extends EventEmitter {
  constructor() {
    super();
    this.pid = 0;
    this.connected = true;
    this.exitCode = null;
    this.stdin = new PassThrough();
    this.stdout = new PassThrough();
    this.stderr = new PassThrough();
  }
  send(msg, _handle, _options, callback) {
    if (typeof callback === 'function') callback(null);
    if (msg && msg.method && msg.id !== undefined) {
      if (msg.method === 'initialize') serverStarted = true;
      const result = msg.method === 'initialize' ? { capabilities: { textDocumentSync: 2 } } : null;
      setImmediate(() => this.emit('message', { jsonrpc: '2.0', id: msg.id, result }));
    }
    if (msg && msg.method === 'exit') setImmediate(() => this.kill());
    return true;
  }
  kill() {
    if (this.exitCode !== null) return true;
    this.exitCode = 0;
    this.connected = false;
    setImmediate(() => { this.emit('exit', 0, null); this.emit('close', 0, null); });
    return true;
  }
  disconnect() { this.connected = false; }
}

const childProcess = { ...realChildProcess, fork: () => new FakeServer() };
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  if (request === 'child_process' || request === 'node:child_process') return childProcess;
  return load.call(this, request, parent, isMain);
};

async function main() {
  const bundle = path.resolve(process.argv[2]);
  const root = path.dirname(path.dirname(bundle));
  const context = withReal('context', {
    subscriptions: [],
    extensionPath: root,
    extensionUri: Uri.file(root),
    asAbsolutePath: (p) => path.join(root, p),
    extensionMode: 1,
    globalState: withReal('globalState', { get: (_k, d) => d, update: async () => undefined, keys: () => [] }),
    workspaceState: withReal('workspaceState', { get: (_k, d) => d, update: async () => undefined, keys: () => [] }),
  });
  const t0 = performance.now();
  const extension = require(bundle);
  const t1 = performance.now();
  const api = await extension.activate(context);
  const t2 = performance.now();
  // activate() need not wait for the server, but the work of starting the client still runs on
  // the extension host right after: time until the client runs (the fake server answers at once).
  const running = () => !!(api && api.ctx && api.ctx.languageClient && api.ctx.languageClient.isRunning());
  while (!running() && performance.now() - t2 < 2000) await new Promise((r) => setImmediate(r));
  const t3 = performance.now();
  process.stdout.write(JSON.stringify({ loadMs: t1 - t0, activateMs: t2 - t1, readyMs: running() ? t3 - t1 : undefined, serverStarted }) + '\n');
  // Deactivation is not timed; it only lets the process end cleanly.
  await Promise.race([Promise.resolve(extension.deactivate && extension.deactivate()), new Promise((r) => setTimeout(r, 1000))]);
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
