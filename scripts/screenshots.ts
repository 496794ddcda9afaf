/**
 * `npm run screenshots`: photographs one page of every type at phone (375 px)
 * and desktop (1280 px) width from the last build (dist/), into screenshots/.
 * Look at them before you call a page done.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tools/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';

const distDir = path.resolve(process.argv[2] ?? 'dist');
const outDir = path.resolve('screenshots');
const everyPageType = [
  '/',
  '/prototypen/',
  '/prototypen/thuiszitterstafel/',
  '/lessen/',
  '/lessen/leesouders-zonder-training-werkt-niet/',
  '/wie-weet-wat/',
  '/wie-weet-wat/sanne-dekker/',
  '/werkgebieden/',
  '/werkgebieden/heiloo/',
  '/themas/autisme/',
  '/netwerkgroepen/oudersteunpunt/',
  '/speerpunten/samenwerken/',
  '/zoeken/?q=autisme',
  '/bestaat-niet/',
];
const pages = process.env.PAGES ? process.env.PAGES.split(',') : everyPageType;
const widths = { phone: 375, desktop: 1280 };
const partHeight = 1400;

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(distDir);
const browser = await launchChromium();
try {
  for (const [device, width] of Object.entries(widths)) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const sitePath of pages) {
      await page.goto(`${server.url}${sitePath}`);
      // The search page fills in its results after loading.
      if (sitePath.startsWith('/zoeken/')) await page.waitForSelector('#search-results li', { timeout: 10_000 }).catch(() => {});
      const stem = `${sitePath.replace(/^\/|\/$/g, '').replace(/[/?=&]/g, '_') || 'home'}-${device}`;
      // Long pages are cut into parts, so each part stays readable when you look at it.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let part = 0; part * partHeight < height; part++) {
        const name = `${stem}${part > 0 ? `-${part + 1}` : ''}.png`;
        const clip = { x: 0, y: part * partHeight, width, height: Math.min(partHeight, height - part * partHeight) };
        await page.screenshot({ path: path.join(outDir, name), fullPage: true, clip });
        console.log(`screenshots/${name}`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
