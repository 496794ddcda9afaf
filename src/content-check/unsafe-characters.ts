/**
 * Characters that break a format or disguise text, refused in every field and
 * body. Control characters (C0 except tab, line feed and carriage return; DEL;
 * C1) make the RSS feeds invalid XML and YAML unreadable; U+FFFE/U+FFFF and
 * half surrogate pairs are not XML characters either. The line and paragraph
 * separators U+2028/U+2029 are a line break to some tools and invisible to
 * others, so line numbers and what an editor sees stop matching. Bidi
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069) make text display
 * differently from how it is stored ("Trojan Source"); right-to-left text
 * such as Arabic needs none of them, and the harmless marks U+200E/U+200F
 * stay allowed. Such a character is found wherever it hides: raw in the file,
 * as a YAML escape ("\v", "\u202e") or as a Markdown character reference
 * (`&#11;`) in the body.
 */
import { nl } from '../i18n/nl.ts';
import { collections } from '../schemas/index.ts';
import type { ContentFile } from './content-files.ts';
import { fieldPath } from './schema-issues.ts';

// Without the u flag, so a lone half of a surrogate pair can be matched.
const unsafePattern =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** `&#11;`, `&#x202E;`: CommonMark turns these into the character itself. */
const characterReference = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g;
const topLevelKey = /^([A-Za-z_][\w-]*)\s*:/;

export interface UnsafeCharacter {
  /** Index in the text (UTF-16 code units). */
  index: number;
  codePoint: number;
}

/** The first character in `text` that is refused, if any. */
export function findUnsafeCharacter(text: string): UnsafeCharacter | undefined {
  const match = unsafePattern.exec(text);
  return match ? { index: match.index, codePoint: match[0].charCodeAt(0) } : undefined;
}

/** "een verticale tab (U+000B)", for messages. */
export function describeCharacter(codePoint: number): string {
  const names = nl.formatCheck.characterNames;
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    codePoint === 0x0 ? names.nul
    : codePoint === 0x8 ? names.backspace
    : codePoint === 0xb ? names.verticalTab
    : codePoint === 0xc ? names.formFeed
    : codePoint === 0x2028 ? names.lineSeparator
    : codePoint === 0x2029 ? names.paragraphSeparator
    : isBidiControl(codePoint) ? names.bidi
    : codePoint >= 0xd800 && codePoint <= 0xdfff ? names.surrogate
    : codePoint >= 0xfffe ? names.nonCharacter
    : names.control;
  return `${name} (${code})`;
}

/** The few words before `index`, so an editor can find an invisible character. */
function contextBefore(text: string, index: number): string {
  const start = Math.max(0, index - 30);
  let context = text.slice(start, index).replace(new RegExp(unsafePattern.source, 'g'), '').trimStart();
  if (start > 0) context = `…${context.slice(context.indexOf(' ') + 1)}`;
  return context;
}

const isBidiControl = (codePoint: number) => (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);

function message(codePoint: number, context: string, escaped = false): string {
  return nl.formatCheck.unsafeCharacter(describeCharacter(codePoint), context, escaped, isBidiControl(codePoint));
}

/** A character reference in a Markdown line that CommonMark turns into a refused character. */
function unsafeReference(line: string): { codePoint: number; context: string } | undefined {
  for (const match of line.matchAll(characterReference)) {
    const codePoint = match[1] !== undefined ? parseInt(match[1], 16) : Number(match[2]);
    // CommonMark turns NUL, surrogates and numbers past Unicode into U+FFFD, which is harmless.
    if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) continue;
    if (findUnsafeCharacter(String.fromCodePoint(codePoint))) return { codePoint, context: contextBefore(line, match.index) };
  }
  return undefined;
}

/**
 * The message for the first refused character in a text typed outside a file
 * (a form's field), or undefined; `markdown` when the text becomes a body,
 * where `&#x202E;` turns into the character too.
 */
export function unsafeTextMessage(text: string, { markdown }: { markdown: boolean }): string | undefined {
  const found = findUnsafeCharacter(text);
  if (found) return message(found.codePoint, contextBefore(text, found.index));
  if (!markdown) return undefined;
  for (const line of text.split('\n')) {
    const reference = unsafeReference(line);
    if (reference) return message(reference.codePoint, reference.context, true);
  }
  return undefined;
}

/** Refused characters in the fields of an entry that is not a file yet (the CMS before it saves), by field. */
export function unsafeFieldMessages(data: Record<string, unknown>): Array<{ field: string | undefined; message: string }> {
  return unsafeValues(data).map(({ field, found, text }) => ({ field, message: message(found.codePoint, contextBefore(text, found.index)) }));
}

export interface CharacterFinding {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

/** Every string in `value` (keys too) that holds a refused character, with its field path. */
function unsafeValues(value: unknown, segments: PropertyKey[] = []): Array<{ field: string | undefined; found: UnsafeCharacter; text: string }> {
  if (typeof value === 'string') {
    const found = findUnsafeCharacter(value);
    return found ? [{ field: fieldPath(segments), found, text: value }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unsafeValues(item, [...segments, index]));
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => {
      const inKey = findUnsafeCharacter(key);
      const keyFinding = inKey ? [{ field: fieldPath([...segments, key]), found: inKey, text: key }] : [];
      return [...keyFinding, ...unsafeValues(item, [...segments, key])];
    });
  }
  return [];
}

/**
 * Refused characters in `file`: one finding per line where they stand in the
 * file (with the field, for YAML), and one per field where a YAML escape put
 * them. A file that is not UTF-8 is left to that message.
 */
export function unsafeCharacterFindings(file: ContentFile): CharacterFinding[] {
  if (file.invalidUtf8) return [];
  const findings: CharacterFinding[] = [];
  const lines = file.source.split('\n');
  const isData = collections[file.collection].kind === 'data';
  // Lines (1-based) of the YAML: all of a data file; between the two --- lines of a Markdown file.
  const yamlFirst = isData ? 1 : 2;
  const yamlLast = isData ? lines.length : file.bodyStartLine - 2;
  let field: string | undefined;
  // Fields already reported from their lines; the walk over the values below skips them.
  const reported = new Set<string | undefined>();
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const isYaml = lineNumber >= yamlFirst && lineNumber <= yamlLast;
    if (isYaml) field = topLevelKey.exec(line)?.[1] ?? field;
    const found = findUnsafeCharacter(line);
    if (found) {
      if (isYaml) reported.add(field);
      findings.push({ file: file.displayPath, field: isYaml ? field : undefined, line: lineNumber, message: message(found.codePoint, contextBefore(line, found.index)) });
      return;
    }
    const reference = !isYaml && lineNumber >= file.bodyStartLine ? unsafeReference(line) : undefined;
    if (reference) findings.push({ file: file.displayPath, line: lineNumber, message: message(reference.codePoint, reference.context, true) });
  });
  for (const { field: where, found, text } of unsafeValues(file.data)) {
    if (reported.has(where?.split(/[.[]/)[0])) continue;
    findings.push({ file: file.displayPath, field: where, message: message(found.codePoint, contextBefore(text, found.index), true) });
  }
  return findings;
}
