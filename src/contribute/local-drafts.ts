/**
 * `npm start`'s store: a new entry becomes a file in content/ with
 * `draft: true` (the CMS shows it, the build leaves it off the site until an
 * editor unticks "Concept"); an addition is written into the page's file, as
 * it would be after review. No git, no token.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectionNames } from '../schemas/index.ts';
import { slugCandidates } from './slug.ts';
import { entryPath, StoreRefusal, type ContributionStore } from './store.ts';

/** `contentDir`: the content folder (content/ of the repository, or LEERNETWERK_CONTENT_DIR). */
export function localDraftStore(contentDir: string): ContributionStore {
  const absolute = (file: string) => path.join(contentDir, file.replace(/^content\//, ''));
  return {
    async save(request) {
      if (request.type === 'new') {
        for (const slug of slugCandidates(request.slug)) {
          const file = entryPath(request.collection, slug);
          if (existsSync(absolute(file)) || existsSync(absolute(entryPath(request.collection, slug, 'mdx')))) continue;
          // `wx`: never overwrite a file that appeared in the meantime.
          writeFileSync(absolute(file), request.file({ draft: true }), { flag: 'wx' });
          return { file };
        }
        throw new StoreRefusal('full');
      }
      const file = entryPath(request.collection, request.id);
      if (!existsSync(absolute(file))) {
        throw new StoreRefusal(existsSync(absolute(entryPath(request.collection, request.id, 'mdx'))) ? 'mdxPage' : 'unknownPage');
      }
      const text = request.apply(readFileSync(absolute(file), 'utf8'));
      if (text === undefined) throw new StoreRefusal('unreadable');
      writeFileSync(absolute(file), text);
      return { file };
    },
  };
}

/** The ids in each collection folder of `contentDir`: what the form may choose (drafts too; the build checks the rest). */
export function choicesFromFolder(contentDir: string, readdir: (dir: string) => string[]): Record<string, string[]> {
  const ids = (collection: string) => {
    try {
      return readdir(path.join(contentDir, collection)).filter((name) => !name.startsWith('.')).map((name) => name.replace(/\.[^.]+$/, ''));
    } catch {
      return [];
    }
  };
  return Object.fromEntries(collectionNames.map((name) => [name, ids(name)]));
}
