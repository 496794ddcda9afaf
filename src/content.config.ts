/**
 * Astro's view of content/: one glob loader per collection in the list of
 * src/schemas/index.ts, with its schema. Ids are the file names, as the
 * content model says. LEERNETWERK_CONTENT_DIR points the site at another
 * folder (tests, benchmark).
 */
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentCheckDone } from './content-check/check-in-progress.ts';
import { datesAsWritten } from './content-check/dates-as-written.ts';
import { collectionNames, collections as definitions, extensionsOf, type CollectionName } from './schemas/index.ts';
import type { ReferenceFactory } from './schemas/shared.ts';

const contentDir = process.env.LEERNETWERK_CONTENT_DIR ?? './content';

/** Gives the schema a date that does not exist (2025-02-30) as written, not rolled over by Astro's YAML reading. */
function withDatesAsWritten(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: (props) => context.parseData({ ...props, data: datesAsWritten(props.data, props.filePath) }),
      }),
  };
}

/**
 * In `astro build` the content check runs beside the loaders (src/integrations/content-check.ts): when a
 * loader fails, wait for the check, whose Dutch report names the cause and stops the build first.
 */
function reportedByContentCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        await contentCheckDone();
        throw error;
      }
    },
  };
}

function loaderFor(collection: CollectionName) {
  return reportedByContentCheck(withDatesAsWritten(glob({
    pattern: `*.{${extensionsOf[definitions[collection].kind].join(',')}}`,
    base: `${contentDir}/${collection}`,
    // Keep the id equal to the file name; the default would slugify it or take a `slug:` field.
    generateId: ({ entry }) => entry.replace(/\.[^.]+$/, ''),
  })));
}

type Definitions = typeof definitions;
/** The schema of collection K with Astro's references, so each collection keeps its own entry type. */
type AstroSchema<K extends CollectionName> = ReturnType<Definitions[K]['schema']>;

function defineFromList<K extends CollectionName>(collection: K) {
  const schema = definitions[collection].schema(reference as ReferenceFactory) as AstroSchema<K>;
  return defineCollection({ loader: loaderFor(collection), schema });
}

export const collections = Object.fromEntries(collectionNames.map((name) => [name, defineFromList(name)])) as {
  [K in CollectionName]: Omit<ReturnType<typeof defineFromList>, 'schema'> & { schema: AstroSchema<K> };
};
