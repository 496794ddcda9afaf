/**
 * Building blocks shared by every collection schema: ids, dates, images,
 * school types and the reference factory. Field labels and editor hints come
 * from src/i18n/nl.ts through `.meta({ label, hint })`, so the CMS config and
 * the pages read the same words.
 */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import { formatDate } from '../lib/dates.ts';
import { calendarDate, impossibleDateMessage, isAfterToday } from './calendar-date.ts';
import { dutchIssueMessage } from './messages.ts';

// In a browser (the /delen/ form, the CMS) zod must not probe whether it may compile checks with `new Function`:
// the site's CSP forbids that and reports the attempt. Set here because every schema and the site config load this first.
z.config({ customError: dutchIssueMessage, ...(typeof document === 'undefined' ? {} : { jitless: true }) });

/** Ids and slugs: lower-case kebab-case, taken from the file name. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The names of the collections (folders under `content/`), in the order
 * visitors meet them (menu, search filter). The zod schemas need the type to
 * type their references; everything else about a collection is in the list
 * in index.ts, which must have an entry for each.
 */
export const collectionNames = ['prototypes', 'lessons', 'experts', 'regions', 'topics', 'network-groups', 'parent-routes', 'glossary'] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Makes the schema for a field that holds the id of an entry in another
 * collection. Astro passes its `reference()`; the content check and the tests
 * pass `idReference`, which keeps the plain id. Neither checks that the id
 * exists: src/content-check/validation.ts does that against the real files.
 */
export type ReferenceFactory = (collection: CollectionName) => z.ZodType<ReferenceValue>;

/** A reference as Astro stores it (`{ collection, id }`) or as a plain id (the content check). */
export type ReferenceValue = string | { id: string; collection: string };

export const idReference = (collection: CollectionName) =>
  z.string().regex(idPattern).meta({ reference: collection });

export interface IsoDateOptions {
  /**
   * Refuse a day after today (with `futureGraceDays` leeway): for dates of
   * something that already happened, where a typo like 2062 would switch off
   * a warning or keep an entry at the top of every list.
   */
  notInFuture?: boolean;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * A calendar date written as YYYY-MM-DD. YAML already turns such a value into
 * a Date; a quoted string is accepted too. Unlike `z.coerce.date()`, it tells
 * a missing date ("ontbreekt") from a badly written one, and refuses a day that
 * does not exist (30 February) instead of rolling it over to March. js-yaml
 * rolls an unquoted one over before this schema sees it, so the content check
 * (src/content-check/content-files.ts) and Astro's loading (src/content.config.ts,
 * src/content-check/dates-as-written.ts) hand such a date over as written.
 */
export const isoDate = ({ notInFuture = false, now = () => new Date() }: IsoDateOptions = {}) => {
  const date = z.preprocess(
    (value) => (typeof value === 'string' ? (calendarDate(value) ?? value) : value),
    z.custom<Date>(
      (value) => value instanceof Date && !Number.isNaN(value.getTime()),
      {
        error: (issue) => {
          if (issue.input === undefined) return nl.zod.missing;
          const impossible = typeof issue.input === 'string' ? impossibleDateMessage(issue.input) : undefined;
          return impossible ?? nl.zod.invalidDate;
        },
      },
    ),
  );
  const checked = notInFuture
    ? date.refine((value) => !(value instanceof Date) || !isAfterToday(value, now()), {
        error: (issue) => nl.dates.inFuture(issue.input instanceof Date ? formatDate(issue.input) : String(issue.input)),
      })
    : date;
  return checked.meta({ format: 'date' });
};

/** An image in `public/`, with the text that a screen reader reads instead. */
export const imageSchema = z
  .object({
    src: z.string().min(1).meta({ ...nl.fields.image.src, format: 'image' }),
    alt: z
      .string({
        error: (issue) =>
          issue.input === undefined ? nl.zod.altMissing : undefined,
      })
      .trim()
      .min(1, { error: nl.zod.altEmpty })
      .max(200)
      .meta(nl.fields.image.alt),
  })
  .strict();
export type Image = z.output<typeof imageSchema>;

/** The school types (onderwijstypen) an entry is about, with their Dutch names. */
export const schoolTypes = nl.options.schoolTypes;
export type SchoolType = keyof typeof schoolTypes;
export const schoolTypeSchema = z.enum(Object.keys(schoolTypes) as [SchoolType, ...SchoolType[]]).meta({ optionLabels: schoolTypes });

/** Marks an entry as a draft: validated, never published. */
export const draftField = z
  .boolean()
  .default(false)
  .meta(nl.fields.draft);

/** A text of `min` to `max` characters, trimmed. */
export const text = (min: number, max: number) => z.string().trim().min(min).max(max);
