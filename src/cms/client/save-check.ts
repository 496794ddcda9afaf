/**
 * The build's rules for one entry, run in the CMS before anything is saved:
 * the collection's schema (lengths, required fields, dates, options) and the
 * privacy guard (every field and the body). The messages are the build's own
 * (`veld "summary": ...`, the value masked for personal data). Whether a
 * linked entry exists is left to the build, which sees all the files.
 *
 * Plain TypeScript, no Markdown parser: the body is read as plain text with
 * Markdown marks left out, not rendered as the build does.
 */
import { nl } from '../../i18n/nl.ts';
import { emptyChoices } from '../choice-fields.ts';
import { fieldPrivacyFindings, plainBodyPrivacyMessages } from '../../content-check/privacy-rules.ts';
import { inField, schemaIssues } from '../../content-check/schema-issues.ts';
import { keepNamedReferences, normaliseCharacters, type NamedReferenceDecoder } from '../../content-check/visible-characters.ts';
import { collectionNames, fileSchema, type CollectionName } from '../../schemas/index.ts';

/** Whether the CMS collection is one of ours (and so has rules to check). */
export const isCheckedCollection = (name: unknown): name is CollectionName => collectionNames.includes(name as CollectionName);

/**
 * What stops this entry from being saved, as the build would say it: one
 * Dutch message per problem, none when it may be saved. `data` are the fields
 * as they will be written (plain values, references as ids, dates as text or
 * Date), `body` the Markdown. Named character references (`&commat;`) are read
 * with `decodeNamed`: the browser passes its own HTML parser.
 */
export function checkEntryBeforeSave(
  collection: CollectionName,
  data: Record<string, unknown>,
  body: string,
  decodeNamed: NamedReferenceDecoder = keepNamedReferences,
): string[] {
  const normalise = (text: string) => normaliseCharacters(text, decodeNamed);
  const schema = fileSchema(collection);
  const result = schema.safeParse(data);
  // An empty choice reads "Kies minstens één thema." instead of the build's "veld "topics": is leeg".
  const empty = emptyChoices(collection, data);
  const emptyNames = new Set(empty.map(({ field }) => field.name));
  const messages = [
    ...empty.map(({ message }) => message),
    ...(result.success ? [] : schemaIssues(result.error, schema).filter(({ field }) => !emptyNames.has(field ?? '')).map(({ field, message }) => inField(field, message))),
    ...fieldPrivacyFindings(collection, data, normalise).map(({ field, message }) => inField(field, message)),
    ...plainBodyPrivacyMessages(collection, body, normalise).map(nl.cmsCheck.inBody),
  ];
  return [...new Set(messages)];
}
