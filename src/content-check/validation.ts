/**
 * Checks the whole content folder before Astro builds it, and says what is
 * wrong in words an editor understands: file, field, problem. Covers what
 * Astro itself does not: references to ids that do not exist, `x.md` beside
 * `x.mdx`, file names that are not valid ids, image paths that do not lead
 * to an image in public/ (image-paths.ts), files in public/uploads/ that are
 * not photos (uploads.ts), personal data where it does not belong
 * (privacy-guard.ts), a take-over that is not one (adoptions.ts), and a
 * werkgebied's shape that the map cannot draw (map-shapes.ts).
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { collectionNames, fileSchema, type CollectionName } from '../schemas/index.ts';
import { referenceFields, valueAt, valuesAtPath } from '../schemas/introspect.ts';
import { idPattern } from '../schemas/shared.ts';
import { nl } from '../i18n/nl.ts';
import { adoptionProblems } from './adoptions.ts';
import { readContentFolder, type ContentFile } from './content-files.ts';
import { imagePathChecker, imagePathProblems } from './image-paths.ts';
import { mapShapeProblems } from './map-shapes.ts';
import { mdxProblems } from './mdx-check.ts';
import { plainLanguageFindings } from './plain-language.ts';
import { privacyFindings } from './privacy-guard.ts';
import { repeatedIndexes, repeatedReferenceMessage, unknownReferenceMessage } from './reference-values.ts';
import { inField, schemaIssues } from './schema-issues.ts';
import { unsafeCharacterFindings } from './unsafe-characters.ts';
import { uploadProblems } from './uploads.ts';

export interface ContentProblem {
  /** Path from the project root: content/lessons/x.md */
  file: string;
  /** Field path, e.g. `contact.email` or `regions[1]`; absent for whole-file problems. */
  field?: string;
  /** Line in the file (1-based), when the problem sits on one line, such as personal data in the body. */
  line?: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ValidatedEntry {
  file: ContentFile;
  data: Record<string, unknown>;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  /** Entries that passed their schema, by collection and id (drafts included). */
  entries: Record<CollectionName, Map<string, ValidatedEntry>>;
}

function schemaProblems(
  file: ContentFile,
  schema: z.ZodObject,
  ids: Record<CollectionName, Set<string>>,
): { problems: ContentProblem[]; data?: Record<string, unknown> } {
  if (typeof file.data !== 'object' || file.data === null || Array.isArray(file.data)) {
    return { problems: [{ file: file.displayPath, message: nl.check.noFields, severity: 'error' }] };
  }
  const result = schema.safeParse(file.data);
  if (result.success) return { problems: [], data: result.data as Record<string, unknown> };
  const references = referenceFields(schema);
  const problems = schemaIssues(result.error, schema).map(({ field, message }, index): ContentProblem => {
    // An id that is not written as an id ("Heiloo"): say which id it probably means.
    const issue = result.error.issues[index]!;
    const reference = references.find((candidate) => candidate.field === issue.path[0]);
    const value = valueAt(file.data, issue.path.map(String).join('.'));
    if (issue.code === 'invalid_format' && reference && typeof value === 'string') {
      return { file: file.displayPath, field, message: unknownReferenceMessage(reference.collection, value, ids[reference.collection]), severity: 'error' };
    }
    return { file: file.displayPath, field, message, severity: 'error' };
  });
  return { problems };
}

function referenceProblems(
  entry: ValidatedEntry,
  ids: Record<CollectionName, Set<string>>,
  drafts: Record<CollectionName, Set<string>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const schema = fileSchema(entry.file.collection);
  for (const reference of referenceFields(schema)) {
    const { collection } = reference;
    const found = valuesAtPath(entry.data, reference);
    // The same id twice in one list (a list may sit inside another, like the contacts of each step).
    const lists = Map.groupBy(found, ({ where }) => where.replace(/\[\d+\]$/, ''));
    for (const items of lists.values()) {
      const values = items.map(({ value }) => value);
      for (const index of repeatedIndexes(values)) {
        problems.push({
          file: entry.file.displayPath,
          field: items[index]!.where,
          message: repeatedReferenceMessage(collection, String(values[index]), values.indexOf(values[index])),
          severity: 'error',
        });
      }
    }
    found.forEach(({ where, value: id }) => {
      if (typeof id !== 'string') return;
      const singular = nl.collections[collection].one;
      if (!ids[collection].has(id)) {
        problems.push({ file: entry.file.displayPath, field: where, message: unknownReferenceMessage(collection, id, ids[collection]), severity: 'error' });
      } else if (drafts[collection].has(id) && entry.data.draft !== true) {
        problems.push({
          file: entry.file.displayPath,
          field: where,
          message: nl.check.draftReference(singular, id),
          severity: 'warning',
        });
      }
    });
  }
  return problems;
}

/**
 * Personal data where it does not belong (see privacy-guard.ts), in the fields
 * as written, so a value of the wrong type is checked too; drafts as well,
 * since the files are public in the repository.
 */
function privacyProblems(file: ContentFile): ContentProblem[] {
  const data = typeof file.data === 'object' && file.data !== null && !Array.isArray(file.data) ? (file.data as Record<string, unknown>) : {};
  return privacyFindings(file, data, file.source).map((finding) => ({ ...finding, severity: 'error' }));
}

function emptyRecord<T>(make: () => T): Record<CollectionName, T> {
  return Object.fromEntries(collectionNames.map((name) => [name, make()])) as Record<CollectionName, T>;
}

/** Checks every file under `contentDir`, and public/uploads/ in `publicDir`, where images are looked up. */
export function checkContent(contentDir: string, publicDir = path.join(path.dirname(contentDir), 'public')): ContentCheckResult {
  const { files, strays } = readContentFolder(contentDir);
  const problems: ContentProblem[] = strays.map(({ displayPath, message, severity }) => ({ file: displayPath, message, severity }));
  const entries = emptyRecord(() => new Map<string, ValidatedEntry>());
  const ids = emptyRecord(() => new Set<string>());
  const drafts = emptyRecord(() => new Set<string>());
  const firstFileById = new Map<string, ContentFile>();
  // Every id is known before any reference is checked, so a misspelt reference can be matched against all of them.
  for (const file of files) ids[file.collection].add(file.id);
  const checkImagePath = imagePathChecker(publicDir);

  for (const file of files) {
    if (!idPattern.test(file.id)) {
      problems.push({
        file: file.displayPath,
        message: nl.check.badFileName(file.id),
        severity: 'error',
      });
    }
    const key = `${file.collection}/${file.id}`;
    const earlier = firstFileById.get(key);
    if (earlier) {
      problems.push({
        file: file.displayPath,
        message: nl.check.duplicate(earlier.displayPath, file.id),
        severity: 'error',
      });
      continue;
    }
    firstFileById.set(key, file);
    const characters = unsafeCharacterFindings(file);
    if (characters.length > 0) {
      problems.push(...characters.map((finding): ContentProblem => ({ ...finding, severity: 'error' })));
      continue;
    }
    if (file.parseError) {
      problems.push({ file: file.displayPath, message: file.parseError, severity: 'error' });
      continue;
    }
    const { problems: found, data } = schemaProblems(file, fileSchema(file.collection), ids);
    problems.push(...found, ...privacyProblems(file), ...mdxProblems(file));
    problems.push(...imagePathProblems(file, checkImagePath).map((problem) => ({ file: file.displayPath, ...problem, severity: 'error' as const })));
    if (data) {
      entries[file.collection].set(file.id, { file, data });
      if (data.draft === true) drafts[file.collection].add(file.id);
    }
  }

  for (const collection of collectionNames) {
    for (const entry of entries[collection].values()) {
      problems.push(...referenceProblems(entry, ids, drafts));
    }
  }
  // Across files: a lesson that reports a take-over names a voorbeeld from another werkgebied (adoptions.ts).
  problems.push(...adoptionProblems(entries).map((problem) => ({ ...problem, severity: 'error' as const })));
  problems.push(...mapShapeProblems(entries).map((problem) => ({ ...problem, severity: 'error' as const })));
  problems.push(...uploadProblems(publicDir).map((problem) => ({ ...problem, severity: 'error' as const })));
  // Text for parents: an abbreviation the glossary does not explain is an error (plain-language.ts).
  for (const { file, line, field, message } of plainLanguageFindings(entries)) problems.push({ file, line, field, message, severity: 'error' });
  return { problems, entries };
}

/**
 * One line per problem: `content/lessons/x.md: veld "regions[1]": werkgebied "alkmar" bestaat niet (bedoel je "alkmaar"?)`,
 * with the line when known: `content/lessons/x.md, regel 14: bevat iets dat lijkt op een telefoonnummer ...`
 */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : nl.check.atLine(problem.file, problem.line);
  return `${where}: ${inField(problem.field, problem.message)}`;
}
