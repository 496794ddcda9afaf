/**
 * Finds personal data where it does not belong in one content file, in the
 * text a visitor reads (visible-text.ts), not in the notation an editor
 * typed: the body as the site renders it, every frontmatter value (also a
 * number where text was expected) and the file name, which becomes the page
 * address. A BSN, IBAN, address or a child's name with an age is refused
 * everywhere; e-mail addresses and phone numbers only belong in an expert's
 * `contact` field. Also refuses images from other websites, because the site
 * loads nothing from other servers. Reports name file and field or line.
 */
import { nl } from '../i18n/nl.ts';
import { collections, fileSchema, type CollectionName } from '../schemas/index.ts';
import { imageSources } from '../schemas/introspect.ts';
import type { ContentFile } from './content-files.ts';
import {
  contactDataKinds,
  findPersonalData,
  findPersonalDataInFileName,
  maskPersonalData,
  personalDataLabels,
  type PersonalDataKind,
  type PersonalDataMatch,
} from './personal-data.ts';
import { normaliseVisibleText, visibleLineAt, visibleMarkdownBlocks, withoutMarkdownMarks } from './visible-text.ts';

export {
  dutchPhoneDigits,
  findPersonalData,
  maskPersonalData,
  passesElfproef,
  personalDataLabels,
  type PersonalDataKind,
  type PersonalDataMatch,
} from './personal-data.ts';

export interface PrivacyFinding {
  /** Path from the project root, as in other content problems. */
  file: string;
  /** Line in the file (1-based); absent when the file name itself is the problem. */
  line?: number;
  /** The frontmatter field, when the match is in one; absent for the body and the file name. */
  field?: string;
  message: string;
}

const topFieldOf = (field: string) => field.replace(/[.[].*$/, '');

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
function fieldTexts(value: unknown, path = ''): FieldText[] {
  if (typeof value === 'string') return [{ field: path, text: normaliseVisibleText(value), number: false }];
  if (typeof value === 'number' || typeof value === 'bigint') return [{ field: path, text: String(value), number: true }];
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldTexts(item, `${path}[${index + 1}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => fieldTexts(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * Personal data in a field value. A number lost its leading 0 or + when YAML
 * read it (0612345678 became 612345678, +31612345678 became 31612345678), so
 * that is put back before looking for a phone number.
 */
function findInField({ text, number }: FieldText): PersonalDataMatch[] {
  const found = findPersonalData(text);
  // Frontmatter shows as plain text, so `06\-1234**5678**` reads as a number too.
  const unmarked = withoutMarkdownMarks(text);
  if (unmarked !== text) {
    const key = (match: PersonalDataMatch) => `${match.kind}:${match.text.replace(/[^\p{L}\p{N}]/gu, '')}`;
    const known = new Set(found.map(key));
    found.push(...findPersonalData(unmarked).filter((match) => !known.has(key(match))));
  }
  if (!number || found.length > 0) return found;
  for (const restored of [`0${text}`, `+${text}`]) {
    const phones = findPersonalData(restored, ['phone']).filter((match) => match.text.replace(/\D/g, '').length >= text.length);
    if (phones.length > 0) return phones;
  }
  return [];
}

/** Lines of the frontmatter field `topField`: from its key to the next key (or the end of the frontmatter). */
function fieldLineRange(sourceLines: readonly string[], topField: string): [number, number] | undefined {
  const start = sourceLines.findIndex((line) => new RegExp(`^["']?${topField.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`).test(line));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < sourceLines.length && !/^(?:[^\s#-]|---)/.test(sourceLines[end])) end++;
  return [start, end];
}

// A line of YAML as written, as a reader sees it, and with Markdown marks dropped: where a match may be found.
const lineReadings = [
  (line: string) => line,
  (line: string) => normaliseVisibleText(line),
  (line: string) => withoutMarkdownMarks(normaliseVisibleText(line)),
];

/** The line of the file that holds `needle` (in any reading) within the field; the field's own line otherwise. */
function lineInFrontmatter(sourceLines: readonly string[], field: string, needle: string): number {
  const range = fieldLineRange(sourceLines, topFieldOf(field));
  if (!range) return 1;
  const [start, end] = range;
  for (const reading of lineReadings) {
    for (let index = start; index < end; index++) if (reading(sourceLines[index]).includes(needle)) return index + 1;
  }
  return start + 1;
}

/** Whether entries of the collection hold contact data on purpose (in their `contact` field only). */
const contactAllowed = (collection: string) => collections[collection as CollectionName]?.contactAllowed === true;

/** Where contact data were found, in words: "een les", "de tekst van een profiel". */
function contactPlace(collection: string): string {
  const one = nl.collections[collection as CollectionName]?.one;
  if (!one) return 'deze tekst';
  return contactAllowed(collection) ? `de tekst van een ${one}` : `een ${one}`;
}

const looksLike = (match: PersonalDataMatch) => `bevat iets dat lijkt op ${personalDataLabels[match.kind]} ("${maskPersonalData(match)}")`;

function describe(match: PersonalDataMatch, collection: string): string {
  const what = looksLike(match);
  switch (match.kind) {
    case 'bsn':
      return `${what}. Een BSN hoort nooit op de site: haal het nummer weg.`;
    case 'iban':
      return `${what}. Een rekeningnummer hoort niet op de site: haal het weg.`;
    case 'address':
      return `${what}. Een adres hoort niet op de site: noem alleen de plaats of de wijk.`;
    case 'child':
      return `${what}. Een naam met een leeftijd maakt een kind herkenbaar: schrijf bijvoorbeeld "een leerling uit groep 4".`;
    case 'email':
    case 'phone': {
      const place = contactPlace(collection);
      const where =
        contactAllowed(collection)
          ? 'Zet ze alleen in het veld "contact" van het profiel.'
          : 'Wie je kunt benaderen, staat met toestemming in een profiel bij "Wie weet wat".';
      return `${what}. Contactgegevens horen niet in ${place}: haal ze weg. ${where}`;
    }
  }
}

function remoteImageFinding(file: ContentFile, sourceLines: readonly string[], field: string, src: string): PrivacyFinding {
  return {
    file: file.displayPath,
    line: lineInFrontmatter(sourceLines, field, src),
    field,
    message: `de afbeelding staat op een andere website ("${src}"). De site laadt niets van andere servers (privacy van bezoekers): zet de afbeelding in de map public/ en verwijs ernaar met /naam.jpg.`,
  };
}

/**
 * What the privacy guard finds in one content file. `source` is the file as
 * written (for line numbers); `data` its parsed fields, checked whatever their
 * type.
 */
export function privacyFindings(file: ContentFile, data: Record<string, unknown>, source: string): PrivacyFinding[] {
  const sourceLines = source.replace(/^\uFEFF/, '').split('\n');
  const findings: PrivacyFinding[] = [];
  const imageFields = new Set(imageSources(fileSchema(file.collection)));

  for (const match of findPersonalDataInFileName(file.id)) {
    findings.push({
      file: file.displayPath,
      message: `de bestandsnaam ${looksLike(match)}. De bestandsnaam wordt het adres van de pagina: geef het bestand een andere naam.`,
    });
  }

  for (const fieldText of fieldTexts(data)) {
    const { field, text } = fieldText;
    const allowed = allowedKinds(file.collection, field);
    for (const match of findInField(fieldText)) {
      if (allowed.has(match.kind)) continue;
      findings.push({ file: file.displayPath, line: lineInFrontmatter(sourceLines, field, match.text), field, message: describe(match, file.collection) });
    }
    if (imageFields.has(field)) {
      if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(text)) findings.push(remoteImageFinding(file, sourceLines, field, text));
      // An image's file name is part of its web address too ("/img/sem-7-jaar.jpg").
      const imageName = text.replace(/^.*\//, '').replace(/\.[^.]*$/, '').toLowerCase();
      for (const match of findPersonalDataInFileName(imageName)) {
        if (findings.some((finding) => finding.field === field && finding.message.includes(personalDataLabels[match.kind]))) continue;
        findings.push({
          file: file.displayPath,
          line: lineInFrontmatter(sourceLines, field, text),
          field,
          message: `de bestandsnaam van de afbeelding ${looksLike(match)}. Die naam staat in het adres van de afbeelding: geef het bestand een andere naam.`,
        });
      }
    }
  }

  const format = file.extension === 'mdx' ? 'mdx' : 'md';
  for (const block of visibleMarkdownBlocks(file.body, format)) {
    for (const match of findPersonalData(block.text)) {
      findings.push({ file: file.displayPath, line: file.bodyStartLine + visibleLineAt(block, match.index) - 1, message: describe(match, file.collection) });
    }
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
