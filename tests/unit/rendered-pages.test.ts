import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { globsFor, pageFile, renderedPages } from '../../src/integrations/rendered-pages.ts';

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

  it('is none for a path with a malformed escape, which is then read at the end', () => {
    expect(pageFile('/kapot%E0%A4/', '/')).toBeUndefined();
  });
});

describe('globs for a list of files', () => {
  it('list one file as itself and more as alternatives', () => {
    expect(globsFor(['a/index.html'])).toEqual(['a/index.html']);
    expect(globsFor(['a/index.html', 'b/index.html'])).toEqual(['{a/index.html,b/index.html}']);
    expect(globsFor([])).toEqual([]);
  });

  it('escape the characters that mean something in a glob', () => {
    expect(globsFor(['x{a,b}[c]*?<d>\\/index.html', 'y/index.html'])).toEqual(['{x\\{a\\,b\\}\\[c\\]\\*\\?\\<d\\>\\\\/index.html,y/index.html}']);
  });

  it('split a long list into globs of at most the given length, each file in exactly one', () => {
    const files = Array.from({ length: 10 }, (_, i) => `p${i}/index.html`);
    const globs = globsFor(files, 40);
    expect(globs).toEqual(['{p0/index.html,p1/index.html}', '{p2/index.html,p3/index.html}', '{p4/index.html,p5/index.html}', '{p6/index.html,p7/index.html}', '{p8/index.html,p9/index.html}']);
    expect(Math.max(...globs.map((glob) => glob.length))).toBeLessThanOrEqual(40);
  });
});

describe('Pagefind reading files through these globs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'globs-'));
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  // One glob for these would be about 220,000 characters: Pagefind refuses that ("did not parse as a valid glob").
  it('reads each of 1,100 pages with long names once, and no other file', async () => {
    const files = Array.from({ length: 1100 }, (_, i) => `lessen/${i}-${'lang-'.repeat(38)}les/index.html`);
    for (const [i, file] of [...files, 'niet-gevraagd/index.html'].entries()) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), `<html lang="nl"><body><main data-pagefind-body><h1>Pagina ${i}</h1></main></body></html>`);
    }
    const { index } = await createIndex();
    const read = await Promise.all(globsFor(files).map((glob) => index!.addDirectory({ path: dir, glob })));
    expect(read.flatMap((response) => response.errors)).toEqual([]);
    expect(read.reduce((pages, response) => pages + response.page_count, 0)).toBe(files.length);
  }, 60_000);
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
