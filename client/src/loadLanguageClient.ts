/**
 * The language client library, loaded on first use. In the bundles, `./languageClient` is the
 * separate dist/languageClient.js (scripts/lazyLanguageClient.mjs); run from the sources, it is
 * the module beside this one.
 */
import type * as LanguageClientModule from './languageClient';

export type LanguageClientLibrary = typeof LanguageClientModule;

let loaded: LanguageClientLibrary | undefined;

export function languageClientLibrary(): LanguageClientLibrary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require() esbuild leaves in place, run on first use
  return (loaded ??= require('./languageClient') as LanguageClientLibrary);
}
