/**
 * One Chromium and one static server on the sample site per test file:
 * `const site = useSampleSite()` at the top of a describe block gives
 * `site.page(path)` for a fresh page and `site.url`.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/chromium.ts';
import { serveStatic, type StaticServer, type StaticServerOptions } from '../../tools/static-server.ts';
import { sampleSiteDir } from './paths.ts';

export interface SampleSite {
  readonly url: string;
  readonly browser: Browser;
  /**
   * Opens `path` in a new page of a new context (no shared cache or history).
   * `context` passes extra context options (such as `bypassCSP`); `beforeGoto`
   * can attach listeners that must see the page load.
   */
  page(path: string, options?: { width?: number; context?: BrowserContextOptions; beforeGoto?: (page: Page) => void | Promise<void> }): Promise<Page>;
}

export function useSampleSite(options: { dir?: string; headers?: StaticServerOptions['headers'] } = {}): SampleSite {
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await serveStatic(options.dir ?? sampleSiteDir, { headers: options.headers });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server.url;
    },
    get browser() {
      return browser;
    },
    async page(path, { width = 1280, context: contextOptions = {}, beforeGoto } = {}) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, ...contextOptions });
      contexts.push(context);
      const page = await context.newPage();
      await beforeGoto?.(page);
      await page.goto(`${server.url}${path}`);
      return page;
    },
  };
}
