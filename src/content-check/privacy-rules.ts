/**
 * Which personal data may stand where, and what the editor is told: the
 * field part of the privacy guard (privacy-guard.ts). Works on plain values
 * and texts, with no files, line numbers or Markdown parser, so the CMS runs
 * the same rules in the browser before it saves. A BSN, IBAN, address or a
 * child's name with an age is refused everywhere; e-mail addresses and phone
 * numbers only belong in the `contact` field of a collection that allows them.
 */
import { nl } from '../i18n/nl.ts';
import { collections, fileSchema, type CollectionName } from '../schemas/index.ts';
import { imageSources } from '../schemas/introspect.ts';
import {
  contactDataKinds,
  findPersonalData,
  findPersonalDataInFileName,
  maskPersonalData,
  personalDataLabels,
  type PersonalDataKind,
  type PersonalDataMatch,
} from './personal-data.ts';
import { withoutMarkdownMarks } from './visible-characters.ts';

/** Turns a text into what a reader sees (visible-text.ts `normaliseVisibleText`, or its browser form). */
export type NormaliseText = (text: string) => string;

/** Something found in one field: the message, and the text to look for when pointing at a line. */
export interface FieldPrivacyFinding {
  /** Field path: `summary`, `askMeAbout[2]`, `cover.alt`. */
  field: string;
  /** The text as found, for finding its line in the file. */
  needle: string;
  message: string;
}

export const topFieldOf = (field: string) => field.replace(/[.[].*$/, '');

/** Whether entries of the collection hold contact data on purpose (in their `contact` field only). */
const contactAllowed = (collection: string) => collections[collection as CollectionName]?.contactAllowed === true;

/** Kinds allowed in a field: contact details in an expert's `contact` field, nothing anywhere else. */
function allowedKinds(collection: string, field: string): ReadonlySet<PersonalDataKind> {
  return new Set(contactAllowed(collection) && topFieldOf(field) === 'contact' ? contactDataKinds : []);
}

interface FieldText {
  field: string;
  /** Normalised visible text of the value. */
  text: string;
  /** True when YAML read the value as a number (`summary: 0612345678` without quotes). */
  number: boolean;
}

/** Every string and number in a frontmatter value with its field path: `summary`, `askMeAbout[2]`, `cover.alt`. */
function fieldTexts(value: unknown, normalise: NormaliseText, path = ''): FieldText[] {
  if (typeof value === 'string') return [{ field: path, text: normalise(value), number: false }];
  if (typeof value === 'number' || typeof value === 'bigint') return [{ field: path, text: String(value), number: true }];
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldTexts(item, normalise, `${path}[${index + 1}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => fieldTexts(item, normalise, path ? `${path}.${key}` : key));
  }
  return [];
}

/** One match per kind and letters/digits: the same number found in two readings of a text counts once. */
const matchKey = (match: PersonalDataMatch) => `${match.kind}:${match.text.replace(/[^\p{L}\p{N}]/gu, '')}`;

/** `found` with the matches of `more` it does not have yet. */
function withNew(found: PersonalDataMatch[], more: PersonalDataMatch[]): PersonalDataMatch[] {
  const known = new Set(found.map(matchKey));
  return [...found, ...more.filter((match) => !known.has(matchKey(match)))];
}

/**
 * Personal data in a text read as plain text: as it is, and with Markdown
 * marks dropped, since they show as typed (`06\-1234**5678**` reads as a
 * number too). A number lost its leading 0 or + when YAML read it
 * (0612345678 became 612345678, +31612345678 became 31612345678), so that is
 * put back before looking for a phone number.
 */
function findInPlainText(text: string, number = false): PersonalDataMatch[] {
  let found = findPersonalData(text);
  const unmarked = withoutMarkdownMarks(text);
  if (unmarked !== text) found = withNew(found, findPersonalData(unmarked));
  if (!number || found.length > 0) return found;
  for (const restored of [`0${text}`, `+${text}`]) {
    const phones = findPersonalData(restored, ['phone']).filter((match) => match.text.replace(/\D/g, '').length >= text.length);
    if (phones.length > 0) return phones;
  }
  return [];
}

/** Where contact data were found, in words: "een les", "de tekst van een profiel". */
function contactPlace(collection: string): string {
  const one = nl.collections[collection as CollectionName]?.one;
  const places = nl.privacyCheck.places;
  if (!one) return places.unknown;
  return contactAllowed(collection) ? places.textOf(one) : places.entry(one);
}

/** `bevat iets dat lijkt op een telefoonnummer ("06 ****** 78")`: the value masked. */
export const looksLike = (match: PersonalDataMatch) => nl.privacyCheck.looksLike(personalDataLabels[match.kind], maskPersonalData(match));

/** What the editor reads about personal data found in an entry of `collection`: what it looks like, and what to do. */
export function personalDataMessage(match: PersonalDataMatch, collection: string): string {
  const what = looksLike(match);
  const text = nl.privacyCheck;
  switch (match.kind) {
    case 'bsn':
      return text.bsn(what);
    case 'iban':
      return text.iban(what);
    case 'address':
      return text.address(what);
    case 'child':
      return text.child(what);
    case 'email':
    case 'phone': {
      const where = contactAllowed(collection) ? text.contactInProfile : text.contactElsewhere;
      return text.contactData(what, contactPlace(collection), where);
    }
  }
}

/**
 * Personal data where it does not belong in the fields of one entry (every
 * string and number, whatever its type), and images from other websites or
 * with personal data in their file name.
 */
export function fieldPrivacyFindings(collection: CollectionName, data: Record<string, unknown>, normalise: NormaliseText): FieldPrivacyFinding[] {
  const findings: FieldPrivacyFinding[] = [];
  const imageFields = new Set(imageSources(fileSchema(collection)));
  for (const { field, text, number } of fieldTexts(data, normalise)) {
    const allowed = allowedKinds(collection, field);
    for (const match of findInPlainText(text, number)) {
      if (allowed.has(match.kind)) continue;
      findings.push({ field, needle: match.text, message: personalDataMessage(match, collection) });
    }
    if (imageFields.has(field)) {
      if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(text)) findings.push({ field, needle: text, message: nl.privacyCheck.remoteImage(text) });
      // An image's file name is part of its web address too ("/img/sem-7-jaar.jpg").
      const imageName = text.replace(/^.*\//, '').replace(/\.[^.]*$/, '').toLowerCase();
      for (const match of findPersonalDataInFileName(imageName)) {
        if (findings.some((finding) => finding.field === field && finding.message.includes(personalDataLabels[match.kind]))) continue;
        findings.push({
          field,
          needle: text,
          message: nl.privacyCheck.imageFileName(looksLike(match)),
        });
      }
    }
  }
  return findings;
}

/**
 * Personal data in a Markdown body read as plain text, where no parser is at
 * hand (the CMS in the browser): the normalised text as typed and without
 * Markdown marks. Nothing is allowed in a body. The build reads the rendered
 * body instead (privacy-guard.ts); percent-encoded link targets are decoded here too.
 */
export function plainBodyPrivacyMessages(collection: CollectionName, body: string, normalise: NormaliseText): string[] {
  let found = findInPlainText(normalise(body));
  const decoded = percentDecoded(body);
  if (decoded !== body) found = withNew(found, findInPlainText(normalise(decoded)));
  return found.map((match) => personalDataMessage(match, collection));
}

/**
 * Every run of valid percent escapes decoded (`mailto:jan%40school.nl`): the
 * build reads link targets decoded (visible-text.ts), so the plain reading
 * must too, or a form or the CMS lets through what the build then refuses.
 */
function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
