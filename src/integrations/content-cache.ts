/**
 * Astro keeps parsed content in its cache (data-store.json) and parses a file
 * again only when the file changes, or when the text of src/content.config.ts
 * changes. Our schemas live in other files (src/schemas/, the site config,
 * the Dutch labels), so a new field with a default would be missing from
 * cached entries: on a host that keeps the cache, or on a developer's
 * machine, the next build would read old data. This stamp of those sources
 * drops the cached content whenever one of them changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Everything the content schemas are made of, relative to the project root. */
const schemaSources = ['src/content.config.ts', 'src/site.config.ts', 'src/schemas', 'src/config', 'src/i18n'];
const stampFile = 'leernetwerk-schemas.txt';
const dataStoreFile = 'data-store.json';

/** `entry` itself when it is a file, else every file under it, in a fixed order. */
function filesUnder(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

/** A hash of the schema sources' names and text. */
export function schemaStamp(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const source of schemaSources) {
    for (const file of filesUnder(path.join(projectRoot, source))) {
      hash.update(path.relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/** Drops Astro's cached content in `cacheDir` when the schemas changed since it was written. Returns whether it did. */
export function dropStaleContentCache(projectRoot: string, cacheFolder: string): boolean {
  const cacheDir = path.resolve(projectRoot, cacheFolder);
  const stamp = schemaStamp(projectRoot);
  const stampPath = path.join(cacheDir, stampFile);
  const previous = existsSync(stampPath) ? readFileSync(stampPath, 'utf8') : undefined;
  if (previous === stamp) return false;
  const dataStore = path.join(cacheDir, dataStoreFile);
  const dropped = existsSync(dataStore);
  rmSync(dataStore, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampPath, stamp);
  return dropped;
}
