/**
 * Fields where an editor picks one or more values (thema's, werkgebieden,
 * onderwijstypen) and must pick at least one. Decap would say "Thema's is
 * vereist"; these fields are left to the save check instead, which says
 * "Thema's: kies minstens één thema." (src/cms/client/save-check.ts). The
 * /delen/ form uses the same words.
 */
import { nl } from '../i18n/nl.ts';
import { describeFields, type FieldDescription } from '../schemas/introspect.ts';
import { fileSchema, type CollectionName } from '../schemas/index.ts';

/** A list of references or options that needs at least one value. */
export const isRequiredChoice = (field: FieldDescription) =>
  field.kind === 'list' && (field.item?.kind === 'reference' || field.item?.kind === 'enum') && (field.min ?? 0) >= 1;

/** What one value is called: "thema" for a list of thema's, "onderwijstype" for onderwijstypen. */
export function valueName(field: FieldDescription): string {
  const target = field.item?.collection;
  return target ? nl.collections[target].one : (nl.cmsWords.valueNames[field.name] ?? (field.label ?? field.name).toLocaleLowerCase('nl'));
}

/** "Kies minstens één thema." */
export const pickAtLeastOneMessage = (field: FieldDescription) => nl.contribute.pickAtLeastOne(valueName(field));

/** The required choice fields of a collection that are empty or missing in `data`, with their message. */
export function emptyChoices(collection: CollectionName, data: Record<string, unknown>): Array<{ field: FieldDescription; message: string }> {
  return describeFields(fileSchema(collection))
    .filter(isRequiredChoice)
    .filter((field) => {
      const value = data[field.name];
      // A missing choice with a default (a profile's "voor wie") takes the default; an emptied one does not.
      return ((value === undefined || value === null) && field.default === undefined) || (Array.isArray(value) && value.length === 0);
    })
    .map((field) => ({ field, message: pickAtLeastOneMessage(field) }));
}
