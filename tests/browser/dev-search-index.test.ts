/**
 * `npm start` keeps the search index in step with what editors save
 * (src/integrations/dev-search-index.ts): a changed entry's page, as the dev
 * server renders it, replaces the built one in a freshly written index, and a
 * deleted or draft entry (404) leaves it. Checked with Pagefind's real index
 * writer and a search in Chromium; the dev server is stood in for by a
 * function that returns the page's HTML.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devSearchIndex, pagePathOfContentFile } from '../../src/integrations/dev-search-index.ts';
import { launchChromium } from '../../tools/chromium.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { outputDir } from '../helpers/paths.ts';

const root = path.join(outputDir, 'dev-search-index');
const buildDir = path.join(root, 'dist');
const siteDir = path.join(root, 'site');
const contentDir = path.join(root, 'content');

const page = (title: string, text: string) =>
  `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

function writePage(dir: string, sitePath: string, html: string) {
  mkdirSync(path.join(dir, sitePath), { recursive: true });
  writeFileSync(path.join(dir, sitePath, 'index.html'), html);
}

describe('the content file behind a page', () => {
  it('is the page of its collection and id: content/lessons/x.md is /lessen/x/', () => {
    expect(pagePathOfContentFile('/site/content', '/site/content/lessons/rust-helpt.md')).toBe('/lessen/rust-helpt/');
    expect(pagePathOfContentFile('/site/content', '/site/content/experts/ans.mdx')).toBe('/wie-weet-wat/ans/');
    expect(pagePathOfContentFile('/site/content', '/site/content/regions/heiloo.yaml')).toBe('/werkgebieden/heiloo/');
  });

  it('is none for files that are not entries', () => {
    expect(pagePathOfContentFile('/site/content', '/site/src/pages/index.astro')).toBeUndefined();
    expect(pagePathOfContentFile('/site/content', '/site/content/lessons/.gitkeep')).toBeUndefined();
    expect(pagePathOfContentFile('/site/content', '/site/content/onbekend/x.md')).toBeUndefined();
    expect(pagePathOfContentFile('/site/content', '/site/content/lessons/sub/x.md')).toBeUndefined();
  });
});

describe('the search index while editing', () => {
  let browser: Browser;
  let server: StaticServer;
  const updates: string[][] = [];

  beforeAll(async () => {
    rmSync(root, { recursive: true, force: true });
    writePage(buildDir, 'lessen/vlinders', page('Vlinders', 'Een les over het quokkaverblijf.'));
    writePage(buildDir, 'lessen/zebra', page('Zebra', 'Een les over het zebrapad.'));
    writePage(buildDir, 'lessen/blijft', page('Blijft', 'Een les over de mierenhoop.'));
    writePage(siteDir, '', '<!doctype html><html lang="nl"><head><title>Test</title></head><body></body></html>');
    const fromDevServer: Record<string, string | null> = {
      '/lessen/vlinders/': page('Vlinders', 'Nu over het kikkerbad.'),
      '/lessen/zebra/': null,
    };
    const refresher = devSearchIndex({
      buildDir,
      contentDir,
      outputPath: path.join(siteDir, 'pagefind'),
      fetchPage: async (sitePath) => fromDevServer[sitePath] ?? null,
      onUpdated: (changed) => updates.push(changed),
      onFailed: (error) => {
        throw error;
      },
      delay: 10,
    });
    refresher.contentChanged(path.join(contentDir, 'lessons', 'vlinders.md'));
    refresher.contentChanged(path.join(contentDir, 'lessons', 'zebra.md'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await refresher.settled();
    server = await serveStatic(siteDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(term: string): Promise<string[]> {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/`);
    const urls = await tab.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(${JSON.stringify(term)});
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    })()`);
    await tab.close();
    return urls as string[];
  }

  it('takes changes that come together in one update', () => {
    expect(updates).toEqual([['/lessen/vlinders/', '/lessen/zebra/']]);
  });

  it('finds the changed page by its new text, no longer by its old text', async () => {
    expect(await search('kikkerbad')).toEqual(['/lessen/vlinders/']);
    expect(await search('quokkaverblijf')).toEqual([]);
  });

  it('no longer finds a deleted entry, and still finds the pages nobody touched', async () => {
    expect(await search('zebrapad')).toEqual([]);
    expect(await search('mierenhoop')).toEqual(['/lessen/blijft/']);
  });
});
