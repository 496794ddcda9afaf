/**
 * The six Decap collections, generated from src/schemas: same folders, same
 * fields, same rules. Entries are written as plain Markdown (.md): an editor's
 * "<" or "{" cannot break the build the way it would in MDX.
 */
import { describeFields } from '../schemas/introspect.ts';
import { collections, fileSchema } from '../schemas/index.ts';
import { lessonBodySections } from '../schemas/lessons.ts';
import { noChildDetails, noContactDetails } from '../schemas/privacy-hints.ts';
import { prototypeBodySections } from '../schemas/prototypes.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { sectionPaths } from '../lib/urls.ts';
import { decapField, type DecapField } from './fields.ts';

interface CollectionText {
  label: string;
  singular: string;
  description: string;
  /** The field a new entry's file name is made from. */
  identifier: 'title' | 'name';
  /** Section headings the body starts with. */
  bodySections?: readonly string[];
  bodyHint?: string;
}

const mdxNote = 'Stukken met extra onderdelen (.mdx, zoals citaten) staan hier niet: die past de redactie met de hand aan.';

/** Menu order: what editors add most comes first. */
export const cmsCollectionOrder: CollectionName[] = ['lessons', 'prototypes', 'experts', 'regions', 'topics', 'network-groups'];

const texts: Record<CollectionName, CollectionText> = {
  lessons: {
    label: 'Lessen',
    singular: 'Les',
    description: `Wat jullie leerden: wat werkte, wat niet, en wat je de volgende keer anders doet. ${mdxNote}`,
    identifier: 'title',
    bodySections: lessonBodySections,
    bodyHint: `Vul de kopjes in. Vertel ook wat niet werkte: daar leren anderen het meest van. ${noChildDetails} ${noContactDetails}`,
  },
  prototypes: {
    label: 'Goede voorbeelden',
    singular: 'Goed voorbeeld',
    description: `Goede voorbeelden (prototypen) van inclusiever onderwijs. ${mdxNote}`,
    identifier: 'title',
    bodySections: prototypeBodySections,
    bodyHint: `Vul de kopjes in. ${noChildDetails} ${noContactDetails}`,
  },
  experts: {
    label: 'Wie weet wat',
    singular: 'Profiel',
    description: `Profielen van mensen die anderen mogen benaderen. Alleen met toestemming van de persoon zelf. ${mdxNote}`,
    identifier: 'name',
    bodyHint: 'Een korte introductie: wie ben je en waarmee kun je anderen helpen? (mag leeg)',
  },
  regions: { label: 'Werkgebieden', singular: 'Werkgebied', description: 'De werkgebieden van het samenwerkingsverband.', identifier: 'name' },
  topics: { label: "Thema's", singular: 'Thema', description: "Thema's, met synoniemen voor het zoeken.", identifier: 'name' },
  'network-groups': { label: 'Netwerkgroepen', singular: 'Netwerkgroep', description: 'De netwerkgroepen.', identifier: 'name' },
};

/** The Markdown a new entry starts with: the contract's section headings. */
export function bodyTemplate(sections: readonly string[]): string {
  return sections.map((heading) => `## ${heading}\n\n`).join('\n');
}

function bodyField(text: CollectionText): DecapField {
  return {
    name: 'body',
    label: 'Tekst',
    widget: 'markdown',
    required: text.bodySections !== undefined,
    hint: text.bodyHint,
    ...(text.bodySections ? { default: bodyTemplate(text.bodySections) } : {}),
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
    editor_components: ['image'],
  };
}

export function decapCollection(name: CollectionName): Record<string, unknown> {
  const definition = collections[name];
  const text = texts[name];
  const fields = describeFields(fileSchema(name)).map(decapField);
  const isEntry = definition.kind === 'entry';
  return {
    name,
    label: text.label,
    label_singular: text.singular,
    description: text.description,
    folder: `content/${name}`,
    create: true,
    identifier_field: text.identifier,
    slug: '{{slug}}',
    summary: `{{${text.identifier}}}`,
    sortable_fields: isEntry ? [text.identifier] : ['name'],
    ...(isEntry
      ? { extension: 'md', format: 'frontmatter', preview_path: `${sectionPaths[name]}/{{slug}}/`, fields: [...fields, bodyField(text)] }
      : { extension: 'yaml', format: 'yaml', fields }),
  };
}

export const decapCollections = () => cmsCollectionOrder.map(decapCollection);
