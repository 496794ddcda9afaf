/**
 * The site's URLs (src/lib/urls.ts), as the content model fixes them. The
 * expected addresses are written out by hand, so a changed helper shows up
 * here before a link on the site breaks.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectionNames, collections } from '../../src/schemas/index.ts';
import {
  cmsNewEntryUrl,
  contributeUrl,
  entryUrl,
  feedUrl,
  focusAreaUrl,
  listPageUrl,
  listUrl,
  pagePaths,
  regionFeedUrl,
  searchUrl,
  url,
} from '../../src/lib/urls.ts';
import { projectRoot } from '../helpers/paths.ts';

const pagesDir = path.join(projectRoot, 'src', 'pages');

describe('site URLs', () => {
  it('gives every collection a Dutch section path', () => {
    expect(Object.fromEntries(collectionNames.map((name) => [name, collections[name].segment]))).toEqual({
      prototypes: 'prototypen',
      lessons: 'lessen',
      experts: 'wie-weet-wat',
      regions: 'werkgebieden',
      topics: 'themas',
      'network-groups': 'netwerkgroepen',
      'parent-routes': 'ouders',
      glossary: 'woorden',
    });
  });

  it('has a folder of pages for every collection’s section path and for the speerpunten', () => {
    for (const collection of collectionNames) {
      const { segment } = collections[collection];
      expect(existsSync(path.join(pagesDir, segment)), `src/pages/${segment}/ for ${collection}`).toBe(true);
    }
    expect(existsSync(path.join(pagesDir, pagePaths.focusAreas))).toBe(true);
  });

  it('writes a path inside the site with one leading slash', () => {
    expect(url()).toBe('/');
    expect(url('over/')).toBe('/over/');
    expect(url('/over/')).toBe('/over/');
  });

  it('puts an entry under its section, ending in a slash', () => {
    expect(entryUrl('lessons', 'rust-helpt')).toBe('/lessen/rust-helpt/');
    expect(entryUrl('prototypes', 'rustige-werkplek')).toBe('/prototypen/rustige-werkplek/');
    expect(entryUrl('experts', 'ans-testers')).toBe('/wie-weet-wat/ans-testers/');
    expect(entryUrl('network-groups', 'ouders')).toBe('/netwerkgroepen/ouders/');
  });

  it('links a list to its section folder', () => {
    expect(listUrl('prototypes')).toBe('/prototypen/');
    expect(listUrl('topics')).toBe('/themas/');
  });

  it('makes page 1 of a list the list itself', () => {
    expect(listPageUrl('lessons', 1)).toBe('/lessen/');
  });

  it('puts page 2 and later under pagina/', () => {
    expect(listPageUrl('lessons', 2)).toBe('/lessen/pagina/2/');
    expect(listPageUrl('experts', 14)).toBe('/wie-weet-wat/pagina/14/');
  });

  it('links a speerpunt under /speerpunten/', () => {
    expect(focusAreaUrl('samenwerken')).toBe('/speerpunten/samenwerken/');
  });

  it('links the search page without a query string when there is nothing to search', () => {
    expect(searchUrl()).toBe('/zoeken/');
  });

  it('encodes search words and filters in the query string', () => {
    expect(searchUrl({ q: 'rust & regels in groep 3', thema: 'autisme' })).toBe('/zoeken/?q=rust+%26+regels+in+groep+3&thema=autisme');
    expect(searchUrl({ q: 'één?=ja' })).toBe('/zoeken/?q=%C3%A9%C3%A9n%3F%3Dja');
  });

  it('keeps the query string readable back as the same values', () => {
    const query = { q: 'a+b/c #1', werkgebied: 'heiloo' };
    const params = new URL(searchUrl(query), 'https://leernetwerk.example.nl').searchParams;
    expect(Object.fromEntries(params)).toEqual(query);
  });

  it('puts the feeds of lessons and prototypes in their sections', () => {
    expect(feedUrl('lessons')).toBe('/lessen/rss.xml');
    expect(feedUrl('prototypes')).toBe('/prototypen/rss.xml');
  });

  it('puts a werkgebied’s feed under the werkgebied', () => {
    expect(regionFeedUrl('duinrand')).toBe('/werkgebieden/duinrand/rss.xml');
  });

  it('opens a new entry in the CMS with fields filled in from the address, a field in a group by its dotted name', () => {
    const address = cmsNewEntryUrl('lessons', { prototype: 'plusklas-heiloo', 'adoption.result': 'loopt-nog', topics: 'a,b' });
    expect(address).toBe('/admin/#/collections/lessons/new?prototype=plusklas-heiloo&adoption.result=loopt-nog&topics=a%2Cb');
    // Decap reads the part after "?" in the hash as the query of its own route.
    const query = new URLSearchParams(address.split('?')[1]);
    expect(query.get('adoption.result')).toBe('loopt-nog');
    expect(query.get('topics')).toBe('a,b');
  });

  it('sends whoever shares without a CMS account to /delen/, with the kind and the voorbeeld the form fills in', () => {
    expect(contributeUrl('lessons', 'plusklas-heiloo')).toBe('/delen/?soort=lessons&prototype=plusklas-heiloo');
    expect(contributeUrl('prototypes')).toBe('/delen/?soort=prototypes');
  });
});

describe('site URLs in a fork served from a subfolder', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('puts the base path in front of every URL', async () => {
    vi.stubEnv('BASE_URL', '/leernetwerk');
    vi.resetModules();
    const urls = await import('../../src/lib/urls.ts');
    expect(urls.url()).toBe('/leernetwerk/');
    expect(urls.entryUrl('lessons', 'rust-helpt')).toBe('/leernetwerk/lessen/rust-helpt/');
    expect(urls.listPageUrl('prototypes', 2)).toBe('/leernetwerk/prototypen/pagina/2/');
    expect(urls.searchUrl({ q: 'rust' })).toBe('/leernetwerk/zoeken/?q=rust');
    expect(urls.regionFeedUrl('duinrand')).toBe('/leernetwerk/werkgebieden/duinrand/rss.xml');
  });
});
