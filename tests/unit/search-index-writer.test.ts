import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { htmlFilesIn } from '../../src/integrations/html-files.ts';
import { readFiles, writeSearchIndex } from '../../src/integrations/search-index-writer.ts';

const root = mkdtempSync(path.join(tmpdir(), 'search-index-'));
afterAll(async () => {
  await close();
  rmSync(root, { recursive: true, force: true });
});

let dir = '';
let count = 0;
beforeEach(() => {
  dir = path.join(root, String(count++));
});

function writePage(file: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), `<html lang="nl"><body><main data-pagefind-body><h1>Pagina ${file}</h1><p>Over ouders en school.</p></main></body></html>`);
}

async function newIndex(): Promise<PagefindIndex> {
  const { index } = await createIndex();
  return index!;
}

const indexedPages = () => JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.nl.page_count;

describe('the HTML files of a folder', () => {
  it('are listed relative to it, in subfolders too, and nothing else', () => {
    for (const file of ['index.html', '404.html', 'a/index.html', 'a/b/index.html', 'a/data.json']) writePage(file);
    expect(htmlFilesIn(dir).sort()).toEqual(['404.html', 'a/b/index.html', 'a/index.html', 'index.html']);
  });
});

describe('the search index of the build', () => {
  it('reads the pages not read while rendering and writes every page once', async () => {
    for (const file of ['a/index.html', 'b/index.html', 'c/index.html']) writePage(file);
    const index = await newIndex();
    const batches = readFiles(index, dir, ['a/index.html', 'b/index.html']);
    const outcome = await writeSearchIndex(index, dir, batches, new Set(['a/index.html', 'b/index.html']));
    expect(outcome).toEqual({ pages: 3, whileRendering: 2, readAgain: false });
    expect(indexedPages()).toBe(3);
  });

  it('reads the whole folder again when a page was handed over before it was on disk', async () => {
    writePage('a/index.html');
    const index = await newIndex();
    const batches = readFiles(index, dir, ['a/index.html', 'b/index.html']);
    await Promise.all(batches);
    writePage('b/index.html');
    writePage('c/index.html');
    const outcome = await writeSearchIndex(index, dir, batches, new Set(['a/index.html', 'b/index.html']));
    expect(outcome).toEqual({ pages: 3, whileRendering: 0, readAgain: true });
    expect(indexedPages()).toBe(3);
  });

  it('reads the whole folder again into a fresh index when a page was read twice', async () => {
    for (const file of ['a/index.html', 'b/index.html']) writePage(file);
    const index = await newIndex();
    // Read while rendering, but not recorded as handed over: the end reads the whole folder, a/ a second time.
    const batches = readFiles(index, dir, ['a/index.html']);
    const outcome = await writeSearchIndex(index, dir, batches, new Set());
    expect(outcome.readAgain).toBe(true);
    expect(indexedPages()).toBe(2);
    expect(existsSync(path.join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
