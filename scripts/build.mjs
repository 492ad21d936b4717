// Bundles the extension (client), the language server and the CLI into dist/ with esbuild.
// Usage: node scripts/build.mjs [--watch] [--no-minify]
// Minified by default, so tests and the bench run the code the .vsix ships; --watch (and
// --no-minify) keep the bundles readable for debugging.
import { build, context } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { l10nNoFetch } from './l10nNoFetch.mjs';
import { lazyLanguageClient } from './lazyLanguageClient.mjs';
import { mermaidConfigCopy } from './mermaidConfigCopy.mjs';
import { yamlModule } from './yamlModule.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const minify = !watch && !process.argv.includes('--no-minify');

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  minify,
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  plugins: [l10nNoFetch, yamlModule],
};

const targets = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [...node.plugins, lazyLanguageClient] },
  { ...node, entryPoints: ['client/src/languageClient.ts'], outfile: 'dist/languageClient.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { ...node, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  {
    bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: 'linked', minify: true,
    logLevel: 'warning', entryPoints: ['client/webview/main.ts'], outfile: 'dist/webview/preview.js',
    plugins: [mermaidConfigCopy],
  },
  {
    bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: 'linked', minify: true,
    logLevel: 'warning', entryPoints: ['client/webview/scorecard.ts'], outfile: 'dist/webview/scorecard.js',
  },
  {
    // inlined into exported HTML files: no source map comment pointing at a file that is not there
    bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: false, minify: true,
    logLevel: 'warning', entryPoints: ['client/webview/playbook.ts'], outfile: 'dist/webview/playbook.js',
    plugins: [mermaidConfigCopy],
  },
].filter((t) => existsSync(t.entryPoints[0]));

if (watch) {
  for (const t of targets) await (await context(t)).watch();
  console.log(`watching ${targets.length} bundles…`);
} else {
  await Promise.all(targets.map((t) => build(t)));
  console.log(`built ${targets.map((t) => t.outfile).join(', ')}`);
}
