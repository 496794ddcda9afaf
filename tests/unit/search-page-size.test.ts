/**
 * The search page stays small as the network grows: large filter groups are
 * fetched instead of written into the page (src/search/facets.ts), and the
 * page's script carries only the search texts, not every Dutch text of the
 * site, the schemas or zod (src/search/client/).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl.ts';
import { searchAnswer, searchControls, searchPage } from '../../src/i18n/nl-search.ts';
import type { Relations } from '../../src/lib/relations.ts';
import { fetchedFacets, inlineValuesLimit, searchFacets } from '../../src/search/facets.ts';
import { contentDir, projectRoot } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const sample = relationsFromFolder(contentDir);
const keys = (facets: ReturnType<typeof searchFacets>) => facets.map((facet) => facet.key);

/** A network of `count` entries named "<prefix> n", as searchFacets reads them. */
const named = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${index + 1}`, data: { name: `${prefix} ${index + 1}` } }));

describe('filter groups in the search page or fetched', () => {
  it('keeps every filter group of the sample site in the page (8 werkgebieden, its thema\'s)', () => {
    const facets = searchFacets(sample);
    expect(facets.find((facet) => facet.key === 'werkgebied')?.options).toHaveLength(sample.regions.length);
    expect(Math.max(...facets.map((facet) => facet.options.length))).toBeLessThanOrEqual(inlineValuesLimit);
    expect(fetchedFacets(facets)).toEqual([]);
  });

  it('fetches werkgebied, thema, netwerkgroep and overgenomen-in for a national hub, and keeps the fixed lists in the page', () => {
    const hub = { regions: named('werkgebied', 1200), topics: named('thema', 300), networkGroups: named('groep', 40) } as unknown as Relations;
    const facets = searchFacets(hub);
    expect(keys(fetchedFacets(facets))).toEqual(['werkgebied', 'thema', 'netwerkgroep', 'overgenomen-in']);
    // The fetched values are the page's own, in the page's order.
    expect(fetchedFacets(facets)[0]!.options.slice(0, 2)).toEqual([['werkgebied-1', 'werkgebied 1'], ['werkgebied-2', 'werkgebied 2']]);
    expect(fetchedFacets(facets)[0]!.options).toHaveLength(1200);
  });

  it('fetches a group only when it has more values than the limit', () => {
    const facets = searchFacets(sample);
    expect(keys(fetchedFacets(facets, sample.regions.length))).not.toContain('werkgebied');
    expect(keys(fetchedFacets(facets, sample.regions.length - 1))).toContain('werkgebied');
  });

  it('keeps "soort" in the page at any size: the script reads the kinds of result from it', () => {
    const facets = searchFacets(sample);
    expect(facets.find((facet) => facet.key === 'soort')!.options.length).toBeGreaterThan(1);
    expect(keys(fetchedFacets(facets, 1))).not.toContain('soort');
    expect(keys(fetchedFacets(facets, 1))).toEqual(keys(facets).filter((key) => key !== 'soort'));
  });
});

/** Every module the search page's script imports, followed through relative imports (project-relative paths), and any package. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('src/')) return;
    const source = readFileSync(path.join(projectRoot, file), 'utf8');
    for (const [, specifier] of source.matchAll(/^\s*import\s+(?!type\b)[^'";]*?['"]([^'"]+)['"]/gm)) {
      visit(specifier!.startsWith('.') ? path.posix.join(path.posix.dirname(file), specifier!) : specifier!);
    }
  };
  visit(entry);
  return seen;
}

describe("the search page's script", () => {
  const graph = importGraph('src/search/client/search-page.ts');

  it('follows the imports of the page script', () => {
    expect(graph).toContain('src/search/client/render.ts');
    expect(graph).toContain('src/search/client/fetched-filters.ts');
    expect(graph).toContain('src/i18n/nl-search.ts');
  });

  it('imports only the search texts and the search modules: no nl.ts, schemas, site config, packages or zod', () => {
    expect([...graph].filter((file) => !/^src\/(search\/|i18n\/nl-search\.ts$)/.test(file))).toEqual([]);
  });

  it('finds the search texts in nl under the same keys, for the pages built on the server', () => {
    expect(nl.searchPage).toBe(searchPage);
    expect(nl.searchControls).toBe(searchControls);
    expect(nl.searchAnswer).toBe(searchAnswer);
  });
});
