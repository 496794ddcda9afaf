/**
 * Writes content files exactly the way Decap CMS does (yaml 1.x, fields in
 * schema order, block lists), so that an edit in the CMS changes only what
 * the editor changed. `npm run format:content` applies it to content/; a
 * test keeps the sample content in this form, and a browser test checks
 * that the real CMS agrees.
 *
 * Formatting never changes what a file means: a text that was quoted because
 * it looks like a date or a number stays quoted, and planContentFormat()
 * refuses to write anything when a file cannot be read or would read
 * differently afterwards, to Astro's YAML reader (js-yaml) or Decap's (yaml).
 */
import { isDeepStrictEqual } from 'node:util';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import yaml from 'decap-yaml';
import { nl } from '../i18n/nl.ts';
import { collections, fileSchema } from '../schemas/index.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { splitFrontmatter, type ContentFile } from '../content-check/content-files.ts';
import { decapYaml, fieldOrder } from './decap-yaml.ts';

export { decapYaml, fieldOrder };

/** Reads YAML as Decap does: YAML 1.2, so dates stay text. */
const parseYaml = (text: string) => yaml.parse(text) as Record<string, unknown>;

/** The YAML part of a file: all of a data file, the front matter of a Markdown file. */
function yamlPart(collection: CollectionName, text: string): string {
  return collections[collection].kind === 'data' ? text.replace(/^\uFEFF/, '') : (splitFrontmatter(text).frontmatter ?? '');
}

/** A whole content file, rewritten in the CMS's form. */
export function formatContentFile(collection: CollectionName, text: string): string {
  const order = fieldOrder(collection);
  const meaning = jsYaml.load(yamlPart(collection, text));
  if (collections[collection].kind === 'data') return decapYaml(parseYaml(text), order, meaning);
  const parsed = matter(text, { engines: { yaml: parseYaml } });
  const body = parsed.content;
  const stringify = (data: object) => decapYaml(data as Record<string, unknown>, order, meaning);
  const file = matter.stringify(body, parsed.data, { engines: { yaml: { parse: parseYaml, stringify } } } as never);
  // Like Decap: gray-matter adds a final line break that the body did not have.
  return body.slice(-1) !== '\n' && file.slice(-1) === '\n' ? file.slice(0, -1) : file;
}

/** Top-level fields whose value differs between two readings, or that one reading lacks. */
function changedFields(before: unknown, after: unknown): string[] {
  const asRecord = (value: unknown) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
  const a = asRecord(before);
  const b = asRecord(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !isDeepStrictEqual(a[key], b[key]));
}

/**
 * What formatting changed in the meaning of a file: the fields that either
 * YAML reader reads differently, and `body` when the text under the front
 * matter changed. Empty when only the layout changed.
 */
export function meaningChanges(collection: CollectionName, before: string, after: string): string[] {
  const readers = [(text: string) => jsYaml.load(text), (text: string) => yaml.parse(text) as unknown];
  const fields = readers.flatMap((read) => changedFields(read(yamlPart(collection, before)), read(yamlPart(collection, after))));
  const bodyChanged = collections[collection].kind === 'entry' && splitFrontmatter(before).body !== splitFrontmatter(after).body;
  return [...new Set(fields), ...(bodyChanged ? ['body'] : [])];
}

export interface FormatProblem {
  file: string;
  message: string;
}

export interface FormatPlan {
  /** Files whose text changes, with their new text. */
  writes: Array<{ file: ContentFile; text: string }>;
  /** Files that cannot be formatted safely; when there are any, nothing may be written. */
  problems: FormatProblem[];
}

/** Why yaml 1.x could not read a file, with its line in the file (`firstLine`: where the YAML starts) when it says one. */
function describeFormatError(error: unknown, firstLine: number): string {
  // yaml 1.x works out the line only when asked.
  (error as { makePretty?: () => void }).makePretty?.();
  const line = (error as { linePos?: { start?: { line?: number } } }).linePos?.start?.line;
  const reason = error instanceof Error ? error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') : String(error);
  return nl.formatCheck.format.unreadable(reason, line === undefined ? undefined : line + firstLine - 1);
}

/**
 * Formats every file in memory and checks it, before anything is written: a
 * file that cannot be read (broken YAML, not UTF-8) or whose meaning would
 * change becomes a problem. MDX files are checked but not rewritten.
 */
export function planContentFormat(files: readonly ContentFile[]): FormatPlan {
  const plan: FormatPlan = { writes: [], problems: [] };
  for (const file of files) {
    if (file.parseError) {
      plan.problems.push({ file: file.displayPath, message: file.parseError });
      continue;
    }
    if (file.extension === 'mdx') continue;
    let text: string;
    try {
      text = formatContentFile(file.collection, file.source);
    } catch (error) {
      plan.problems.push({ file: file.displayPath, message: describeFormatError(error, collections[file.collection].kind === 'data' ? 1 : 2) });
      continue;
    }
    if (text === file.source) continue;
    const changed = meaningChanges(file.collection, file.source, text);
    if (changed.length > 0) {
      plan.problems.push({ file: file.displayPath, message: nl.formatCheck.format.meaningWouldChange(changed) });
      continue;
    }
    plan.writes.push({ file, text });
  }
  return plan;
}
