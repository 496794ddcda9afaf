/**
 * Detectors for personal data in text a visitor reads (run them on
 * `normaliseVisibleText` output, see visible-text.ts): BSN-like numbers,
 * e-mail addresses (also "naam (at) school (punt) nl"), Dutch phone numbers,
 * IBANs, postal addresses (postcode with house number) and a child's name
 * with an age. Each detector prefers missing a rare odd case over flagging
 * ordinary school text: dates, years, times, amounts, counts, groups.
 */
import { nl } from '../i18n/nl.ts';

export type PersonalDataKind = 'bsn' | 'email' | 'phone' | 'iban' | 'address' | 'child';

/** Every kind, in the order they are searched: digits inside an e-mail address, IBAN or phone number are not a BSN. */
export const personalDataKinds: readonly PersonalDataKind[] = ['email', 'iban', 'phone', 'bsn', 'address', 'child'];

/** Contact details: allowed in an expert's `contact` field only. */
export const contactDataKinds: readonly PersonalDataKind[] = ['email', 'phone'];

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The text as found, e.g. `06-12345678`. */
  text: string;
  /** Offset of the match in the searched text. */
  index: number;
}

/** Dutch names of what was found, for messages. */
export const personalDataLabels: Record<PersonalDataKind, string> = nl.privacyCheck.labels;

// ---------------------------------------------------------------- BSN

/** The elfproef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let position = 0; position < 8; position++) sum += (9 - position) * Number(digits[position]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

// Nine digits, each gap at most three separator characters (spaces, dots, dashes, slashes: "123 - 456 - 782"),
// not glued to other digits or to groups of digits.
const bsnCandidatePattern = /(?<![\p{L}\p{N}]|\d[\s.,/-])\d(?:[\s./-]{0,3}\d){8}(?![\p{L}\p{N}]|[\s.,/-]\d)/gu;

// 01-10-2025 or 1 / 10 / 2025 at the start: a date, perhaps followed by a time, never a number to hide.
const datePrefixPattern = /^(?:0?[1-9]|[12]\d|3[01])\s{0,2}[-./]\s{0,2}(?:0?[1-9]|1[0-2])\s{0,2}[-./]\s{0,2}(?:19|20)\d\d(?!\d)/;
// 08.30-12.00 or 9:00 - 12:00: opening hours.
const timeRangePattern = /(?:^|\D)(?:[01]?\d|2[0-3])[.:][0-5]\d\s{0,2}-\s{0,2}(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)/;

// ---------------------------------------------------------------- phone

/**
 * The national form of a Dutch phone number (`0612345678`), or undefined when
 * `text` is not one: ten digits starting with 0 (mobile, landline, 085/088),
 * or a 0800/0900/0906/0909 service number.
 */
export function dutchPhoneDigits(text: string): string | undefined {
  let digits = text.replace(/\D/g, '');
  if (/^\s*(?:\+|00)\s?31/.test(text)) {
    digits = digits.replace(/^(?:00)?31/, '');
    if (!digits.startsWith('0')) digits = `0${digits}`;
  }
  if (/^0[1-9]\d{8}$/.test(digits)) return digits;
  if (/^0(?:800|900|906|909)\d{4}(?:\d{3})?$/.test(digits)) return digits;
  return undefined;
}

// Candidates only; `dutchPhoneDigits` decides. +31 / 0031 (perhaps with (0)) or a 0, then digits with gaps of at
// most four characters of spaces, dots, dashes, slashes and brackets: "(072) 512 34 56", "06 - 12 34 56 78".
const phoneCandidatePattern = /(?<![\p{L}\p{N}+])(?:(?:\+|00)\s?31|\(\s?0|0)(?:[\s./()-]{0,4}\d){6,13}(?!\d)/gu;

/**
 * The longest start of a candidate that is a Dutch phone number: "06 12345678 2"
 * (a number followed by another) still yields "06 12345678". A date such as
 * "01-10-2025 14" or opening hours "08.30-12.00 / 13.00" are never one.
 */
function longestPhonePrefix(candidate: string): string | undefined {
  if (datePrefixPattern.test(candidate) || timeRangePattern.test(candidate)) return undefined;
  // A scale written out digit by digit ("0 1 2 3 4 5 6 7 8 9") is not a number to call.
  if (/^0\D+1\D+2\D+3\D+4\D+5\D+6\D+7\D+8\D+9/.test(candidate)) return undefined;
  for (let end = candidate.length; end > 0; end--) {
    if (!/\d/.test(candidate[end - 1])) continue;
    if (end < candidate.length && /\d/.test(candidate[end])) continue;
    const prefix = candidate.slice(0, end);
    if (dutchPhoneDigits(prefix)) return prefix;
  }
  return undefined;
}

// ---------------------------------------------------------------- e-mail

const emailLocal = String.raw`[\p{L}\p{N}._%+-]+`;
// "@", "[at]", "(at)", "{at}", "[@]", "(apenstaartje)", " at ", " apenstaartje ".
const emailAt = String.raw`(?:\s?@\s?|\s?[[({<]\s?(?:at|@|apenstaartje)\s?[\])}>]\s?|\s+(?:at|apenstaartje)\s+)`;
// ".", "[dot]", "(punt)", " dot ", " punt ".
const emailDot = String.raw`(?:\.|\s?[[({<]\s?(?:dot|punt|\.)\s?[\])}>]\s?|\s+(?:dot|punt)\s+)`;
const emailLabel = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const emailPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${emailLocal}${emailAt}${emailLabel}(?:${emailDot}${emailLabel})*${emailDot}\p{L}{2,}(?![\p{L}\p{N}])`,
  'giu',
);
const plainEmailPattern = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+$/u;
// `foto@2x.png` is an image file, not an address.
const fileNamePattern = /\.(?:png|jpe?g|gif|svg|webp|avif|pdf|docx?|xlsx?|pptx?|mp[34]|mov)$/i;
// A spelled-out address ("jan at school dot nl") only counts with a real top-level domain: "at" and "punt" are ordinary words.
const knownTopLevelDomains = new Set([
  'nl', 'be', 'de', 'fr', 'uk', 'eu', 'com', 'org', 'net', 'info', 'nu', 'edu', 'gov', 'io', 'me', 'biz', 'email',
  'online', 'frl', 'amsterdam', 'school', 'example', 'test',
]);

/** The address an obfuscated form stands for: `jan (at) school (punt) nl` becomes `jan@school.nl`. */
export function canonicalEmail(text: string): string {
  return text
    .replace(new RegExp(emailAt, 'iu'), '@')
    .replace(new RegExp(emailDot, 'giu'), '.')
    .replace(/\s/g, '');
}

function isEmailMatch(text: string): boolean {
  if (plainEmailPattern.test(text)) return !fileNamePattern.test(text);
  const topLevelDomain = canonicalEmail(text).split('.').at(-1)?.toLowerCase() ?? '';
  return knownTopLevelDomains.has(topLevelDomain);
}

// ---------------------------------------------------------------- IBAN

/** IBAN length per country (ISO 13616 registry). */
const ibanLengths: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27,
  MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33,
  SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20,
};

/** True for a valid IBAN without separators: known country, right length, check digits that pass mod 97. */
export function passesIbanCheck(iban: string): boolean {
  const compact = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact) || ibanLengths[compact.slice(0, 2)] !== compact.length) return false;
  if (compact.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(compact)) return false;
  let remainder = 0;
  for (const character of compact.slice(4) + compact.slice(0, 4)) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const ibanStartPattern = /(?<![\p{L}\p{N}])[A-Za-z]{2}[\s.-]?\d{2}/gu;

/** The IBAN that starts at `start` (`NL91 ABNA 0417 1643 00`, `nl91abna0417164300`), with single separators between characters. */
function ibanAt(text: string, start: number, startLength: number): string | undefined {
  const country = text.slice(start, start + 2).toUpperCase();
  const length = ibanLengths[country];
  if (!length) return undefined;
  let compact = country + text.slice(start, start + startLength).replace(/\D/g, '');
  let end = start + startLength;
  let position = end;
  while (compact.length < length && position < text.length) {
    if (/[\s.-]/.test(text[position]) && /[A-Za-z0-9]/.test(text[position + 1] ?? '')) position++;
    if (!/[A-Za-z0-9]/.test(text[position] ?? '')) break;
    compact += text[position];
    position++;
    end = position;
  }
  if (compact.length !== length || /[\p{L}\p{N}]/u.test(text[end] ?? '')) return undefined;
  // An account number is mostly digits; words that happen to follow "de 12" are not.
  const bban = compact.slice(4);
  if (bban.replace(/\D/g, '').length * 2 < bban.length || !passesIbanCheck(compact)) return undefined;
  return text.slice(start, end);
}

// ---------------------------------------------------------------- address

// 1811 AB or 1811AB (capitals, as PostNL writes them), or 1811ab glued; SA, SD and SS are never used.
const postcodePattern = /(?<![\p{L}\p{N}])[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\p{L}\p{N}])/gu;
const streetSuffixes = [
  'straat', 'weg', 'laan', 'plein', 'singel', 'gracht', 'kade', 'dijk', 'dyk', 'park', 'hof', 'dreef', 'pad', 'steeg',
  'markt', 'baan', 'ring', 'wal', 'erf', 'plantsoen', 'veld', 'akker', 'tuin', 'dam', 'zijde', 'boulevard', 'pier',
  'burcht', 'haven', 'poort', 'vaart', 'brink', 'wetering',
].join('|');
const streetEndPattern = new RegExp(`(?:${streetSuffixes})$`, 'iu');
// "Dorpsstraat 12", "Laat 118a", "Mient 3-5", "aan de dorpsstraat 12": a street-like word and a house number.
const streetWord = String.raw`\p{Lu}[\p{L}'’.-]*\p{L}|[\p{L}'’-]*(?:${streetSuffixes})`;
const houseNumber = String.raw`(\d{1,5})(?:\s?[a-zA-Z](?![\p{L}\p{N}]))?(?:\s?-\s?\d{1,4})?(?![\p{L}\p{N}]|[.,]\d)`;
const streetNumberPattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(${streetWord})\s+${houseNumber}`, 'gu');
// "nr. 12", "huisnummer 12", or the house number right after the postcode: "1811 AB 12".
const houseNumberWordPattern = /(?<![\p{L}\p{N}])(?:nr\.?|nummer|huisnummer|no\.)\s?\d{1,5}(?![\p{N}])/giu;
// Capitalised words that take a number in ordinary text ("Groep 7", "Speerpunt 4"), never a street.
const notStreetWords = new Set(
  (
    'Groep Groepen Klas Klassen Leerjaar Les Lessen Stap Stappen Fase Fasen Module Modules Deel Hoofdstuk Paragraaf Bijlage ' +
    'Speerpunt Speerpunten Tabel Figuur Vraag Vragen Week Weken Dag Dagen Maand Maanden Jaar Jaren Uur Ronde Sessie Versie ' +
    'Niveau Route Lijn Bus Pagina Punt Thema Doel Doelen Artikel Regel Blok Periode Kwartaal Tip Tips Score Totaal Aantal ' +
    'In Op Van Voor Na Sinds Tot Met Vanaf Tussen Om Rond Per Ca Circa Ook Nu Toen Dan Daarna Bijna Ongeveer Zo Al Alle En ' +
    'Of Maar Het De Een Dit Dat Deze Die Er Hier Daar Wie Wat Welke Zij Ze Wij We Hij Ik Jij Je Kinderen Leerlingen Ouders ' +
    'Scholen Leerkrachten Deelnemers Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December ' +
    'Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Schooljaar Cohort Editie Pilot Postcode Postbus'
  ).split(' '),
);

/** How far from its postcode a house number may stand: people write an address compactly. */
const addressReach = 120;
const sentenceEndPattern = /[!?;]|\.(?=\s+\p{Lu})/gu;
const blankLinePattern = /\n\s*\n/g;

const lastMatchEnd = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].reduce((end, match) => match.index + match[0].length, 0);
const firstMatchStart = (text: string, pattern: RegExp) => text.matchAll(pattern).next().value?.index ?? text.length;

/**
 * The stretch of `text` around [start, end) that is in the same sentence or
 * on the same line, at most `addressReach` characters away and never past a
 * blank line. A sentence ends at ! ? ; or a full stop before a capital.
 */
function addressRegion(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - addressReach);
  let before = text.slice(from, start);
  const blankBefore = lastMatchEnd(before, blankLinePattern);
  from += blankBefore;
  before = before.slice(blankBefore);
  from += Math.min(before.lastIndexOf('\n') + 1, lastMatchEnd(before, sentenceEndPattern));
  // Not halfway through a word: "…straat 12" is read whole.
  while (from > 0 && /[\p{L}\p{N}'’.-]/u.test(text[from - 1])) from--;

  let after = text.slice(end, Math.min(text.length, end + addressReach));
  after = after.slice(0, firstMatchStart(after, blankLinePattern));
  const lineEnd = after.includes('\n') ? after.indexOf('\n') : after.length;
  return [from, end + Math.max(lineEnd, firstMatchStart(after, sentenceEndPattern))];
}

/** A postcode with a house number in the same sentence or on the same line: the smallest span holding both. */
function addressesIn(text: string): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  // Blank out the postcodes, so "Alkmaar 1811 AB" is not read as street and number.
  const blanked = text.replace(postcodePattern, (postcode) => ' '.repeat(postcode.length));
  for (const postcode of text.matchAll(postcodePattern)) {
    const postcodeEnd = postcode.index + postcode[0].length;
    const [from, to] = addressRegion(text, postcode.index, postcodeEnd);
    const window = blanked.slice(from, to);
    const numbers: Array<[number, number]> = [];
    for (const street of window.matchAll(streetNumberPattern)) {
      const [, word, number] = street;
      if (!streetEndPattern.test(word) && (notStreetWords.has(word) || /^(?:19|20)\d\d$/.test(number))) continue;
      numbers.push([from + street.index, from + street.index + street[0].length]);
    }
    for (const house of window.matchAll(houseNumberWordPattern)) numbers.push([from + house.index, from + house.index + house[0].length]);
    const directly = /^,?\s?\d{1,5}(?:\s?[a-zA-Z])?(?![\p{L}\p{N}])/u.exec(text.slice(postcodeEnd, to));
    if (directly) numbers.push([postcodeEnd, postcodeEnd + directly[0].length]);
    if (numbers.length === 0) continue;
    // The house number nearest to the postcode.
    const distance = ([start, end]: [number, number]) => (end <= postcode.index ? postcode.index - end : start - postcodeEnd);
    const [start, end] = numbers.sort((a, b) => distance(a) - distance(b))[0];
    const spanStart = Math.min(start, postcode.index);
    const spanEnd = Math.max(end, postcodeEnd);
    found.push({ index: spanStart, text: text.slice(spanStart, spanEnd) });
  }
  return found;
}

// ---------------------------------------------------------------- child with age

const childName = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const childAgeNumber = String.raw`(?:1[0-8]|[2-9])`;
const ageWords = 'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien';
const childAgeWord = `(?:${ageWords})`;
const childAge = `(?:${childAgeNumber}|${childAgeWord})`;
const childYears = String.raw`(?:jaar|jr\.?|j\.|-?jarig)`;
const childGroup = String.raw`(?:groep|gr\.|klas|leerjaar)\s?\d{1,2}[a-z]?`;
// Not an age but a duration: "9 jaar later", "8 jaar geleden".
const notAgeAfter = String.raw`(?!\s+(?:later|geleden|lang|terug|eerder|ervaring|werkervaring|in\s+dienst|verder|na|daarna)(?![\p{L}]))`;
const childPatterns = [
  // Sem (7), Sem (7 jaar), Sem B. (8-jarig), Fatima (groep 4, 8 jaar), Sem (8, groep 5)
  String.raw`${childName}(?:\s\p{Lu}\.)?\s?\(\s?(?:${childGroup}\s?,\s?)?${childAge}(?:\s?${childYears}(?:\s+oud)?)?(?:\s?,\s?${childGroup})?\s?\)`,
  // Lotte, 9 jaar / Lotte, negen jaar oud
  String.raw`${childName},\s?${childAge}\s?${childYears}(?:\s+oud)?${notAgeAfter}`,
  // Noah van 8 jaar / Noah is 8 jaar oud / Noah werd acht jaar
  String.raw`${childName}\s+(?:van|is|werd|wordt|was)\s+${childAge}\s?${childYears}(?:\s+oud)?${notAgeAfter}`,
  // de 8-jarige Sem / achtjarige Sem
  String.raw`(?:${childAgeNumber}\s?-?\s?|(?:${ageWords}|${ageWords.replace(/\b(\w)/g, (letter) => letter.toUpperCase())})-?)jarige\s+${childName}`,
];
const childPattern = new RegExp(childPatterns.map((pattern) => `(?<![\\p{L}\\p{N}])(?:${pattern})`).join('|'), 'gu');
const childNameOnly = new RegExp(`(?<![\\p{L}\\p{N}])${childName}`, 'gu');
// Capitalised words before an age that are not a child's name: sentence starts, groups, counted things.
const notChildNames = new Set(
  (
    'Groep Groepen Klas Klassen Leerjaar Les Lessen Leerling Leerlingen Kind Kinderen Jongen Jongens Meisje Meisjes Kleuter ' +
    'Kleuters Peuter Peuters Baby Tiener Tieners Puber Pubers Jongere Jongeren Scholier Scholieren Student Studenten ' +
    'Nieuwkomer Nieuwkomers Ouder Ouders Zoon Zonen Dochter Dochters Broer Broers Broertje Broertjes Zus Zussen Zusje Zusjes ' +
    'Vriend Vriendje Vriendin Leerkracht Leerkrachten School Scholen Deelnemer Deelnemers Paragraaf Hoofdstuk Bijlage ' +
    'Speerpunt Stap Stappen Fase Tabel Figuur Vraag Vragen Week Weken Maand Maanden Jaar Jaren Dag Dagen Punt Punten Thema ' +
    "Thema's Totaal Aantal Score Niveau Module Deel Opdracht Ronde Sessie Versie Route Uur Uren Minuten Keer Plek Plekken " +
    'Regel Regels Tip Tips Voorbeeld Voorbeelden Bron Noot Zie Leeftijd Onderbouw Middenbouw Bovenbouw Kinderopvang ' +
    'Voorschool Basisschool Peuterspeelzaal Gemiddeld Gemiddelde Ongeveer Bijna Precies Rond Vanaf In Op Van Voor Na Sinds ' +
    'Tot Met Tussen Om Per Ca Circa Ook Nu Toen Dan Daarna Later Eerder Al Alle Elk Elke Ieder Iedere Iedereen Iemand ' +
    'Niemand Sommige Veel Weinig Meer Minder Dit Dat Deze Die Het De Een Er Wie Wat Welke Hij Zij Ze Wij We Jij Je Ik Mijn ' +
    'Zijn Haar Hun Ons Onze Jullie Maar En Of Want Dus Toch Wel Niet Geen Zo Hier Daar Jongste Oudste Eerste Tweede Derde ' +
    'Laatste Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December Maandag Dinsdag ' +
    'Woensdag Donderdag Vrijdag Zaterdag Zondag Schooljaar Cohort Editie Pilot Periode Blok Kwartaal Over Ruim Pas Nog ' +
    'Binnen Onder Boven Jonger Dan'
  ).split(' '),
);

// Words with these endings are nouns ("Thuiszitters (12)", "Aanmeldingen (9)", "Oudersteunpunt (3)"), hardly ever first
// names; so are words longer than any usual first name.
const nounEnding = new RegExp(
  [
    String.raw`^\p{L}{5,}(?:ers|ingen|ing|heid|heden|ties?|teit|isme|schap|ssen|[dgklprt]en)$`,
    String.raw`^\p{L}*(?:punt|groep|school|team|plan|tafel|gesprek|project|netwerk|overleg|centrum|loket|huis)$`,
    String.raw`^\p{L}*(?:dag|week|uur|avond|middag|ochtend|moment)$`,
    String.raw`^\p{L}{12,}$`,
  ].join('|'),
  'u',
);

// Each child pattern holds "(" or an age unit (jaar, jr, j., jarig): most text has neither and needs no slow search.
const mayHoldChildAge = /\(|j(?:aar|r|\.|arig)/;

function childrenWithAgeIn(text: string): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  if (!mayHoldChildAge.test(text)) return found;
  for (const match of text.matchAll(childPattern)) {
    const names = [...match[0].matchAll(childNameOnly)].map((name) => name[0]);
    // The name is the capitalised word of the pattern that is not an age word ("Achtjarige Sem": Sem).
    const name = names.find((word) => !/jarige$/i.test(word));
    if (name === undefined || notChildNames.has(name) || name.split('-').some((part) => notChildNames.has(part) || nounEnding.test(part))) continue;
    found.push({ index: match.index, text: match[0] });
  }
  return found;
}

// ---------------------------------------------------------------- all together

/** Every match of the given kinds in `text` (normalised visible text), in order of appearance, never overlapping. */
export function findPersonalData(text: string, kinds: readonly PersonalDataKind[] = personalDataKinds): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([from, to]) => start < to && end > from);
  const add = (kind: PersonalDataKind, start: number, matched: string): boolean => {
    const trimmed = matched.trimEnd();
    const end = start + trimmed.length;
    if (overlaps(start, end)) return false;
    taken.push([start, end]);
    found.push({ kind, text: trimmed, index: start });
    return true;
  };
  const wanted = new Set(kinds);

  if (wanted.has('email')) {
    for (const match of text.matchAll(emailPattern)) if (isEmailMatch(match[0])) add('email', match.index, match[0]);
  }
  if (wanted.has('iban')) {
    for (const match of text.matchAll(ibanStartPattern)) {
      const iban = ibanAt(text, match.index, match[0].length);
      if (iban) add('iban', match.index, iban);
    }
  }
  if (wanted.has('phone')) {
    // Step by step, so a rejected candidate (a date) does not hide a phone number right after it.
    const pattern = new RegExp(phoneCandidatePattern.source, phoneCandidatePattern.flags);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const phone = /isbn\W{0,3}$/i.test(text.slice(Math.max(0, match.index - 8), match.index)) ? undefined : longestPhonePrefix(match[0]);
      if (phone) add('phone', match.index, phone);
      pattern.lastIndex = match.index + (phone?.length ?? 1);
    }
  }
  if (wanted.has('bsn')) {
    for (const match of text.matchAll(bsnCandidatePattern)) {
      if (datePrefixPattern.test(match[0])) continue;
      if (passesElfproef(match[0].replace(/\D/g, ''))) add('bsn', match.index, match[0]);
    }
  }
  if (wanted.has('address')) for (const address of addressesIn(text)) add('address', address.index, address.text);
  if (wanted.has('child')) for (const child of childrenWithAgeIn(text)) add('child', child.index, child.text);
  return found.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------- file names

const slugAge = `(?:1[0-8]|[2-9]|${ageWords})`;
// sem-7-jaar, noah-van-8-jaar, lotte-is-negen-jaar, 8-jarige-sem, achtjarige-sem
const slugChildPattern = new RegExp(
  String.raw`(?:^|-)(?:([a-z\u00e0-\u00ff]{2,})-(?:van-|is-|werd-)?${slugAge}-?(?:jaar|jr|jarig)|${slugAge}-?jarige-([a-z\u00e0-\u00ff]{2,}))(?=-|$)`,
  'g',
);
const notChildNamesLower = new Set([...notChildNames].map((word) => word.toLowerCase()));

/**
 * Personal data in a file name, which becomes part of the page address and the
 * sitemap: `sem-7-jaar`, `bel-06-12345678`. Offsets refer to `id`.
 */
export function findPersonalDataInFileName(id: string): PersonalDataMatch[] {
  // Hyphens read as spaces; postcode letters and street names get their capitals back.
  const words = id.replace(/[-_]/g, ' ');
  const capitalised = words
    .replace(/(?<=\d{4} )[a-z]{2}\b/g, (letters) => letters.toUpperCase())
    .replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
  const found = findPersonalData(words, ['email', 'iban', 'phone', 'bsn']);
  const taken = (index: number) => found.some((match) => index >= match.index && index < match.index + match.text.length);
  for (const address of findPersonalData(capitalised, ['address'])) {
    if (!taken(address.index)) found.push({ ...address, text: id.slice(address.index, address.index + address.text.length) });
  }
  for (const match of id.toLowerCase().matchAll(slugChildPattern)) {
    const name = match[1] ?? match[2];
    const start = match.index + (match[0].startsWith('-') ? 1 : 0);
    if (notChildNamesLower.has(name) || taken(start)) continue;
    found.push({ kind: 'child', text: id.slice(start, match.index + match[0].length), index: start });
  }
  return found.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------- masks

/**
 * Enough of a match to find it in the file without repeating it in a build log:
 * `06-12345678` becomes `06•••••••78`, `petra.jansen@school.example` becomes
 * `p•••@school.example`, `Sem (7)` becomes `S•• (•)`.
 */
export function maskPersonalData(match: Pick<PersonalDataMatch, 'kind' | 'text'>): string {
  const { kind, text } = match;
  if (kind === 'email') {
    const address = canonicalEmail(text);
    const at = address.indexOf('@');
    return `${address.slice(0, 1)}•••${at >= 0 ? address.slice(at) : ''}`;
  }
  // Keep the first letter and the shape, hide every other letter and digit.
  if (kind === 'child') return text.slice(0, 1) + text.slice(1).replace(/[\p{L}\p{N}]/gu, '•');
  if (text.length <= 5) return '•'.repeat(text.length);
  return `${text.slice(0, 2)}${'•'.repeat(text.length - 4)}${text.slice(-2)}`;
}
