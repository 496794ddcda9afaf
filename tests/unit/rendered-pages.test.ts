import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { globFor, pageFile, renderedPages, theRest } from '../../src/integrations/rendered-pages.ts';

describe('the file Astro writes for a page path', () => {
  it('is the folder index.html under the base path', () => {
    expect(pageFile('/prototypen/de-rustige-hoek/', '/')).toBe('prototypen/de-rustige-hoek/index.html');
    expect(pageFile('/', '/')).toBe('index.html');
    expect(pageFile('/leernetwerk/lessen/x/', '/leernetwerk/')).toBe('lessen/x/index.html');
  });

  it('is none for endpoints and paths outside the base path', () => {
    expect(pageFile('/zoeken/vragen.json', '/')).toBeUndefined();
    expect(pageFile('/elders/x/', '/leernetwerk/')).toBeUndefined();
  });

  it('is the decoded name, as on disk', () => {
    expect(pageFile('/w%C3%B6rd/', '/')).toBe('wörd/index.html');
  });
});

describe('a glob for a list of files', () => {
  it('lists one file as itself and more as alternatives', () => {
    expect(globFor(['a/index.html'])).toBe('a/index.html');
    expect(globFor(['a/index.html', 'b/index.html'])).toBe('{a/index.html,b/index.html}');
  });

  it('escapes the characters that mean something in a glob', () => {
    expect(globFor(['x{a,b}[c]*?<d>\\/index.html', 'y/index.html'])).toBe('{x\\{a\\,b\\}\\[c\\]\\*\\?\\<d\\>\\\\/index.html,y/index.html}');
  });
});

describe('pages handed over while rendering', () => {
  it('hands over a batch once enough pages are finished, never the page still rendering', () => {
    const batches: string[][] = [];
    const pages = renderedPages('/', 2, (files) => batches.push(files));
    pages.pageStarts('/a/');
    pages.pageStarts('/b/');
    expect(batches).toEqual([]);
    pages.pageStarts('/c/');
    expect(batches).toEqual([['a/index.html', 'b/index.html']]);
    pages.pageStarts('/zoeken/vragen.json');
    pages.pageStarts('/d/');
    expect(batches).toHaveLength(1);
    pages.pageStarts('/e/');
    expect(batches).toEqual([['a/index.html', 'b/index.html'], ['c/index.html', 'd/index.html']]);
    expect([...pages.handedOver]).toEqual(['a/index.html', 'b/index.html', 'c/index.html', 'd/index.html']);
  });
});

describe('the rest of the pages', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is every HTML file not handed over, in folders too', () => {
    for (const file of ['index.html', '404.html', 'a/index.html', 'a/b/index.html', 'a/data.json']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '');
    }
    expect(theRest(dir, new Set(['a/index.html'])).sort()).toEqual(['404.html', 'a/b/index.html', 'index.html']);
  });
});
