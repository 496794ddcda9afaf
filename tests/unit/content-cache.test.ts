/**
 * Astro's content cache is dropped when a schema source changes (a new field
 * with a default would otherwise be missing from cached entries), and kept
 * when nothing changed.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropStaleContentCache, schemaStamp } from '../../src/integrations/content-cache.ts';

function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'content-cache-'));
  mkdirSync(path.join(root, 'src', 'schemas'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'schemas', 'lessons.ts'), "export const fields = ['title'];\n");
  writeFileSync(path.join(root, 'src', 'content.config.ts'), 'export const collections = {};\n');
  const cacheDir = path.join(root, 'cache');
  const dataStore = path.join(cacheDir, 'data-store.json');
  const writeDataStore = () => {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(dataStore, '{}');
  };
  return { root, cacheDir, dataStore, writeDataStore };
}

describe("Astro's content cache", () => {
  it('is dropped the first time, when nobody knows which schemas wrote it', () => {
    const { root, cacheDir, dataStore, writeDataStore } = project();
    writeDataStore();
    expect(dropStaleContentCache(root, cacheDir)).toBe(true);
    expect(existsSync(dataStore)).toBe(false);
  });

  it('is kept while the schemas stay the same', () => {
    const { root, cacheDir, dataStore, writeDataStore } = project();
    dropStaleContentCache(root, cacheDir);
    writeDataStore();
    expect(dropStaleContentCache(root, cacheDir)).toBe(false);
    expect(existsSync(dataStore)).toBe(true);
  });

  it('is dropped when a schema file outside src/content.config.ts changes', () => {
    const { root, cacheDir, dataStore, writeDataStore } = project();
    dropStaleContentCache(root, cacheDir);
    writeDataStore();
    writeFileSync(path.join(root, 'src', 'schemas', 'lessons.ts'), "export const fields = ['title', 'focusAreas'];\n");
    expect(dropStaleContentCache(root, cacheDir)).toBe(true);
    expect(existsSync(dataStore)).toBe(false);
  });

  it('stamps the names of the files too, so a renamed schema counts as a change', () => {
    const { root } = project();
    const before = schemaStamp(root);
    writeFileSync(path.join(root, 'src', 'schemas', 'topics.ts'), '');
    expect(schemaStamp(root)).not.toBe(before);
  });

  it('works with a cache folder given relative to the project', () => {
    const { root } = project();
    mkdirSync(path.join(root, 'relative-cache'), { recursive: true });
    writeFileSync(path.join(root, 'relative-cache', 'data-store.json'), '{}');
    expect(dropStaleContentCache(root, './relative-cache')).toBe(true);
    expect(existsSync(path.join(root, 'relative-cache', 'leernetwerk-schemas.txt'))).toBe(true);
  });
});
