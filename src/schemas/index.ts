/**
 * THE list of collections. Each entry says where its files live (the key is
 * the folder under content/, and the collection's name in Astro and the CMS),
 * what kind of files they are, the URL segment of its pages, the field that
 * names an entry, whether it may hold contact data, and its schema. Astro's
 * content config, the content check, the privacy guard, the CMS config, the
 * search and the URLs all read it; their Dutch words live in src/i18n/nl.ts
 * under the same key.
 */
import type { z } from 'astro/zod';
import { searchKind } from '../search/contract.ts';
import { expertSchema } from './experts.ts';
import { glossarySchema } from './glossary.ts';
import { lessonSchema } from './lessons.ts';
import { networkGroupSchema } from './network-groups.ts';
import { parentRouteSchema } from './parent-routes.ts';
import { prototypeSchema } from './prototypes.ts';
import { regionSchema } from './regions.ts';
import { collectionNames, idReference, type CollectionName, type ReferenceFactory } from './shared.ts';
import { topicSchema } from './topics.ts';

export interface CollectionDefinition {
  /** Data collections are YAML files; entry collections are Markdown or MDX with a body. */
  kind: 'data' | 'entry';
  /** First segment of the URL of its pages: `werkgebieden` for /werkgebieden/<id>/. */
  segment: string;
  /** Value of the `soort` search filter for its pages. */
  searchKind: string;
  /** The field that names an entry (its title in lists, the CMS and messages), then fields shown beside it in the CMS. */
  display: readonly [string, ...string[]];
  /** Whether an entry may hold contact data (e-mail, phone); only in its `contact` field. */
  contactAllowed: boolean;
  /** False: the list page is not in the main menu (it is linked from the pages that need it). */
  menu?: boolean;
  /** True: entries have no page of their own but a section of the list page, at /<segment>/#<id>. */
  anchorEntries?: boolean;
  schema: (reference: ReferenceFactory) => z.ZodObject;
}

export const collections = {
  regions: { kind: 'data', segment: 'werkgebieden', searchKind: searchKind.region, display: ['name'], contactAllowed: false, schema: regionSchema },
  topics: { kind: 'data', segment: 'themas', searchKind: searchKind.topic, display: ['name'], contactAllowed: false, schema: topicSchema },
  'network-groups': {
    kind: 'data',
    segment: 'netwerkgroepen',
    searchKind: searchKind.networkGroup,
    display: ['name'],
    contactAllowed: false,
    schema: networkGroupSchema,
  },
  prototypes: { kind: 'entry', segment: 'prototypen', searchKind: searchKind.prototype, display: ['title'], contactAllowed: false, schema: prototypeSchema },
  lessons: { kind: 'entry', segment: 'lessen', searchKind: searchKind.lesson, display: ['title'], contactAllowed: false, schema: lessonSchema },
  experts: {
    kind: 'entry',
    segment: 'wie-weet-wat',
    searchKind: searchKind.expert,
    display: ['name', 'organisation'],
    contactAllowed: true,
    schema: expertSchema,
  },
  'parent-routes': {
    kind: 'entry',
    segment: 'ouders',
    searchKind: 'ouderroute',
    display: ['title', 'situation'],
    contactAllowed: false,
    schema: parentRouteSchema,
  },
  glossary: {
    kind: 'data',
    segment: 'woorden',
    searchKind: 'woordenlijst',
    display: ['term', 'full'],
    contactAllowed: false,
    menu: false,
    anchorEntries: true,
    schema: glossarySchema,
  },
} as const satisfies Record<CollectionName, CollectionDefinition>;

export { collectionNames, type CollectionName };

/** File extensions of each kind, without dot; the id is the file name without it. */
export const extensionsOf = { data: ['yaml', 'yml'], entry: ['md', 'mdx'] } as const;

// Built once per collection: making a zod schema costs far more than using one (the content check asks per file).
const fileSchemas = new Map<CollectionName, z.ZodObject>();

/** The schema of a collection as it is written in the files, references as plain ids. */
export function fileSchema(collection: CollectionName): z.ZodObject {
  let schema = fileSchemas.get(collection);
  if (!schema) fileSchemas.set(collection, (schema = collections[collection].schema(idReference)));
  return schema;
}
