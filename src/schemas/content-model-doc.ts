/**
 * docs/inhoudsmodel.md, generated from the schemas (`npm run docs`): for each
 * collection its folder, file form, web address and a table of its fields,
 * then the fixed lists. Fields are read only through describeFields, so the
 * labels and hints come from wherever the schemas take them; the prose is
 * in src/i18n/nl.ts (`contentModelDoc`).
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

/** The words of the document. */
const words = nl.contentModelDoc;

/** The headings a body starts with, per collection (the CMS puts them in a new entry). */
const bodySections: Partial<Record<CollectionName, readonly string[]>> = {
  prototypes: prototypeBodySections,
  lessons: lessonBodySections,
};

const kindNames: Record<FieldDescription['kind'], readonly [one: string, many: string]> = words.kindNames;

const code = (text: string) => `\`${text}\``;
/** `/lessen/<id>/`, or `/woorden/#<id>` for entries that are sections of one page. */
const entryAddress = (collection: CollectionName) =>
  `/${collections[collection].segment}/${(collections[collection] as CollectionDefinition).anchorEntries ? '#<id>' : '<id>/'}`;
/** A table cell: no line breaks, and a | does not end the cell. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const count = (amount: number, one: string, many: string) => `${amount} ${amount === 1 ? one : many}`;

function range(min: number | undefined, max: number | undefined, one: string, many: string): string | undefined {
  if (min !== undefined && max !== undefined) return words.fromTo(min, max, many);
  if (max !== undefined) return words.atMost(count(max, one, many));
  if (min !== undefined) return words.atLeast(count(min, one, many));
  return undefined;
}

function kindName(field: FieldDescription): string {
  if (field.kind === 'list' && field.item) return words.listOf(kindNames[field.item.kind][1]);
  return kindNames[field.kind][0];
}

/** What a value must be, in words: lengths, options, what a reference points to. */
function valueRules(field: FieldDescription): string[] {
  switch (field.kind) {
    case 'string':
      return [range(field.min, field.max, words.characters.one, words.characters.many)].filter((rule) => rule !== undefined);
    case 'date':
      return [words.dateRule];
    case 'image':
      return [words.imageRule];
    case 'boolean':
      return [words.booleanRule];
    case 'enum': {
      const options = (field.options ?? []).map((option) => {
        const label = field.optionLabels?.[option];
        return label ? `${code(option)} = ${label}` : code(option);
      });
      return [words.chooseFrom(options.join(', '))];
    }
    case 'reference': {
      const target = field.collection!;
      return [words.referenceRule(nl.collections[target].one, code(`content/${target}/`))];
    }
    case 'object':
      return [words.objectRule];
    case 'list': {
      const amount = range(field.min, field.max, words.values.one, words.values.many);
      const item = field.item ? valueRules(field.item) : [];
      return [...(amount ? [amount] : []), ...(item.length > 0 ? [words.each(item.join('; '))] : [])];
    }
  }
}

function defaultRule(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.length === 0) return words.mayOmitEmpty;
  return words.mayOmit(code(String(value)));
}

/** One table row per field; the fields of a group follow it, as `group.field`. */
function fieldRows(field: FieldDescription, parent?: { path: string; required: boolean }): string[] {
  const path = parent ? `${parent.path}.${field.name}` : field.name;
  const required = !field.required ? words.required.no : parent && !parent.required ? words.required.ifGroup(code(parent.path)) : words.required.yes;
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
  const endings = words.orList(extensions.map((extension) => code(`.${extension}`)));
  return kind === 'data' ? words.dataForm(endings) : words.entryForm(endings);
}

function bodyText(collection: CollectionName): string[] {
  if (collections[collection].kind === 'data') return [];
  const sections = bodySections[collection];
  if (!sections) return [words.freeBody, ''];
  return [
    words.bodySections,
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
    `- ${words.folder(code(`content/${collection}/`))}`,
    `- ${words.form(fileForm(collection))}`,
    `- ${words.address(code(entryAddress(collection)))}`,
    '',
    ...tableHead(words.fieldsHeader),
    ...describeFields(fileSchema(collection)).flatMap((field) => fieldRows(field)),
    '',
    ...bodyText(collection),
  ];
}

function tableHead(header: readonly string[]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
}

function table(header: readonly string[], rows: string[][]): string[] {
  return [...tableHead(header), ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}

function generalRules(): string[] {
  const withDrafts = collectionNames.filter((collection) =>
    describeFields(fileSchema(collection)).some((field) => field.name === 'draft'),
  );
  return [
    `## ${words.generalHeading}`,
    '',
    ...words.generalRules({
      idPattern: code(idPattern.source),
      exampleId: code('plusklas-heiloo'),
      exampleFile: code(`content/prototypes/plusklas-heiloo.md`),
      exampleAddress: code(`/${collections.prototypes.segment}/plusklas-heiloo/`),
      withDrafts: capitalise(words.listInWords(withDrafts.map((collection) => nl.collections[collection].many))),
      draftField: code('draft'),
      draftTrue: code('draft: true'),
    }),
    '',
  ];
}

function fixedLists(): string[] {
  return [
    `## ${words.fixedListsHeading}`,
    '',
    words.fixedListsIntro,
    '',
    `### ${words.focusAreasHeading} (${code('src/schemas/focus-areas.ts')})`,
    '',
    words.focusAreasIntro(code(`/${pagePaths.focusAreas}<id>/`)),
    '',
    ...table(
      words.focusAreasHeader,
      focusAreaIds.map((id) => {
        const area = focusAreas[id];
        return [code(id), area.label, area.short, area.goal, words.planSection(String(area.planSection))];
      }),
    ),
    '',
    `### ${words.schoolTypesHeading} (${code('src/schemas/shared.ts')})`,
    '',
    ...table(words.optionsHeader, Object.entries(schoolTypes).map(([id, label]) => [code(id), label])),
    '',
    `### ${words.statusesHeading(nl.collections.prototypes.one)} (${code('src/schemas/statuses.ts')})`,
    '',
    ...table(words.optionsHeader, Object.entries(prototypeStatuses).map(([id, label]) => [code(id), label])),
    '',
  ];
}

/** The whole of docs/inhoudsmodel.md. */
export function contentModelDoc(): string {
  const lines = [
    words.generatedNote,
    '',
    `# ${words.title}`,
    '',
    ...words.intro,
    '',
    ...tableHead(words.overviewHeader),
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
