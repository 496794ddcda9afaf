/**
 * The Pagefind index is read in batches while Astro renders the other pages
 * (src/integrations/rendered-pages.ts). The sample content is built a second
 * time with batches of 5 pages, so most of its pages are read that way, and the
 * index is compared with the sample site's, read mostly at the end: the same
 * pages, the same fragments, the same results in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { contentDir, outputDir, sampleSiteDir } from '../helpers/paths.ts';
import { searchFor } from '../helpers/search-page.ts';

const batchedSite = path.join(outputDir, 'search-batches-site');
let build: BuildResult;
beforeAll(async () => {
  build = await astroBuild({ contentDir, outDir: batchedSite, name: 'search-batches-site', env: { LEERNETWERK_SEARCH_BATCH_SIZE: '5' } });
}, 300_000);

const batched = useSampleSite({ dir: batchedSite });
const sample = useSampleSite();

const htmlFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const fragments = (dir: string) => readdirSync(path.join(dir, 'pagefind', 'fragment')).sort();
const entry = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));

describe('the search index read while rendering', () => {
  it('reads most pages while rendering and every page once', () => {
    expect(build.code, build.output).toBe(0);
    const said = /Zoekindex gemaakt uit (\d+) pagina's \((\d+) daarvan al gelezen/.exec(build.output);
    expect(said, build.output).not.toBeNull();
    const [pages, whileRendering] = [Number(said![1]), Number(said![2])];
    expect(pages).toBe(htmlFiles(batchedSite).length);
    expect(pages).toBe(htmlFiles(sampleSiteDir).length);
    expect(whileRendering).toBeGreaterThan(pages / 2);
    expect(whileRendering).toBeLessThan(pages);
  });

  it('holds the same pages as the sample site, each once', () => {
    expect(fragments(batchedSite)).toEqual(fragments(sampleSiteDir));
    expect(entry(batchedSite).languages.nl.page_count).toBe(entry(sampleSiteDir).languages.nl.page_count);
  });

  it('finds the same pages for words and filters as the sample site', async () => {
    const searches: Array<Record<string, string>> = [{ q: 'autisme' }, { q: 'ouders' }, { q: 'rust', soort: 'les' }, { soort: 'prototype', werkgebied: 'heiloo' }];
    for (const params of searches) {
      const [inBatches, inSample] = await Promise.all([searchFor((p) => batched.page(p), params), searchFor((p) => sample.page(p), params)]);
      expect(inBatches.results.length, JSON.stringify(params)).toBeGreaterThan(0);
      expect(inBatches.status).toBe(inSample.status);
      expect(inBatches.results.map((result) => result.href).sort()).toEqual(inSample.results.map((result) => result.href).sort());
    }
  });
});
