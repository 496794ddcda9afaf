/**
 * Astro reads frontmatter and YAML files with plain js-yaml, which turns an
 * unquoted `2025-02-30` into 2 March before any schema sees it. This puts the
 * text as written back into such fields, so the schema refuses the date in
 * Astro's own loading too (`npm start`, where the content check runs only once
 * at the start), not only in the content check.
 */
import { readFileSync } from 'node:fs';
import { loadContentYaml, splitFrontmatter } from './content-files.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields of a content file as the content check reads them; undefined when they cannot be read. */
function fieldsAsWritten(source: string, filePath: string): Record<string, unknown> | undefined {
  const text = /\.ya?ml$/.test(filePath) ? source : splitFrontmatter(source).frontmatter;
  if (text === undefined) return undefined;
  try {
    const fields = loadContentYaml(text);
    return isRecord(fields) ? fields : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `data` (as Astro parsed the file at `filePath`) with every top-level date
 * that does not exist replaced by its text as written. Files without dates
 * are not read again.
 */
export function datesAsWritten<T extends Record<string, unknown>>(data: T, filePath: string | undefined, readSource = (file: string) => readFileSync(file, 'utf8')): T {
  if (filePath === undefined || !Object.values(data).some((value) => value instanceof Date)) return data;
  const written = fieldsAsWritten(readSource(filePath), filePath);
  if (written === undefined) return data;
  const replaced = Object.entries(data).map(([key, value]) =>
    value instanceof Date && typeof written[key] === 'string' ? [key, written[key]] : [key, value],
  );
  return Object.fromEntries(replaced) as T;
}
