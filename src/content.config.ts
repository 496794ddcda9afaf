/**
 * Astro's view of content/: one glob loader per collection, with the schemas
 * from src/schemas. Ids are the file names, as the content model says.
 * LEERNETWERK_CONTENT_DIR points the site at another folder (tests, benchmark).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { expertSchema } from './schemas/experts.ts';
import { collections as definitions, type CollectionName } from './schemas/index.ts';
import { lessonSchema } from './schemas/lessons.ts';
import { networkGroupSchema } from './schemas/network-groups.ts';
import { prototypeSchema } from './schemas/prototypes.ts';
import { regionSchema } from './schemas/regions.ts';
import { topicSchema } from './schemas/topics.ts';

const contentDir = process.env.LEERNETWERK_CONTENT_DIR ?? './content';

function loaderFor(collection: CollectionName) {
  const { extensions } = definitions[collection];
  return glob({
    pattern: `*.{${extensions.join(',')}}`,
    base: `${contentDir}/${collection}`,
    // Keep the id equal to the file name; the default would slugify it or take a `slug:` field.
    generateId: ({ entry }) => entry.replace(/\.[^.]+$/, ''),
  });
}

export const collections = {
  regions: defineCollection({ loader: loaderFor('regions'), schema: regionSchema(reference) }),
  topics: defineCollection({ loader: loaderFor('topics'), schema: topicSchema() }),
  'network-groups': defineCollection({ loader: loaderFor('network-groups'), schema: networkGroupSchema(reference) }),
  prototypes: defineCollection({ loader: loaderFor('prototypes'), schema: prototypeSchema(reference) }),
  lessons: defineCollection({ loader: loaderFor('lessons'), schema: lessonSchema(reference) }),
  experts: defineCollection({ loader: loaderFor('experts'), schema: expertSchema(reference) }),
};
