// esbuild plugin for the Node bundles: `yaml` resolves to its ES module build (the package's
// `default` export condition) instead of its CommonJS one. Bundled as CommonJS, every call such as
// `isMap(node)` went through an interop getter, and its parser read `process.env.LOG_TOKENS` for
// every token: `tactic lint` on 1,000 files took 1.8 s with it, 1.4 s without. Same version and
// code otherwise; the ES build decodes `!!binary` without Node's `Buffer`, which is why the
// service does not resolve YAML 1.1 tags (YAML_OPTIONS), and test/cli/bundledYaml.test.ts
// checks that the bundle and the sources (which the tests run on the CommonJS build) agree.
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
