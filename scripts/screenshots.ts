/**
 * `npm run screenshots`: photographs one page of every type at phone (375 px)
 * and desktop (1280 px) width from the last build (dist/), into screenshots/.
 * Look at them before you call a page done.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../src/lib/chromium.ts';
import { serveStatic } from '../src/lib/static-server.ts';

const distDir = path.resolve(process.argv[2] ?? 'dist');
const outDir = path.resolve('screenshots');
const pages = (process.env.PAGES ?? '/,/prototypen/,/lessen/,/wie-weet-wat/,/werkgebieden/,/themas/,/netwerkgroepen/,/speerpunten/')
  .split(',');
const widths = { phone: 375, desktop: 1280 };

mkdirSync(outDir, { recursive: true });
const server = await serveStatic(distDir);
const browser = await launchChromium();
try {
  for (const [device, width] of Object.entries(widths)) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const sitePath of pages) {
      await page.goto(`${server.url}${sitePath}`);
      const name = `${sitePath.replace(/^\/|\/$/g, '').replace(/[/?=&]/g, '_') || 'home'}-${device}.png`;
      await page.screenshot({ path: path.join(outDir, name), fullPage: true });
      console.log(`screenshots/${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
