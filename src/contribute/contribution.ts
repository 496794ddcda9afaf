/**
 * What someone shares through /delen/: a new les, a new goed voorbeeld, or
 * an addition to an existing page, read from the form's fields and checked
 * with the build's own rules (the collection's zod schema and the privacy
 * guard, as the CMS checks before it saves). No Node and no files: the form's
 * script runs this in the browser while typing, and the endpoint runs it
 * again on what arrives (src/contribute/handler.ts).
 */
import { z } from 'astro/zod';
import { nl } from '../i18n/nl.ts';
import { emptyChoices } from '../cms/choice-fields.ts';
import { fieldPrivacyFindings, plainBodyPrivacyMessages, topFieldOf } from '../content-check/privacy-rules.ts';
import { schemaIssues } from '../content-check/schema-issues.ts';
import { keepNamedReferences, normaliseCharacters, type NamedReferenceDecoder } from '../content-check/visible-characters.ts';
import { collections, fileSchema, type CollectionName } from '../schemas/index.ts';

/** What can be shared: a new entry of one of these collections, or an addition to a page. */
export const contributionKinds = ['lessons', 'prototypes', 'addition'] as const;
export type ContributionKind = (typeof contributionKinds)[number];
export type NewEntryCollection = Exclude<ContributionKind, 'addition'>;

/** The collections whose pages can get an addition. */
export const addableCollections = ['lessons', 'prototypes', 'experts'] as const satisfies readonly CollectionName[];
export type AddableCollection = (typeof addableCollections)[number];

/** Names of the form's fields besides the entry fields (which carry their schema names). */
export const formNames = {
  kind: 'soort',
  page: 'over',
  addition: 'aanvulling',
  name: 'naam',
  email: 'email',
  author: 'author',
  authorConsent: 'authorConsent',
  accessCode: 'toegangscode',
  /** The honeypot: hidden from people, filled in by bots. */
  honeypot: 'website',
  /** `lessons-section0`, `lessons-section1`, ...: the text under each heading of the body, per kind (both kinds' boxes are in the form). */
  section: (kind: NewEntryCollection, index: number) => `${kind}-section${index}`,
} as const;

/** Entry fields the form asks for, per kind, in form order. */
export const formFields: Record<NewEntryCollection, readonly string[]> = {
  lessons: ['title', 'summary', 'regions', 'topics', 'schoolTypes', 'date', 'networkGroup', 'prototype'],
  prototypes: ['title', 'summary', 'regions', 'topics', 'schoolTypes', 'status', 'focusAreas', 'schools', 'contacts', 'started'],
};

/** The body's headings per kind: the same template as the CMS. */
export const bodySections: Record<NewEntryCollection, readonly string[]> = nl.body.sections;

export const limits = { nameMax: 80, bodyMin: 40, bodyMax: 20_000, additionMin: 20, additionMax: 5_000 } as const;

/** The form's values: every field name with its values (checkboxes and multiple selects give several). */
export type FormInput = Record<string, string[]>;

/** Reads a submitted form (FormData or URLSearchParams) as FormInput; files are ignored. */
export function formInput(form: { forEach(visit: (value: unknown, key: string) => void): void }): FormInput {
  const input: FormInput = {};
  form.forEach((value, key) => {
    if (typeof value !== 'string') return;
    (input[key] ??= []).push(value);
  });
  return input;
}

/** The ids a choice may be, per collection: what the form offers. Without it, only the id's form is checked (the build checks the rest). */
export type Choices = Partial<Record<CollectionName, readonly string[]>>;

/** One problem, with the form field it belongs to (for the message beside it). */
export interface Problem {
  field: string;
  message: string;
  /** Personal data found: the form shows these while typing, before anything is sent. */
  privacy?: true;
}

export interface Contributor {
  name: string;
  email: string;
}

export interface NewEntryContribution {
  kind: NewEntryCollection;
  collection: NewEntryCollection;
  /** The entry's fields as the file will hold them (dates as YYYY-MM-DD). */
  data: Record<string, unknown>;
  body: string;
  contributor: Contributor;
}

export interface AdditionContribution {
  kind: 'addition';
  collection: AddableCollection;
  id: string;
  text: string;
  contributor: Contributor;
}

export type Contribution = NewEntryContribution | AdditionContribution;

export interface ReadOptions {
  /** Today as YYYY-MM-DD: the date of a lesson left empty, a prototype's `updated`. */
  today: string;
  choices?: Choices;
  /** Named character references (`&commat;`); the browser passes its own decoder. */
  decodeNamed?: NamedReferenceDecoder;
}

const first = (input: FormInput, name: string) => (input[name]?.[0] ?? '').trim();
const all = (input: FormInput, name: string) => (input[name] ?? []).map((value) => value.trim()).filter(Boolean);

/** The kind chosen in the form, if it is one. */
export function kindOf(input: FormInput): ContributionKind | undefined {
  const kind = first(input, formNames.kind);
  return (contributionKinds as readonly string[]).includes(kind) ? (kind as ContributionKind) : undefined;
}

/** `lessen/<id>`, `/lessen/<id>/` or a full address of a page, as collection and id. */
export function pageOf(address: string): { collection: AddableCollection; id: string } | undefined {
  let path = address.trim();
  try {
    if (/^https?:\/\//i.test(path)) path = new URL(path).pathname;
  } catch {
    return undefined;
  }
  const parts = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  for (let index = parts.length - 2; index >= 0; index -= 1) {
    const collection = addableCollections.find((name) => collections[name].segment === parts[index]);
    const id = parts[index + 1]!;
    if (collection && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return { collection, id };
  }
  return undefined;
}

/** The fields of a new entry from the form, as the file will hold them. */
function entryData(collection: NewEntryCollection, input: FormInput, today: string): Record<string, unknown> {
  const optional = (name: string) => first(input, name) || undefined;
  const common = {
    title: first(input, 'title'),
    summary: first(input, 'summary').replace(/\s+/g, ' '),
    regions: all(input, 'regions'),
    topics: all(input, 'topics'),
  };
  if (collection === 'lessons') {
    const author = first(input, formNames.author);
    const consent = first(input, formNames.authorConsent) !== '';
    return withoutUndefined({
      ...common,
      date: optional('date') ?? today,
      networkGroup: optional('networkGroup'),
      prototype: optional('prototype'),
      schoolTypes: all(input, 'schoolTypes'),
      // A contributor's name is written only when they chose their own profile and said yes.
      authors: author && consent ? [author] : [],
    });
  }
  return withoutUndefined({
    ...common,
    schoolTypes: all(input, 'schoolTypes'),
    focusAreas: all(input, 'focusAreas'),
    status: first(input, 'status'),
    schools: (input.schools ?? []).flatMap((value) => value.split('\n')).map((line) => line.trim()).filter(Boolean),
    contacts: all(input, 'contacts'),
    started: optional('started'),
    updated: today,
  });
}

const withoutUndefined = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

/** The Markdown body: each heading with the text written under it; headings left empty stay, as in the CMS's template. */
export function bodyOf(collection: NewEntryCollection, input: FormInput): string {
  return bodySections[collection]
    .map((heading, index) => {
      const text = (input[formNames.section(collection, index)]?.[0] ?? '').replace(/\r\n?/g, '\n').trim();
      return `## ${heading}\n\n${text ? `${text}\n` : ''}`;
    })
    .join('\n');
}

const sectionTexts = (collection: NewEntryCollection, input: FormInput) =>
  bodySections[collection].map((_, index) => (input[formNames.section(collection, index)]?.[0] ?? '').trim());

/** A field's label in messages: the label the CMS and the pages use. */
function labelOf(collection: CollectionName, field: string): string {
  const labels = nl.fields[collection] as Record<string, { label: string } | undefined>;
  return labels[field]?.label ?? field;
}

function contributorProblems(input: FormInput): { contributor: Contributor; problems: Problem[] } {
  const contributor = { name: first(input, formNames.name), email: first(input, formNames.email) };
  const problems: Problem[] = [];
  if (contributor.name.length < 2) problems.push({ field: formNames.name, message: nl.contribute.nameMissing });
  else if (contributor.name.length > limits.nameMax) problems.push({ field: formNames.name, message: nl.contribute.nameTooLong });
  if (!z.email().safeParse(contributor.email).success) problems.push({ field: formNames.email, message: nl.contribute.emailInvalid });
  return { contributor, problems };
}

/** Ids that are not among the choices the form offered. */
function choiceProblems(collection: NewEntryCollection, data: Record<string, unknown>, choices: Choices | undefined): Problem[] {
  if (!choices) return [];
  const targets: Record<string, CollectionName> = {
    regions: 'regions',
    topics: 'topics',
    networkGroup: 'network-groups',
    prototype: 'prototypes',
    contacts: 'experts',
    authors: 'experts',
  };
  const problems: Problem[] = [];
  for (const [field, target] of Object.entries(targets)) {
    const known = choices[target];
    const values = ([] as unknown[]).concat(data[field] ?? []);
    if (!known) continue;
    for (const value of values) {
      if (typeof value === 'string' && !known.includes(value)) {
        const formField = field === 'authors' ? formNames.author : field;
        problems.push({ field: formField, message: nl.contribute.unknownChoice(labelOf(collection, field), value) });
      }
    }
  }
  return problems;
}

function newEntry(collection: NewEntryCollection, input: FormInput, options: ReadOptions, contributor: Contributor) {
  const normalise = (text: string) => normaliseCharacters(text, options.decodeNamed ?? keepNamedReferences);
  const data = entryData(collection, input, options.today);
  const body = bodyOf(collection, input);
  const problems: Problem[] = [];
  const empty = emptyChoices(collection, data);
  const emptyNames = new Set(empty.map(({ field }) => field.name));
  problems.push(...empty.map(({ field, message }) => ({ field: field.name, message })));
  const schema = fileSchema(collection);
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of schemaIssues(result.error, schema)) {
      const field = topFieldOf(issue.field ?? 'title');
      if (emptyNames.has(field)) continue;
      problems.push({ field, message: `${labelOf(collection, field)}: ${issue.message}` });
    }
  }
  for (const finding of fieldPrivacyFindings(collection, data, normalise)) {
    const field = topFieldOf(finding.field);
    problems.push({ field, message: `${labelOf(collection, field)}: ${finding.message}`, privacy: true });
  }
  const sections = sectionTexts(collection, input);
  sections.forEach((text, index) => {
    for (const message of plainBodyPrivacyMessages(collection, text, normalise)) {
      problems.push({ field: formNames.section(collection, index), message: `${bodySections[collection][index]}: ${message}`, privacy: true });
    }
  });
  const written = sections.join('').length;
  if (written < limits.bodyMin) problems.push({ field: formNames.section(collection, 0), message: nl.contribute.bodyTooShort(limits.bodyMin) });
  if (written > limits.bodyMax) problems.push({ field: formNames.section(collection, 0), message: nl.contribute.bodyTooLong(limits.bodyMax) });
  if (collection === 'lessons') {
    const author = first(input, formNames.author);
    const consent = first(input, formNames.authorConsent) !== '';
    if (consent && !author) problems.push({ field: formNames.author, message: nl.contribute.consentWithoutAuthor });
    if (author && !consent) problems.push({ field: formNames.authorConsent, message: nl.contribute.authorWithoutConsent });
  }
  problems.push(...choiceProblems(collection, data, options.choices));
  const contribution: NewEntryContribution = { kind: collection, collection, data, body, contributor };
  return { contribution, problems };
}

function addition(input: FormInput, options: ReadOptions, contributor: Contributor) {
  const normalise = (text: string) => normaliseCharacters(text, options.decodeNamed ?? keepNamedReferences);
  const page = pageOf(first(input, formNames.page));
  const text = (input[formNames.addition]?.[0] ?? '').replace(/\r\n?/g, '\n').trim();
  const problems: Problem[] = [];
  const known = page && options.choices?.[page.collection];
  if (!page || (known && !known.includes(page.id))) problems.push({ field: formNames.page, message: nl.contribute.unknownPage });
  if (text.length < limits.additionMin) problems.push({ field: formNames.addition, message: nl.contribute.additionTooShort(limits.additionMin) });
  if (text.length > limits.additionMax) problems.push({ field: formNames.addition, message: nl.contribute.additionTooLong(limits.additionMax) });
  // An addition goes into the page's text, where no personal data may stand, not even on a profile.
  for (const message of plainBodyPrivacyMessages(page?.collection ?? 'lessons', text, normalise)) {
    problems.push({ field: formNames.addition, message, privacy: true });
  }
  const contribution: AdditionContribution | undefined = page && { kind: 'addition', collection: page.collection, id: page.id, text, contributor };
  return { contribution, problems };
}

/**
 * Reads and checks a submitted form. `problems` is empty when it may be sent;
 * `contribution` is what would be sent (also while there are problems, for the
 * form's script to look at).
 */
export function readContribution(input: FormInput, options: ReadOptions): { contribution?: Contribution; problems: Problem[] } {
  const kind = kindOf(input);
  const { contributor, problems: about } = contributorProblems(input);
  if (!kind) return { problems: [{ field: formNames.kind, message: nl.contribute.unknownKind }, ...about] };
  const read = kind === 'addition' ? addition(input, options, contributor) : newEntry(kind, input, options, contributor);
  // Same message twice (a phone number in two fields' copies) is said once per field.
  const seen = new Set<string>();
  const problems = [...read.problems, ...about].filter((problem) => {
    const key = `${problem.field}\n${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { contribution: read.contribution, problems };
}
