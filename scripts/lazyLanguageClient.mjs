// esbuild plugin for dist/extension.js: the `require('./languageClient')` of
// client/src/loadLanguageClient.ts stays a require() of dist/languageClient.js, its own bundle,
// instead of pulling vscode-languageclient into the bundle every activation loads.
export const lazyLanguageClient = {
  name: 'lazy-language-client',
  setup(build) {
    build.onResolve({ filter: /^\.\/languageClient$/ }, (args) =>
      /[\\/]client[\\/]src[\\/]loadLanguageClient\.ts$/.test(args.importer) ? { path: './languageClient.js', external: true } : undefined);
  },
};
