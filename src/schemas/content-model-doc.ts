/**
 * docs/inhoudsmodel.md, generated from the schemas (`npm run docs`): for each
 * collection its folder, file form, web address and a table of its fields,
 * then the fixed lists. Fields are read only through describeFields, so the
 * labels and hints come from wherever the schemas take them.
 */
import { capitalise, nl } from '../i18n/nl.ts';
import { pagePaths } from '../lib/urls.ts';
import { focusAreaIds, focusAreas } from './focus-areas.ts';
import { collectionNames, collections, extensionsOf, fileSchema, type CollectionDefinition, type CollectionName } from './index.ts';
import { describeFields, type FieldDescription } from './introspect.ts';
import { lessonBodySections } from './lessons.ts';
import { prototypeBodySections } from './prototypes.ts';
import { idPattern, schoolTypes } from './shared.ts';
import { prototypeStatuses } from './statuses.ts';

export const contentModelDocFile = 'docs/inhoudsmodel.md';

/** The headings a body starts with, per collection (the CMS puts them in a new entry). */
const bodySections: Partial<Record<CollectionName, readonly string[]>> = {
  prototypes: prototypeBodySections,
  lessons: lessonBodySections,
};

const kindNames: Record<FieldDescription['kind'], [one: string, many: string]> = {
  string: ['tekst', 'teksten'],
  boolean: ['ja of nee', 'ja-of-nee-waarden'],
  date: ['datum', 'datums'],
  image: ['afbeelding', 'afbeeldingen'],
  enum: ['keuze', 'keuzes'],
  reference: ['verwijzing', 'verwijzingen'],
  object: ['groep velden', 'groepen velden'],
  list: ['lijst', 'lijsten'],
};

const code = (text: string) => `\`${text}\``;
/** `/lessen/<id>/`, or `/woorden/#<id>` for entries that are sections of one page. */
const entryAddress = (collection: CollectionName) =>
  `/${collections[collection].segment}/${(collections[collection] as CollectionDefinition).anchorEntries ? '#<id>' : '<id>/'}`;
/** A table cell: no line breaks, and a | does not end the cell. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
/** "a, b en c" */
const listInWords = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);
const count = (amount: number, one: string, many: string) => `${amount} ${amount === 1 ? one : many}`;

function range(min: number | undefined, max: number | undefined, one: string, many: string): string | undefined {
  if (min !== undefined && max !== undefined) return `${min} tot ${max} ${many}`;
  if (max !== undefined) return `hoogstens ${count(max, one, many)}`;
  if (min !== undefined) return `minstens ${count(min, one, many)}`;
  return undefined;
}

function kindName(field: FieldDescription): string {
  if (field.kind === 'list' && field.item) return `lijst van ${kindNames[field.item.kind][1]}`;
  return kindNames[field.kind][0];
}

/** What a value must be, in words: lengths, options, what a reference points to. */
function valueRules(field: FieldDescription): string[] {
  switch (field.kind) {
    case 'string':
      return [range(field.min, field.max, 'teken', 'tekens')].filter((rule) => rule !== undefined);
    case 'date':
      return ['jaar-maand-dag, bijvoorbeeld `2025-03-14`'];
    case 'image':
      return ['pad naar een afbeelding in `public/`, bijvoorbeeld `/uploads/foto.jpg`'];
    case 'boolean':
      return ['`true` of `false`'];
    case 'enum': {
      const options = (field.options ?? []).map((option) => {
        const label = field.optionLabels?.[option];
        return label ? `${code(option)} = ${label}` : code(option);
      });
      return [`kies uit ${options.join(', ')}`];
    }
    case 'reference': {
      const target = field.collection!;
      return [`id van een ${nl.collections[target].one} uit ${code(`content/${target}/`)}`];
    }
    case 'object':
      return ['de velden hieronder'];
    case 'list': {
      const amount = range(field.min, field.max, 'waarde', 'waarden');
      const item = field.item ? valueRules(field.item) : [];
      return [...(amount ? [amount] : []), ...(item.length > 0 ? [`elk: ${item.join('; ')}`] : [])];
    }
  }
}

function defaultRule(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.length === 0) return 'weglaten mag (dan leeg)';
  return `weglaten mag (dan ${code(String(value))})`;
}

/** One table row per field; the fields of a group follow it, as `group.field`. */
function fieldRows(field: FieldDescription, parent?: { path: string; required: boolean }): string[] {
  const path = parent ? `${parent.path}.${field.name}` : field.name;
  const required = !field.required ? 'nee' : parent && !parent.required ? `ja, als er een ${code(parent.path)} is` : 'ja';
  const rules = [...valueRules(field), defaultRule(field.default)].filter((rule) => rule !== undefined);
  const name = field.label ? `${code(path)}: ${field.label}` : code(path);
  const row = `| ${[name, kindName(field), required, rules.join('; '), field.hint ?? ''].map(cell).join(' | ')} |`;
  const group = field.kind === 'object' ? field.fields : field.kind === 'list' && field.item?.kind === 'object' ? field.item.fields : undefined;
  const childPath = field.kind === 'list' ? `${path}[]` : path;
  return [row, ...(group ?? []).flatMap((child) => fieldRows(child, { path: childPath, required: field.required }))];
}

function fileForm(collection: CollectionName): string {
  const { kind } = collections[collection];
  const extensions: readonly string[] = extensionsOf[kind];
  const endings = extensions.map((extension) => code(`.${extension}`)).join(' of ');
  return kind === 'data'
    ? `YAML (${endings}): alleen velden.`
    : `Markdown (${endings}): de velden staan in de kop tussen twee regels \`---\`, de tekst (body) eronder.`;
}

function bodyText(collection: CollectionName): string[] {
  if (collections[collection].kind === 'data') return [];
  const sections = bodySections[collection];
  if (!sections) return ['**De tekst** onder de kop is vrije tekst in Markdown.', ''];
  return [
    '**De tekst** onder de kop begint met deze tussenkopjes (de CMS zet ze klaar in een nieuw stuk):',
    '',
    ...sections.map((section) => `- \`## ${section}\``),
    '',
  ];
}

function collectionSection(collection: CollectionName): string[] {
  const plural = nl.collections[collection].many;
  return [
    `## ${capitalise(plural)} (${code(collection)})`,
    '',
    `- Map: ${code(`content/${collection}/`)}`,
    `- Vorm: ${fileForm(collection)}`,
    `- Webadres: ${code(entryAddress(collection))}`,
    '',
    '| Veld | Soort | Verplicht | Regels | Uitleg |',
    '| --- | --- | --- | --- | --- |',
    ...describeFields(fileSchema(collection)).flatMap((field) => fieldRows(field)),
    '',
    ...bodyText(collection),
  ];
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function generalRules(): string[] {
  const withDrafts = collectionNames.filter((collection) =>
    describeFields(fileSchema(collection)).some((field) => field.name === 'draft'),
  );
  return [
    '## Voor alle inhoud',
    '',
    '- **Id = bestandsnaam.** Het id van een stuk is de naam van het bestand zonder de extensie. Gebruik kleine',
    `  letters, cijfers en streepjes (kebab-case, de controle gebruikt ${code(idPattern.source)}), bijvoorbeeld`,
    `  ${code('plusklas-heiloo')}. Het id is ook het laatste stuk van het webadres: ${code(`content/prototypes/plusklas-heiloo.md`)} wordt`,
    `  ${code(`/${collections.prototypes.segment}/plusklas-heiloo/`)}.`,
    '- **Verwijzingen.** Een veld van de soort *verwijzing* bevat het id van een ander stuk. Bestaat dat stuk niet,',
    '  dan stopt de controle met een melding.',
    `- **Concepten.** ${capitalise(listInWords(withDrafts.map((collection) => nl.collections[collection].many)))} hebben het veld`,
    `  ${code('draft')}. Met ${code('draft: true')} is een stuk een concept: de controle kijkt het na, maar het staat niet op de site.`,
    '- **Datums** schrijf je als jaar-maand-dag, bijvoorbeeld `2025-03-14`.',
    '- **Verplicht** betekent: het veld moet er staan en mag niet leeg zijn. Een veld dat niet verplicht is, mag je weglaten.',
    '',
  ];
}

function fixedLists(): string[] {
  return [
    '## Vaste lijsten',
    '',
    'Deze lijsten staan in de code, niet in `content/`. Een ander samenwerkingsverband kan ze daar aanpassen.',
    '',
    `### Speerpunten (${code('src/schemas/focus-areas.ts')})`,
    '',
    `Uit het ondersteuningsplan. Elk speerpunt heeft een pagina ${code(`/${pagePaths.focusAreas}<id>/`)}.`,
    '',
    ...table(
      ['Id', 'Naam', 'Kort', 'Doel', 'Ondersteuningsplan'],
      focusAreaIds.map((id) => {
        const area = focusAreas[id];
        return [code(id), area.label, area.short, area.goal, `paragraaf ${area.planSection}`];
      }),
    ),
    '',
    `### Onderwijstypen (${code('src/schemas/shared.ts')})`,
    '',
    ...table(['Id', 'Naam'], Object.entries(schoolTypes).map(([id, label]) => [code(id), label])),
    '',
    `### Status van een ${nl.collections.prototypes.one} (${code('src/schemas/statuses.ts')})`,
    '',
    ...table(['Id', 'Naam'], Object.entries(prototypeStatuses).map(([id, label]) => [code(id), label])),
    '',
  ];
}

/** The whole of docs/inhoudsmodel.md. */
export function contentModelDoc(): string {
  const lines = [
    '<!-- Gemaakt uit src/schemas/ met npm run docs (src/schemas/content-model-doc.ts). Pas dit bestand niet met de hand aan. -->',
    '',
    '# Inhoudsmodel',
    '',
    'Dit is de vorm van alle inhoud in `content/`: welke stukken er zijn, waar ze staan, welke velden ze hebben en',
    "welke regels daarvoor gelden. De regels komen uit de schema's in `src/schemas/`. De controle (`npm run check:content`",
    'en elke build) en het formulier van de CMS op `/admin/` gebruiken dezelfde regels.',
    '',
    '| Inhoud | Map | Vorm | Webadres |',
    '| --- | --- | --- | --- |',
    ...collectionNames.map((collection) => {
      const plural = nl.collections[collection].many;
      const { kind } = collections[collection];
      return `| ${capitalise(plural)} | ${code(`content/${collection}/`)} | ${kind === 'data' ? 'YAML' : 'Markdown'} | ${code(entryAddress(collection))} |`;
    }),
    '',
    ...generalRules(),
    ...collectionNames.flatMap(collectionSection),
    ...fixedLists(),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
