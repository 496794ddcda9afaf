/**
 * Reads a collection schema back as plain field descriptions: type, required,
 * limits, enum options and reference targets. The content check uses it to
 * find reference fields; the CMS config is generated from it. Keeping this
 * the only place that looks inside zod means a zod upgrade touches one file.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from './shared.ts';

export interface FieldDescription {
  name: string;
  kind: 'string' | 'boolean' | 'date' | 'image' | 'enum' | 'reference' | 'object' | 'list';
  required: boolean;
  label?: string;
  hint?: string;
  min?: number;
  max?: number;
  /** For `enum`: the allowed values. */
  options?: string[];
  /** For `enum`: the Dutch name of each value. */
  optionLabels?: Record<string, string>;
  /** For `reference`: the collection the id points into. */
  collection?: CollectionName;
  /** For `list`: what one item is. */
  item?: FieldDescription;
  /** For `object`: its fields. */
  fields?: FieldDescription[];
  default?: unknown;
}

type AnySchema = z.ZodType & { _zod: { def: Record<string, any> }; meta(): Record<string, unknown> | undefined };

function lengthCheck(schema: AnySchema, check: 'min_length' | 'max_length'): number | undefined {
  const checks: Array<{ _zod: { def: { check: string; minimum?: number; maximum?: number } } }> = schema._zod.def.checks ?? [];
  const found = checks.find((entry) => entry._zod.def.check === check);
  return found ? (check === 'min_length' ? found._zod.def.minimum : found._zod.def.maximum) : undefined;
}

export function describeField(name: string, input: z.ZodType): FieldDescription {
  let schema = input as AnySchema;
  let required = true;
  let defaultValue: unknown;
  const meta: Record<string, unknown> = {};
  // Unwrap optional/default/pipe layers, collecting metadata from the outside in.
  for (;;) {
    Object.assign(meta, { ...schema.meta(), ...meta });
    const def = schema._zod.def;
    if (def.type === 'optional') {
      required = false;
      schema = def.innerType;
    } else if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
      schema = def.innerType;
    } else if (def.type === 'pipe' && meta.format !== 'date') {
      schema = def.in._zod.def.type === 'transform' ? def.out : def.in;
    } else {
      break;
    }
  }
  const def = schema._zod.def;
  const base = {
    name,
    required,
    label: meta.label as string | undefined,
    hint: meta.hint as string | undefined,
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
  };
  if (meta.format === 'date') return { ...base, kind: 'date' };
  if (meta.format === 'image') return { ...base, kind: 'image' };
  if (typeof meta.reference === 'string') return { ...base, kind: 'reference', collection: meta.reference as CollectionName };
  switch (def.type) {
    case 'string':
      return {
        ...base,
        kind: 'string',
        min: (schema as unknown as z.ZodString).minLength ?? undefined,
        max: (schema as unknown as z.ZodString).maxLength ?? undefined,
      };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'enum':
      return {
        ...base,
        kind: 'enum',
        options: Object.values(def.entries as Record<string, string>),
        optionLabels: meta.optionLabels as Record<string, string> | undefined,
      };
    case 'array':
      return {
        ...base,
        kind: 'list',
        min: lengthCheck(schema, 'min_length'),
        max: lengthCheck(schema, 'max_length'),
        item: describeField(name, def.element),
      };
    case 'object':
      return { ...base, kind: 'object', fields: describeFields(schema as unknown as z.ZodObject) };
    default:
      throw new Error(`describeField: field "${name}" has a zod type (${def.type}) that the CMS mapping does not know`);
  }
}

export function describeFields(schema: z.ZodObject): FieldDescription[] {
  return Object.entries(schema.shape).map(([name, field]) => describeField(name, field as z.ZodType));
}

/**
 * The reference fields of a collection: field path, target collection, and whether it holds a list.
 * References inside a group of fields or inside each item of a list of groups are found too:
 * `visits.contact`, `steps[].contacts` (`[]` stands for every item of the list).
 */
export function referenceFields(schema: z.ZodObject): ReadonlyArray<{ field: string; collection: CollectionName; list: boolean }> {
  return remembered(referenceFieldsBySchema, schema, findReferenceFields);
}

// The content check asks for every file; reading a schema back costs far more than the check itself.
const referenceFieldsBySchema = new WeakMap<z.ZodObject, ReadonlyArray<{ field: string; collection: CollectionName; list: boolean }>>();
const imageSourcesBySchema = new WeakMap<z.ZodObject, readonly string[]>();

function remembered<T>(cache: WeakMap<z.ZodObject, T>, schema: z.ZodObject, find: (schema: z.ZodObject) => T): T {
  let found = cache.get(schema);
  if (found === undefined) cache.set(schema, (found = find(schema)));
  return found;
}

function findReferenceFields(schema: z.ZodObject): Array<{ field: string; collection: CollectionName; list: boolean }> {
  const walk = (fields: FieldDescription[], prefix: string): Array<{ field: string; collection: CollectionName; list: boolean }> =>
    fields.flatMap((field) => {
      const path = `${prefix}${field.name}`;
      if (field.kind === 'reference') return [{ field: path, collection: field.collection!, list: false }];
      if (field.kind === 'list' && field.item?.kind === 'reference') return [{ field: path, collection: field.item.collection!, list: true }];
      if (field.kind === 'object') return walk(field.fields ?? [], `${path}.`);
      if (field.kind === 'list' && field.item?.kind === 'object') return walk(field.item.fields ?? [], `${path}[].`);
      return [];
    });
  return walk(describeFields(schema), '');
}

/**
 * The values at a field path in parsed data (as `referenceFields` gives them:
 * `steps[].contacts`), each with where it sits as the content check names it
 * (1-based): `steps[2].contacts[1]`. `list` spreads the items of the value itself.
 */
export function valuesAtPath(data: unknown, reference: { field: string; list: boolean }): Array<{ where: string; value: unknown }> {
  const segments = reference.field.split('.');
  const walk = (value: unknown, index: number, where: string): Array<{ where: string; value: unknown }> => {
    if (index === segments.length) {
      if (!reference.list) return value === undefined ? [] : [{ where, value }];
      return Array.isArray(value) ? value.map((item, position) => ({ where: `${where}[${position + 1}]`, value: item })) : [];
    }
    if (!value || typeof value !== 'object') return [];
    const segment = segments[index];
    const name = segment.replace(/\[\]$/, '');
    const inner = (value as Record<string, unknown>)[name];
    const here = where ? `${where}.${name}` : name;
    if (!segment.endsWith('[]')) return walk(inner, index + 1, here);
    return Array.isArray(inner) ? inner.flatMap((item, position) => walk(item, index + 1, `${here}[${position + 1}]`)) : [];
  };
  return walk(data, 0, '');
}

/** Paths of the image sources in a collection's fields, as the content check names them: `cover.src`, `photo.src`. */
export function imageSources(schema: z.ZodObject): readonly string[] {
  return remembered(imageSourcesBySchema, schema, findImageSources);
}

function findImageSources(schema: z.ZodObject): string[] {
  const paths = (fields: FieldDescription[], prefix: string): string[] =>
    fields.flatMap((field) => {
      const path = `${prefix}${field.name}`;
      if (field.kind === 'image') return [path];
      if (field.kind === 'object') return paths(field.fields ?? [], `${path}.`);
      return [];
    });
  return paths(describeFields(schema), '');
}

/** The value at a dotted path (`cover.src`) of parsed data, if it is there. */
export function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}
