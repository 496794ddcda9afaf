/**
 * The built sample site cannot be broken by its text: every XML file (RSS
 * feeds, sitemaps) is well-formed according to a real XML parser, and no
 * page has an id twice. The injection fixture build (tests/browser/
 * injection.test.ts) checks the same on text made to break them.
 */
import path from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/chromium.ts';
import { outputDir, sampleSiteDir } from '../helpers/paths.ts';
import { duplicateIds, htmlPages, xmlFiles, xmlProblems } from '../helpers/well-formed.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('well-formed output of the sample site', () => {
  it('parses every RSS feed and sitemap as XML', async () => {
    const files = xmlFiles(sampleSiteDir);
    expect(files).toContain('lessen/rss.xml');
    expect(files).toContain('prototypen/rss.xml');
    expect(files.filter((file) => file.startsWith('werkgebieden/')).length).toBeGreaterThan(1);
    expect(await xmlProblems(browser, sampleSiteDir, files)).toEqual([]);
  });

  it('names a feed that is not well-formed (a check of the check)', async () => {
    const dir = path.join(outputDir, 'broken-xml');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'rss.xml'), '<?xml version="1.0"?><rss><channel><title>Lezen & schrijven</title></channel></rss>');
    expect(await xmlProblems(browser, dir, ['rss.xml'])).toEqual([expect.stringMatching(/^rss\.xml: .*xmlParseEntityRef/)]);
  });

  it('gives every element on every page an id of its own', () => {
    const pages = htmlPages(sampleSiteDir);
    expect(pages.length).toBeGreaterThan(90);
    expect(duplicateIds(sampleSiteDir, pages)).toEqual([]);
  });
});
