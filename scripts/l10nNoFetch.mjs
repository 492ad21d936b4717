// esbuild plugin for the Node bundles: @vscode/l10n can load a bundle from an http(s) URL with
// fetch(), a path the product never takes (the server and the CLI read l10n/*.json from disk and
// hand the contents over; the extension uses vscode.l10n). The call is replaced by one that throws,
// so no bundle can reach for the network (test/server/noNetwork.test.ts). The build fails if the
// library no longer has exactly the expected call, so an upgrade cannot silently drop the patch.
import { readFile } from 'node:fs/promises';

const FETCH = 'await fetch(uri.toString(), {';
const PATCHED = 'await __salesTacticsNoFetch(uri.toString(), {';
const NO_FETCH = 'function __salesTacticsNoFetch() { throw new Error("translation bundles are read from disk only"); }\n';

export const l10nNoFetch = {
  name: 'l10n-no-fetch',
  setup(build) {
    let patched = 0;
    build.onStart(() => {
      patched = 0;
    });
    build.onLoad({ filter: /[\\/]node_modules[\\/]@vscode[\\/]l10n[\\/]dist[\\/]main\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const count = text.split(FETCH).length - 1;
      if (count !== 1) return { errors: [{ text: `l10n-no-fetch: expected one \`${FETCH}\` in ${args.path}, found ${count}; check scripts/l10nNoFetch.mjs against this @vscode/l10n version` }] };
      patched++;
      return { contents: NO_FETCH + text.replace(FETCH, PATCHED), loader: 'js' };
    });
    build.onEnd((result) => {
      if (result.errors.length === 0 && patched > 1) {
        return { errors: [{ text: `l10n-no-fetch: @vscode/l10n loaded ${patched} times in one bundle` }] };
      }
      return undefined;
    });
  },
};
