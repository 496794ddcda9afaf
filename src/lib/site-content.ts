/**
 * Loads every collection once per build and builds the relations index from
 * it. Every page calls `loadSiteContent()`; only the first call does the work
 * (calling getCollection in every page is slow at thousands of entries).
 */
import { getCollection } from 'astro:content';
import { buildRelations, type Relations } from './relations.ts';

let cached: Promise<Relations> | undefined;

async function load(): Promise<Relations> {
  const [regions, topics, networkGroups, prototypes, lessons, experts] = await Promise.all([
    getCollection('regions'),
    getCollection('topics'),
    getCollection('network-groups'),
    getCollection('prototypes'),
    getCollection('lessons'),
    getCollection('experts'),
  ]);
  return buildRelations({ regions, topics, networkGroups, prototypes, lessons, experts });
}

export function loadSiteContent(): Promise<Relations> {
  // In dev the content changes while the server runs, so load it fresh each time.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
