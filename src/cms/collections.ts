/**
 * The Decap collections, generated from the collection list and the schemas:
 * same folders, same fields, same rules, the names and hints of
 * src/i18n/nl.ts. Entries are written as plain Markdown (.md): an editor's
 * "<" or "{" cannot break the build the way it would in MDX.
 */
import { capitalise, nl } from '../i18n/nl.ts';
import { describeFields } from '../schemas/introspect.ts';
import { collectionNames, collections, fileSchema, type CollectionName } from '../schemas/index.ts';
import { decapField, type DecapField } from './fields.ts';

/** Menu order: what editors add most comes first; collections not named here follow in list order. */
const firstInMenu: CollectionName[] = ['lessons', 'prototypes', 'experts'];
export const cmsCollectionOrder: CollectionName[] = [...firstInMenu, ...collectionNames.filter((name) => !firstInMenu.includes(name))];

/** The Markdown a new entry starts with: the contract's section headings. */
export function bodyTemplate(sections: readonly string[]): string {
  return sections.map((heading) => `## ${heading}\n\n`).join('\n');
}

function bodyField(name: CollectionName): DecapField {
  const sections: readonly string[] | undefined = (nl.body.sections as Partial<Record<CollectionName, readonly string[]>>)[name];
  const hint: string | undefined = (nl.body.hints as Partial<Record<CollectionName, string>>)[name];
  return {
    name: 'body',
    label: nl.body.label,
    widget: 'markdown',
    required: sections !== undefined,
    hint,
    ...(sections ? { default: bodyTemplate(sections) } : {}),
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
    editor_components: ['image'],
  };
}

export function decapCollection(name: CollectionName): Record<string, unknown> {
  const definition = collections[name];
  const text = nl.collections[name];
  const fields = describeFields(fileSchema(name)).map(decapField);
  const identifier = definition.display[0];
  const isEntry = definition.kind === 'entry';
  return {
    name,
    label: text.section,
    label_singular: capitalise(text.one),
    description: text.cms,
    folder: `content/${name}`,
    create: true,
    identifier_field: identifier,
    slug: '{{slug}}',
    summary: `{{${identifier}}}`,
    // By name or title, and by the entry's dates (lessons by date, newest first when chosen so).
    sortable_fields: [identifier, ...fields.filter((field) => field.widget === 'datetime').map((field) => field.name)],
    ...(isEntry
      ? { extension: 'md', format: 'frontmatter', preview_path: `${definition.segment}/{{slug}}/`, fields: [...fields, bodyField(name)] }
      : { extension: 'yaml', format: 'yaml', fields }),
  };
}

export const decapCollections = () => cmsCollectionOrder.map(decapCollection);
