/**
 * Checks the whole content folder before Astro builds it, and says what is
 * wrong in words an editor understands: file, field, problem. Covers what
 * Astro itself does not: references to ids that do not exist, `x.md` beside
 * `x.mdx`, file names that are not valid ids, images that are not there, and
 * personal data where it does not belong (privacy-guard.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { collectionNames, fileSchema, type CollectionName } from '../schemas/index.ts';
import { imageSources, referenceFields, valuesAtPath, valueAt } from '../schemas/introspect.ts';
import { idPattern } from '../schemas/shared.ts';
import { nl } from '../i18n/nl.ts';
import { readContentFiles, type ContentFile } from './content-files.ts';
import { plainLanguageFindings } from './plain-language.ts';
import { privacyFindings } from './privacy-guard.ts';
import { closestMatch } from './suggest.ts';

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

function fieldPath(segments: readonly PropertyKey[]): string | undefined {
  if (segments.length === 0) return undefined;
  return segments
    .map((segment, index) => (typeof segment === 'number' ? `[${segment + 1}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

function schemaProblems(file: ContentFile, schema: z.ZodObject): { problems: ContentProblem[]; data?: Record<string, unknown> } {
  if (typeof file.data !== 'object' || file.data === null || Array.isArray(file.data)) {
    return { problems: [{ file: file.displayPath, message: 'bevat geen velden: verwacht regels als "naam: waarde"', severity: 'error' }] };
  }
  const result = schema.safeParse(file.data);
  if (result.success) return { problems: [], data: result.data as Record<string, unknown> };
  const known = Object.keys(schema.shape);
  const problems = result.error.issues.map((issue): ContentProblem => {
    if (issue.code === 'unrecognized_keys') {
      // Name each unknown field on its own, with the field it probably means.
      const messages = issue.keys.map((key) => {
        const guess = closestMatch(key, known);
        return `onbekend veld "${key}"${guess ? `: bedoel je "${guess}"?` : ': is het een tikfout?'}`;
      });
      return { file: file.displayPath, field: fieldPath(issue.path), message: messages.join('; '), severity: 'error' };
    }
    return { file: file.displayPath, field: fieldPath(issue.path), message: issue.message, severity: 'error' };
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
    valuesAtPath(entry.data, reference).forEach(({ where, value: id }) => {
      if (typeof id !== 'string') return;
      const singular = nl.collections[collection].one;
      if (!ids[collection].has(id)) {
        const guess = closestMatch(id, ids[collection]);
        problems.push({
          file: entry.file.displayPath,
          field: where,
          message: `${singular} "${id}" bestaat niet${guess ? ` (bedoel je "${guess}"?)` : ` (er is geen bestand content/${collection}/${id}.*)`}`,
          severity: 'error',
        });
      } else if (drafts[collection].has(id) && entry.data.draft !== true) {
        problems.push({
          file: entry.file.displayPath,
          field: where,
          message: `${singular} "${id}" is nog een concept; de link is pas zichtbaar als dat gepubliceerd is`,
          severity: 'warning',
        });
      }
    });
  }
  return problems;
}

function imageProblems(entry: ValidatedEntry, publicDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const field of imageSources(fileSchema(entry.file.collection))) {
    const src = valueAt(entry.data, field);
    if (typeof src !== 'string' || /^https?:\/\//.test(src)) continue;
    if (!existsSync(path.join(publicDir, src.replace(/^\//, '')))) {
      problems.push({
        file: entry.file.displayPath,
        field,
        message: `de afbeelding "${src}" staat niet in de map public/`,
        severity: 'error',
      });
    }
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

/** Checks every file under `contentDir`. Images are looked up in `publicDir`. */
export function checkContent(contentDir: string, publicDir = path.join(path.dirname(contentDir), 'public')): ContentCheckResult {
  const files = readContentFiles(contentDir);
  const problems: ContentProblem[] = [];
  const entries = emptyRecord(() => new Map<string, ValidatedEntry>());
  const ids = emptyRecord(() => new Set<string>());
  const drafts = emptyRecord(() => new Set<string>());
  const firstFileById = new Map<string, ContentFile>();

  for (const file of files) {
    if (!idPattern.test(file.id)) {
      problems.push({
        file: file.displayPath,
        message: `de bestandsnaam "${file.id}" mag alleen kleine letters, cijfers en streepjes hebben, zoals "ouders-aan-tafel"`,
        severity: 'error',
      });
    }
    const key = `${file.collection}/${file.id}`;
    const earlier = firstFileById.get(key);
    if (earlier) {
      problems.push({
        file: file.displayPath,
        message: `dubbel: ${earlier.displayPath} heeft dezelfde naam "${file.id}"; geef een van beide een andere naam of verwijder er een`,
        severity: 'error',
      });
      continue;
    }
    firstFileById.set(key, file);
    ids[file.collection].add(file.id);
    if (file.parseError) {
      problems.push({ file: file.displayPath, message: file.parseError, severity: 'error' });
      continue;
    }
    const { problems: found, data } = schemaProblems(file, fileSchema(file.collection));
    problems.push(...found, ...privacyProblems(file));
    if (data) {
      entries[file.collection].set(file.id, { file, data });
      if (data.draft === true) drafts[file.collection].add(file.id);
    }
  }

  for (const collection of collectionNames) {
    for (const entry of entries[collection].values()) {
      problems.push(...referenceProblems(entry, ids, drafts), ...imageProblems(entry, publicDir));
    }
  }
  // Text for parents: an abbreviation the glossary does not explain is an error (plain-language.ts).
  for (const { file, line, field, message } of plainLanguageFindings(entries)) problems.push({ file, line, field, message, severity: 'error' });
  return { problems, entries };
}

/**
 * One line per problem: `content/lessons/x.md: veld "regions[1]": werkgebied "alkmar" bestaat niet (bedoel je "alkmaar"?)`,
 * with the line when known: `content/lessons/x.md, regel 14: bevat iets dat lijkt op een telefoonnummer ...`
 */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}, regel ${problem.line}`;
  return `${where}: ${problem.field ? `veld "${problem.field}": ` : ''}${problem.message}`;
}
