/**
 * Opens the preview page (served by previewServer.ts) in a Playwright page, as the browser tests
 * need it: `installApi` runs in the page before its script and must define `acquireVsCodeApi`
 * with a `__posted` array of what the page posts; CSP violations are collected; resolves once the
 * page has posted `ready`.
 */
import type { Page } from 'playwright-core';

// The callbacks below run in the page; this project has no DOM types.
declare const window: any;
declare const document: any;

export async function openPreviewPage(page: Page, origin: string, cspViolations: string[], installApi: () => void): Promise<void> {
  // tsx compiles the tests with keepNames; functions shipped to the page may call its __name helper.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.exposeFunction('__cspViolation', (v: string) => cspViolations.push(v));
  await page.addInitScript(installApi);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e: any) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__posted.some((m: any) => m.type === 'ready'));
}
