/**
 * What each bundle pulls in. The client bundle is loaded on every activation, so it must not carry
 * the language service (the YAML parser, the schema validator): those belong to the server. Nor
 * the language client library, which loads from its own bundle once activation is done.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
// @ts-expect-error: a plain ES module script without types (the esbuild plugin of scripts/build.mjs)
import { lazyLanguageClient } from '../../scripts/lazyLanguageClient.mjs';
import { ROOT } from '../helpers/service';

/** A bundle of `entry` as scripts/build.mjs makes it (minified): its text and input files. */
async function bundle(entry: string): Promise<{ text: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [join(ROOT, entry)], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], minify: true,
    write: false, metafile: true, logLevel: 'silent', absWorkingDir: ROOT, plugins: [lazyLanguageClient],
  });
  return { text: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs) };
}

async function inputsOf(entry: string): Promise<string[]> {
  return (await bundle(entry)).inputs;
}

/** The packages (node_modules/<name>) among a bundle's inputs. */
function packagesOf(inputs: string[]): Set<string> {
  const names = inputs.map((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1]);
  return new Set(names.filter((n): n is string => !!n));
}

describe('bundles', () => {
  it('the client bundle has no language client library, YAML parser or schema validator', async () => {
    const { text, inputs } = await bundle('client/src/extension.ts');
    const packages = packagesOf(inputs);
    for (const heavy of ['vscode-languageclient', 'vscode-jsonrpc', 'yaml', 'ajv', 'mermaid']) assert.ok(!packages.has(heavy), `dist/extension.js would bundle ${heavy}`);
    assert.match(text, /require\("\.\/languageClient\.js"\)/, 'it loads dist/languageClient.js when the client starts');
  });

  it('the language client bundle has the library and nothing of the extension', async () => {
    const inputs = await inputsOf('client/src/languageClient.ts');
    assert.ok(packagesOf(inputs).has('vscode-languageclient'), inputs.join(', '));
    assert.deepEqual(inputs.filter((p) => !p.includes('node_modules/')), ['client/src/languageClient.ts']);
  });

  it('the Node bundles are ASCII, so V8 keeps their source at one byte per character', async () => {
    // esbuild escapes strings but copies regular-expression literals as written.
    for (const entry of ['client/src/extension.ts', 'client/src/languageClient.ts', 'server/src/main.ts', 'server/src/cli.ts']) {
      const { text } = await bundle(entry);
      const at = text.search(/[\u0080-\uffff]/);
      assert.equal(at, -1, `${entry}: non-ASCII at ${at}: …${text.slice(Math.max(0, at - 40), at + 10)}…`);
    }
  });

  it('the server bundle has no schema compiler (the validators are generated ahead of time)', async () => {
    const inputs = await inputsOf('server/src/main.ts');
    assert.ok(packagesOf(inputs).has('yaml'), inputs.join(', '));
    const compiler = inputs.filter((p) => /node_modules\/ajv\/dist\/(compile|core|ajv)/.test(p));
    assert.deepEqual(compiler, [], 'dist/server.js would bundle ajv\'s compiler');
  });
});
