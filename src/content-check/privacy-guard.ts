/**
 * Finds personal data where it does not belong: a BSN-like number (nine
 * digits that pass the elfproef) anywhere, and e-mail addresses or Dutch
 * phone numbers in prototypes and lessons, whose contact data belongs in an
 * expert profile. Also refuses images from other websites, because the site
 * loads nothing from other servers. Reports name file and line.
 */
import type { ContentFile } from './content-files.ts';

export type PersonalDataKind = 'bsn' | 'email' | 'phone';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The text as written, e.g. `06-12345678`. */
  text: string;
  /** Offset of the match in the searched text. */
  index: number;
}

/** Dutch names of what was found, for messages. */
export const personalDataLabels: Record<PersonalDataKind, string> = {
  bsn: 'een burgerservicenummer (BSN)',
  email: 'een e-mailadres',
  phone: 'een telefoonnummer',
};

// Also catches the "naam [at] school.nl" spelling people use to hide an address from robots.
const emailPattern = /[\p{L}\p{N}._%+-]+(?:@|\s?[[(]at[\])]\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu;

// `foto@2x.png` is an image file, not an address.
const fileNamePattern = /\.(?:png|jpe?g|gif|svg|webp|avif|pdf|docx?|xlsx?|pptx?)$/i;

// Candidates only; `dutchPhoneDigits` decides. Groups may be split by one space, hyphen or dot,
// the area code may stand in brackets, and +31 / 0031 may be followed by (0).
const phoneCandidatePattern = /(?<![\p{L}\p{N}+])(?:(?:\+|00)31[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)\d(?:[\s.\-/]?\)?[\s.-]?\d){6,11}(?!\d)/gu;

// Nine digits, optionally grouped by single spaces or dots (123.456.782, 1234 56 782),
// not glued to other digits or groups of digits.
const bsnCandidatePattern = /(?<![\p{L}\p{N}]|\d[\s.,-])\d(?:[\s.]?\d){8}(?![\p{L}\p{N}]|[\s.,-]\d)/gu;

/** The elfproef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let position = 0; position < 8; position++) sum += (9 - position) * Number(digits[position]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * The national form of a Dutch phone number (`0612345678`), or undefined when
 * `text` is not one: ten digits starting with 0 (mobile, landline, 085/088),
 * or a 0800/0900/0906/0909 service number.
 */
export function dutchPhoneDigits(text: string): string | undefined {
  let digits = text.replace(/\D/g, '');
  if (/^\s*(?:\+|00)31/.test(text)) {
    digits = digits.replace(/^(?:00)?31/, '');
    if (!digits.startsWith('0')) digits = `0${digits}`;
  }
  if (/^0[1-9]\d{8}$/.test(digits)) return digits;
  if (/^0(?:800|900|906|909)\d{4}(?:\d{3})?$/.test(digits)) return digits;
  return undefined;
}

/**
 * The longest start of a candidate that is a Dutch phone number: "06 12345678 2"
 * (a number followed by another) still yields "06 12345678". A date such as
 * "01-10-2025 14" is never one.
 */
function longestPhonePrefix(candidate: string): string | undefined {
  if (/^(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d\d(?!\d)/.test(candidate)) return undefined;
  for (let end = candidate.length; end > 0; end--) {
    if (end < candidate.length && !/\d/.test(candidate[end - 1])) continue;
    if (end < candidate.length && /\d/.test(candidate[end])) continue;
    const prefix = candidate.slice(0, end);
    if (dutchPhoneDigits(prefix)) return prefix;
  }
  return undefined;
}

/** Every BSN-like number, e-mail address and Dutch phone number in `text`, in order. */
export function findPersonalData(text: string, kinds: readonly PersonalDataKind[] = ['bsn', 'email', 'phone']): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([from, to]) => start < to && end > from);
  const add = (kind: PersonalDataKind, start: number, matched: string) => {
    const end = start + matched.length;
    if (overlaps(start, end)) return;
    taken.push([start, end]);
    found.push({ kind, text: matched.trim(), index: start });
  };
  // E-mail first, then phone, then BSN: digits inside an address or a phone number are not a BSN.
  if (kinds.includes('email')) {
    for (const match of text.matchAll(emailPattern)) if (!fileNamePattern.test(match[0])) add('email', match.index, match[0]);
  }
  if (kinds.includes('phone')) {
    for (const match of text.matchAll(phoneCandidatePattern)) {
      const phone = longestPhonePrefix(match[0]);
      if (phone) add('phone', match.index, phone);
    }
  }
  if (kinds.includes('bsn')) {
    for (const match of text.matchAll(bsnCandidatePattern)) if (passesElfproef(match[0].replace(/\D/g, ''))) add('bsn', match.index, match[0]);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Enough of a match to find it in the file without repeating it in a build log:
 * `06-12345678` becomes `06•••••••78`, `petra.jansen@school.example` becomes `p•••@school.example`.
 */
export function maskPersonalData(match: Pick<PersonalDataMatch, 'kind' | 'text'>): string {
  const { kind, text } = match;
  if (kind === 'email') {
    const at = text.search(/@|\s?[[(]at[\])]\s?/i);
    return `${text.slice(0, 1)}•••${text.slice(at).trim()}`;
  }
  if (text.length <= 5) return '•'.repeat(text.length);
  return `${text.slice(0, 2)}${'•'.repeat(text.length - 4)}${text.slice(-2)}`;
}

export interface PrivacyFinding {
  /** Path from the project root, as in other content problems. */
  file: string;
  /** Line in the file (1-based). */
  line: number;
  /** The frontmatter field, when the match is in one; absent for the body. */
  field?: string;
  message: string;
}

/** Collections whose text may not hold contact details: those belong in an expert profile. */
const noContactCollections = new Set(['prototypes', 'lessons']);
/** Fields that hold contact details on purpose (an expert's e-mail and phone). */
const contactFields = new Set(['contact']);

/** Every string in a frontmatter value with its field path: `summary`, `askMeAbout[2]`, `cover.alt`. */
function stringFields(value: unknown, path = ''): Array<{ field: string; text: string }> {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringFields(item, `${path}[${index + 1}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => stringFields(item, path ? `${path}.${key}` : key));
  }
  return [];
}

const lineOfOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The line of the file that holds `needle`, searched from the top of the field `field`; the field's own line otherwise. */
function lineInFrontmatter(sourceLines: string[], field: string, needle: string): number {
  const topField = field.replace(/[.[].*$/, '');
  const fieldLine = sourceLines.findIndex((line) => line.startsWith(`${topField}:`));
  const from = Math.max(fieldLine, 0);
  const hit = sourceLines.findIndex((line, index) => index >= from && line.includes(needle));
  return (hit >= 0 ? hit : from) + 1;
}

function describe(match: PersonalDataMatch, collection: string): string {
  const what = `bevat iets dat lijkt op ${personalDataLabels[match.kind]} ("${maskPersonalData(match)}")`;
  if (match.kind === 'bsn') return `${what}. Een BSN hoort nooit op de site: haal het nummer weg.`;
  const kind = collection === 'lessons' ? 'een les' : 'een goed voorbeeld';
  return `${what}. Contactgegevens horen niet in ${kind}: haal ze weg. Wie je kunt benaderen, staat met toestemming in een profiel bij "Wie weet wat".`;
}

/**
 * What the privacy guard finds in one content file. `source` is the file as
 * written (for line numbers); `data` its parsed fields.
 */
export function privacyFindings(file: ContentFile, data: Record<string, unknown>, source: string): PrivacyFinding[] {
  const kinds: PersonalDataKind[] = noContactCollections.has(file.collection) ? ['bsn', 'email', 'phone'] : ['bsn'];
  const sourceLines = source.replace(/^\uFEFF/, '').split('\n');
  const findings: PrivacyFinding[] = [];

  for (const { field, text } of stringFields(data)) {
    if (contactFields.has(field.replace(/[.[].*$/, ''))) continue;
    for (const match of findPersonalData(text, kinds)) {
      findings.push({ file: file.displayPath, line: lineInFrontmatter(sourceLines, field, match.text), field, message: describe(match, file.collection) });
    }
    for (const image of ['cover.src', 'photo.src']) {
      if (field === image && /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(text)) {
        findings.push({
          file: file.displayPath,
          line: lineInFrontmatter(sourceLines, field, text),
          field,
          message: `de afbeelding staat op een andere website ("${text}"). De site laadt niets van andere servers (privacy van bezoekers): zet de afbeelding in de map public/ en verwijs ernaar met /naam.jpg.`,
        });
      }
    }
  }

  for (const match of findPersonalData(file.body, kinds)) {
    findings.push({ file: file.displayPath, line: file.bodyStartLine + lineOfOffset(file.body, match.index) - 1, message: describe(match, file.collection) });
  }
  return findings.sort((a, b) => a.line - b.line);
}
