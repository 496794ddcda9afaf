/**
 * What is in a collection folder, sorted into entries the site reads and
 * everything else. Astro's glob loader silently skips a `.markdown` file, a
 * `.MD` file or a subfolder, and follows symlinks; here each of those gets a
 * Dutch message instead, so nothing an editor wrote is lost without a word.
 * Symlinks are never followed.
 */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { nl } from '../i18n/nl.ts';
import { collectionNames, collections, extensionsOf, type CollectionName } from '../schemas/index.ts';
import { closestMatch } from './suggest.ts';

/** A file or folder in a collection folder that is not an entry. */
export interface StrayItem {
  name: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface CollectionFolder {
  /** Absolute paths of the entry files, sorted by name. */
  entries: string[];
  strays: StrayItem[];
}

/** Files that systems and git put in folders; nobody means them as content. */
const systemFiles = new Set(['.gitkeep', '.DS_Store', 'Thumbs.db', 'desktop.ini']);
/** Editors' backups and temporary files: not content, but worth a word. */
const backupPattern = /(~|\.(bak|swp|swo|tmp|orig))$/i;
/** Other names people give Markdown files. */
const markdownLike = new Set(['markdown', 'mdown', 'mkd', 'mkdn', 'mdwn', 'mdtxt', 'txt', 'text']);

function classify(collection: CollectionName, item: Dirent): StrayItem | 'entry' | 'ignore' {
  const { name } = item;
  const text = nl.formatCheck.folder;
  const kind = collections[collection].kind;
  const expected: readonly string[] = extensionsOf[kind];
  const folder = `content/${collection}/`;
  const error = (message: string): StrayItem => ({ name, message, severity: 'error' });
  const warning = (message: string): StrayItem => ({ name, message, severity: 'warning' });

  if (item.isSymbolicLink()) return error(text.symlink(folder));
  if (item.isDirectory()) return error(text.subfolder(folder));
  if (!item.isFile()) return error(text.notAFile);
  if (systemFiles.has(name)) return 'ignore';
  if (name.startsWith('.')) return warning(text.hidden);
  if (backupPattern.test(name)) return warning(text.backup);

  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  const base = dot > 0 ? name.slice(0, dot) : name;
  const main = `${base}.${expected[0]}`;
  if (expected.includes(extension)) return 'entry';
  if (extension === '') return error(text.noExtension(folder, expected, main));
  if (expected.includes(extension.toLowerCase())) return error(text.upperCaseExtension(`${base}.${extension.toLowerCase()}`));
  const other = kind === 'data' ? extensionsOf.entry : extensionsOf.data;
  if ((other as readonly string[]).includes(extension.toLowerCase())) {
    return error(kind === 'data' ? text.markdownInDataFolder(nl.collections[collection].one, main) : text.yamlInEntryFolder(nl.collections[collection].one, main));
  }
  if (kind === 'entry' && markdownLike.has(extension.toLowerCase())) return error(text.renameTo(main));
  return error(text.otherFile(folder, expected));
}

/** Sorts what is in `folder`, the folder of `collection`; an absent folder is empty. */
export function readCollectionFolder(folder: string, collection: CollectionName): CollectionFolder {
  let items: Dirent[];
  try {
    items = readdirSync(folder, { withFileTypes: true });
  } catch {
    return { entries: [], strays: [] };
  }
  const result: CollectionFolder = { entries: [], strays: [] };
  for (const item of items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const verdict = classify(collection, item);
    if (verdict === 'entry') result.entries.push(path.join(folder, item.name));
    else if (verdict !== 'ignore') result.strays.push(verdict);
  }
  return result;
}

/** What stands in the content folder itself besides the collection folders: a misspelt folder, a loose file. */
export function readContentRoot(contentDir: string): StrayItem[] {
  let items: Dirent[];
  try {
    items = readdirSync(contentDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const text = nl.formatCheck.folder;
  const folders = collectionNames.map((name) => `content/${name}/`);
  return items
    .filter((item) => !(item.isDirectory() && (collectionNames as readonly string[]).includes(item.name)) && !systemFiles.has(item.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((item): StrayItem => {
      if (item.isSymbolicLink()) return { name: item.name, message: text.symlink(nl.check.collectionFolder), severity: 'error' };
      const guess = item.isDirectory() ? closestMatch(item.name, collectionNames) : undefined;
      return { name: item.name, message: text.notACollection(folders, guess), severity: 'error' };
    });
}
