/**
 * Loads every collection once per build and builds the relations index from
 * it. Every page calls `loadSiteContent()`; only the first call does the work
 * (calling getCollection in every page is slow at thousands of entries).
 */
import { getCollection } from 'astro:content';
import { collectionNames } from '../schemas/index.ts';
import { buildRelations, type Relations, type SiteContent } from './relations.ts';

let cached: Promise<Relations> | undefined;

async function load(): Promise<Relations> {
  const loaded = await Promise.all(collectionNames.map(async (name) => [name, await getCollection(name)] as const));
  return buildRelations(Object.fromEntries(loaded) as SiteContent);
}

export function loadSiteContent(): Promise<Relations> {
  // In dev the content changes while the server runs, so load it fresh each time.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
