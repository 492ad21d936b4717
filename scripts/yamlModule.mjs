// esbuild plugin for the Node bundles: `yaml` resolves to its ES module build (the package's
// `default` export condition) instead of its CommonJS one. Bundled as CommonJS, every call such as
// `isMap(node)` went through an interop getter, and its parser read `process.env.LOG_TOKENS` for
// every token; together about a tenth of `tactic lint`. Same version, same code otherwise (the
// ES build only leaves out Node's `process` and `Buffer`, which the core schema never needs).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const YAML_ESM = join(dirname(require.resolve('yaml/package.json')), 'browser', 'index.js');

export const yamlModule = {
  name: 'yaml-module',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: YAML_ESM }));
  },
};
