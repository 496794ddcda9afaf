/**
 * The files a contribution becomes, in the CMS's own format (front matter
 * written by Decap's YAML writer, fields in schema order), so the redactie
 * opens and saves it in the CMS without anything moving: a new entry's
 * Markdown file, or an existing page with an addition under its text.
 */
import jsYaml from 'js-yaml';
import yaml from 'decap-yaml';
import { nl } from '../i18n/nl.ts';
import { decapYaml, fieldOrder } from '../cms/decap-yaml.ts';
import { formatDate } from '../lib/dates.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { AdditionContribution, NewEntryContribution } from './contribution.ts';

const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The data with its YYYY-MM-DD texts as dates, so the writer leaves them unquoted as the CMS does. */
function meaningOf(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, typeof value === 'string' && isoDayPattern.test(value) ? new Date(`${value}T00:00:00Z`) : value]),
  );
}

/** A Markdown file with front matter, exactly as Decap writes one. */
export function markdownFile(collection: CollectionName, data: Record<string, unknown>, body: string): string {
  return `---\n${decapYaml(data, fieldOrder(collection), meaningOf(data))}---\n${body}`;
}

/** A new entry's file; `draft` marks it as a concept (local saving, where no pull request stands in between). */
export function newEntryFile(contribution: NewEntryContribution, { draft }: { draft: boolean }): string {
  const data = draft ? { ...contribution.data, draft: true } : contribution.data;
  return markdownFile(contribution.collection, data, contribution.body);
}

/** Splits a file into its front matter (without the --- lines) and body; undefined when it has none. */
function splitFile(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

/**
 * The page's file with the addition under its text, as a section of its own
 * for the redactie to work in. The front matter is written again the way the
 * CMS writes it, with `updated` set to today where the collection has it.
 * Undefined when the file has no front matter to keep.
 */
export function fileWithAddition(existing: string, contribution: AdditionContribution, today: string): string | undefined {
  const parts = splitFile(existing);
  if (!parts) return undefined;
  const data = yaml.parse(parts.frontmatter) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') return undefined;
  const meaning = jsYaml.load(parts.frontmatter) as Record<string, unknown>;
  const hasUpdated = fieldOrder(contribution.collection).includes('updated');
  const updatedData = hasUpdated ? { ...data, updated: today } : data;
  const updatedMeaning = hasUpdated ? { ...meaning, updated: new Date(`${today}T00:00:00Z`) } : meaning;
  const heading = nl.contribute.additionHeading(formatDate(new Date(`${today}T00:00:00Z`)));
  const body = `${parts.body.replace(/\s*$/, '')}\n\n## ${heading}\n\n${contribution.text}\n`;
  return `---\n${decapYaml(updatedData, fieldOrder(contribution.collection), updatedMeaning)}---\n${body}`;
}
