/**
 * The one list of collections: where their files live, what kind they are and
 * which schema validates them. Astro's content config, the content check, the
 * CMS config and the tests all start here.
 */
import type { z } from 'astro/zod';
import { expertSchema } from './experts.ts';
import { lessonSchema } from './lessons.ts';
import { networkGroupSchema } from './network-groups.ts';
import { prototypeSchema } from './prototypes.ts';
import { regionSchema } from './regions.ts';
import { idReference, type CollectionName, type ReferenceFactory } from './shared.ts';
import { topicSchema } from './topics.ts';

export interface CollectionDefinition {
  /** Data collections are YAML files; entry collections are Markdown or MDX with a body. */
  kind: 'data' | 'entry';
  /** File extensions, without dot; the id is the file name without it. */
  extensions: readonly string[];
  /** Dutch name of one entry, for messages: "werkgebied". */
  singular: string;
  /** Dutch name of the collection, for messages and menus: "werkgebieden". */
  plural: string;
  schema: (reference: ReferenceFactory) => z.ZodObject;
}

const dataExtensions = ['yaml', 'yml'] as const;
const entryExtensions = ['md', 'mdx'] as const;

export const collections: Record<CollectionName, CollectionDefinition> = {
  regions: { kind: 'data', extensions: dataExtensions, singular: 'werkgebied', plural: 'werkgebieden', schema: regionSchema },
  topics: { kind: 'data', extensions: dataExtensions, singular: 'thema', plural: "thema's", schema: topicSchema },
  'network-groups': {
    kind: 'data',
    extensions: dataExtensions,
    singular: 'netwerkgroep',
    plural: 'netwerkgroepen',
    schema: networkGroupSchema,
  },
  prototypes: { kind: 'entry', extensions: entryExtensions, singular: 'prototype', plural: 'prototypen', schema: prototypeSchema },
  lessons: { kind: 'entry', extensions: entryExtensions, singular: 'les', plural: 'lessen', schema: lessonSchema },
  experts: { kind: 'entry', extensions: entryExtensions, singular: 'expert', plural: 'experts', schema: expertSchema },
};

// Built once per collection: making a zod schema costs far more than using one (the content check asks per file).
const fileSchemas = new Map<CollectionName, z.ZodObject>();

/** The schema of a collection as it is written in the files, references as plain ids. */
export function fileSchema(collection: CollectionName): z.ZodObject {
  let schema = fileSchemas.get(collection);
  if (!schema) fileSchemas.set(collection, (schema = collections[collection].schema(idReference)));
  return schema;
}

export { collectionNames, type CollectionName } from './shared.ts';
