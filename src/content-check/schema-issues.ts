/**
 * Schema problems as an editor reads them: the field path (`regions[1]`,
 * `contact.email`) and the Dutch message, with a guess for a mistyped field
 * name. No file access, so the CMS shows the same words in the browser as the
 * build prints (validation.ts).
 */
import type { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import { closestMatch } from './suggest.ts';

export interface FieldIssue {
  /** Field path, e.g. `contact.email` or `regions[1]`; absent for the whole entry. */
  field?: string;
  message: string;
}

/** `regions[1]` for ['regions', 0], `contact.email` for ['contact', 'email']: lists count from 1, as editors do. */
export function fieldPath(segments: readonly PropertyKey[]): string | undefined {
  if (segments.length === 0) return undefined;
  return segments
    .map((segment, index) => (typeof segment === 'number' ? `[${segment + 1}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

/** The issues of a failed parse against `schema`, each with its field; an unknown field names the field it probably means. */
export function schemaIssues(error: z.ZodError, schema: z.ZodObject): FieldIssue[] {
  const known = Object.keys(schema.shape);
  return error.issues.map((issue): FieldIssue => {
    if (issue.code === 'unrecognized_keys') {
      // Name each unknown field on its own, with the field it probably means.
      const messages = issue.keys.map((key) => {
        const guess = closestMatch(key, known);
        return nl.check.unknownField(key, guess);
      });
      return { field: fieldPath(issue.path), message: messages.join('; ') };
    }
    return { field: fieldPath(issue.path), message: issue.message };
  });
}

/** A message with its field in front, as the build prints it: `veld "summary": is te lang: ...`. */
export function inField(field: string | undefined, message: string): string {
  return `${field ? nl.check.inField(field) : ''}${message}`;
}
