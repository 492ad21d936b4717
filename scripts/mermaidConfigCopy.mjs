// esbuild plugin for the webview bundle: replaces the body of Mermaid's getConfig() with
// copyConfig() from client/webview/mermaidConfigCopy.ts, which returns the same copy much faster
// (see that file for the measurements and the reason). The build fails if Mermaid's code no longer
// has the expected getConfig(), so a Mermaid upgrade cannot silently drop or misapply the patch.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const COPY_MODULE = fileURLToPath(new URL('../client/webview/mermaidConfigCopy.ts', import.meta.url));
const GET_CONFIG = 'var getConfig = /* @__PURE__ */ __name(() => {\n  return assignWithDepth_default({}, currentConfig);\n}, "getConfig");';
const PATCHED = 'var getConfig = /* @__PURE__ */ __name(() => {\n  return __salesTacticsCopyConfig(currentConfig);\n}, "getConfig");';

export const mermaidConfigCopy = {
  name: 'mermaid-config-copy',
  setup(build) {
    let patched = 0;
    build.onStart(() => {
      patched = 0;
    });
    build.onLoad({ filter: /[\\/]node_modules[\\/]mermaid[\\/]dist[\\/].*\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(GET_CONFIG)) return undefined;
      patched++;
      return {
        contents: `import { copyConfig as __salesTacticsCopyConfig } from ${JSON.stringify(COPY_MODULE)};\n${text.replace(GET_CONFIG, PATCHED)}`,
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
    build.onEnd((result) => {
      if (result.errors.length === 0 && patched !== 1) {
        return { errors: [{ text: `mermaid-config-copy: expected Mermaid's getConfig() in exactly one module, found ${patched}; check scripts/mermaidConfigCopy.mjs against this Mermaid version` }] };
      }
      return undefined;
    });
  },
};
