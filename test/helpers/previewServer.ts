/**
 * Serves the real preview page over HTTP on 127.0.0.1 for browser tests and the bench: the HTML
 * the extension builds (client/src/preview/html.ts) with a fresh nonce, the built webview bundle
 * and its stylesheet. Nothing else is served.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { makeNonce, previewHtml } from '../../client/src/preview/html';

const ROOT = join(__dirname, '..', '..');
const SCRIPT_PATH = '/dist/webview/preview.js';
const STYLE_PATH = '/media/preview.css';

export interface PreviewServer {
  origin: string;
  nonce: string;
  /** The page and its two files: every URL the page may load. */
  ownUrls: string[];
  close(): Promise<void>;
}

/** `uri` is the document the page belongs to; `script` the webview bundle (default: the built one). */
export async function servePreviewPage(uri: string, script = join(ROOT, 'dist', 'webview', 'preview.js')): Promise<PreviewServer> {
  const nonce = makeNonce();
  let origin = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(previewHtml({ cspSource: origin, nonce, scriptUri: `${origin}${SCRIPT_PATH}`, styleUri: `${origin}${STYLE_PATH}`, state: { uri } }));
    } else if (path === SCRIPT_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(script));
    } else if (path === STYLE_PATH) {
      res.writeHead(200, { 'content-type': 'text/css' }).end(readFileSync(join(ROOT, STYLE_PATH)));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    nonce,
    ownUrls: ['/', SCRIPT_PATH, STYLE_PATH].map((p) => `${origin}${p}`),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
