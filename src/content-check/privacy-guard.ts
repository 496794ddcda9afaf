/**
 * Finds personal data where it does not belong in one content file, in the
 * text a visitor reads (visible-text.ts), not in the notation an editor
 * typed: the body as the site renders it, every frontmatter value (also a
 * number where text was expected) and the file name, which becomes the page
 * address. A BSN, IBAN, address or a child's name with an age is refused
 * everywhere; e-mail addresses and phone numbers only belong in an expert's
 * `contact` field. Also refuses images from other websites, because the site
 * loads nothing from other servers. Reports name file and field or line.
 * The rules per field are in privacy-rules.ts, which the CMS also runs in the
 * browser before it saves.
 */
import { nl } from '../i18n/nl.ts';
import type { ContentFile } from './content-files.ts';
import { findPersonalData, findPersonalDataInFileName } from './personal-data.ts';
import { fieldPrivacyFindings, looksLike, personalDataMessage, topFieldOf } from './privacy-rules.ts';
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

/**
 * What the privacy guard finds in one content file. `source` is the file as
 * written (for line numbers); `data` its parsed fields, checked whatever their
 * type.
 */
export function privacyFindings(file: ContentFile, data: Record<string, unknown>, source: string): PrivacyFinding[] {
  const sourceLines = source.replace(/^\uFEFF/, '').split('\n');
  const findings: PrivacyFinding[] = [];

  for (const match of findPersonalDataInFileName(file.id)) {
    findings.push({
      file: file.displayPath,
      message: nl.privacyCheck.fileName(looksLike(match)),
    });
  }

  for (const { field, needle, message } of fieldPrivacyFindings(file.collection, data, normaliseVisibleText)) {
    findings.push({ file: file.displayPath, line: lineInFrontmatter(sourceLines, field, needle), field, message });
  }

  const format = file.extension === 'mdx' ? 'mdx' : 'md';
  for (const block of visibleMarkdownBlocks(file.body, format)) {
    for (const match of findPersonalData(block.text)) {
      findings.push({ file: file.displayPath, line: file.bodyStartLine + visibleLineAt(block, match.index) - 1, message: personalDataMessage(match, file.collection) });
    }
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
