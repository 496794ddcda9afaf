/**
 * One schema field as a Decap CMS field. Everything comes from the field
 * descriptions that src/schemas/introspect.ts reads out of the zod schemas:
 * label, hint, required, lengths, options and reference targets.
 */
import { nl } from '../i18n/nl.ts';
import { collections, fileSchema, type CollectionName } from '../schemas/index.ts';
import { describeFields, type FieldDescription } from '../schemas/introspect.ts';
import { isRequiredChoice } from './choice-fields.ts';

export type DecapField = Record<string, unknown> & { name: string; widget: string };

/** Texts longer than this get a multi-line box. */
const longText = 200;

/**
 * How the relation widget shows and searches a collection: by its display
 * fields and, to find an entry by what it is about, its required short texts.
 */
function relationFields(collection: CollectionName): { search: string[]; display: string[] } {
  const display = [...collections[collection].display];
  const shortTexts = describeFields(fileSchema(collection))
    .filter((field) => field.kind === 'string' && field.required && (field.max ?? Infinity) <= 300)
    .map((field) => field.name);
  return { search: [...new Set([...display, ...shortTexts])], display };
}

function lengthRule(min: number | undefined, max: number | undefined): [string, string] | undefined {
  if (min === undefined && max === undefined) return undefined;
  const from = min ?? 0;
  const message = nl.cms.lengthRule(from, max);
  return [`^[\\s\\S]{${from},${max ?? ''}}$`, message];
}

function relation(collection: CollectionName): Record<string, unknown> {
  const { search, display } = relationFields(collection);
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: search,
    display_fields: display,
    // The widget is slow with very long option lists; searching narrows it anyway.
    options_length: 50,
  };
}

export function decapField(field: FieldDescription): DecapField {
  const base = {
    name: field.name,
    label: field.label ?? field.name,
    // A choice that needs at least one value is checked on save, in words that fit the field (choice-fields.ts).
    required: field.required && !isRequiredChoice(field),
    ...(field.hint ? { hint: field.hint } : {}),
  };
  switch (field.kind) {
    case 'string': {
      const pattern = lengthRule(field.min, field.max);
      return {
        ...base,
        widget: (field.max ?? 0) > longText ? 'text' : 'string',
        ...(pattern ? { pattern } : {}),
      };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', default: field.default ?? false };
    case 'date':
      // A date field in the browser's own (Dutch) date picker; no time and no "UTC" beside it.
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
    case 'image':
      return { ...base, widget: 'image', choose_url: false };
    case 'enum':
      return {
        ...base,
        widget: 'select',
        options: (field.options ?? []).map((value) => ({ value, label: field.optionLabels?.[value] ?? value })),
      };
    case 'reference':
      return { ...base, ...relation(field.collection!) } as unknown as DecapField;
    case 'object': {
      // Decap checks the inner fields of an optional object even when it is left empty, so inside an
      // optional object nothing is required in the form; cms-setup.js checks an image's alt text on save.
      const inner = (field.fields ?? []).map((inner) => (field.required ? inner : { ...inner, required: false }));
      return { ...base, widget: 'object', collapsed: false, fields: inner.map(decapField) };
    }
    case 'list':
      return listField(field, base);
  }
}

function listField(field: FieldDescription, base: DecapField | Record<string, unknown>): DecapField {
  const item = field.item!;
  const limits = {
    ...(field.min ? { min: field.min } : {}),
    ...(field.max ? { max: field.max } : {}),
    // A list with a default in the schema (a profile's "voor wie") starts with that value in a new entry.
    ...(field.default !== undefined ? { default: field.default } : {}),
  };
  if (item.kind === 'reference') return { ...base, ...relation(item.collection!), multiple: true, ...limits } as DecapField;
  if (item.kind === 'enum') return { ...(decapField({ ...item, ...base, kind: 'enum' } as FieldDescription)), multiple: true, ...limits };
  if (item.kind === 'object') {
    // A list of groups (the steps of a route): each item is a small form; its first text names it when folded.
    const fields = (item.fields ?? []).map(decapField);
    const first = fields.find((inner) => inner.widget === 'string' || inner.widget === 'text');
    return { ...base, widget: 'list', collapsed: false, ...limits, fields, ...(first ? { summary: `{{fields.${first.name}}}` } : {}) } as DecapField;
  }
  return {
    ...base,
    widget: 'list',
    collapsed: false,
    // "Voeg onderwerp toe" rather than "Voeg Vraag mij over toe".
    ...(nl.cmsWords.listItems[field.name] ? { label_singular: nl.cmsWords.listItems[field.name] } : {}),
    ...limits,
    // One text per item, saved as a plain list of strings.
    field: { ...decapField({ ...item, name: 'item', label: field.label, hint: undefined, required: true }) },
  } as DecapField;
}
