/**
 * Reads the content folder the way Astro's glob loader does: one file per
 * entry, the id taken from the file name, YAML for data, frontmatter for
 * Markdown and MDX. Pure file reading; no validation here.
 */
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import yaml from 'js-yaml';
import { nl } from '../i18n/nl.ts';
import { impossibleDateMessage } from '../schemas/calendar-date.ts';
import { collectionNames, collections, extensionsOf, type CollectionName } from '../schemas/index.ts';
import { readCollectionFolder, readContentRoot, type StrayItem } from './collection-folder.ts';

export interface ContentFile {
  collection: CollectionName;
  /** Path relative to the project root, for messages: content/lessons/x.md */
  displayPath: string;
  absolutePath: string;
  /** File name without extension. */
  id: string;
  extension: string;
  /** The whole file as read, for checks that report lines (privacy guard) and for rewriting it. */
  source: string;
  /** Parsed YAML or frontmatter; undefined when it could not be parsed. */
  data: unknown;
  body: string;
  /** Line in the file where the body starts (1-based), for messages about the body. */
  bodyStartLine: number;
  parseError?: string;
  /** The file is not valid UTF-8: `source` is a lossy reading, so it must never be written back. */
  invalidUtf8?: true;
}

/** A file or folder in a collection folder that the site does not read (see collection-folder.ts). */
export interface StrayFile extends StrayItem {
  displayPath: string;
}

/** js-yaml's own timestamp type (the typings do not list `types`). */
const yamlTimestamp = (yaml as unknown as { types: { timestamp: yaml.Type } }).types.timestamp;

/**
 * YAML 1.1 timestamps as js-yaml reads them, except a day that does not exist:
 * js-yaml rolls `2025-02-30` over to 2 March, this keeps the text as written,
 * so the schema (isoDate) refuses it by name.
 */
const timestampAsWritten = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (text: string) => yamlTimestamp.resolve(text),
  construct: (text: string) => (impossibleDateMessage(text) === undefined ? yamlTimestamp.construct(text) : text),
  instanceOf: Date,
  represent: (date: object) => (date as Date).toISOString(),
});

/** js-yaml's default schema with `timestampAsWritten` in place of its timestamp type. */
const contentYamlSchema = yaml.DEFAULT_SCHEMA.extend({ implicit: [timestampAsWritten] });

/** Parses YAML as the content check reads it: like js-yaml (and Astro), but a date that does not exist stays text. */
export const loadContentYaml = (text: string): unknown => yaml.load(text, { schema: contentYamlSchema });

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a Markdown file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: string | undefined; body: string; bodyStartLine: number } {
  const text = source.replace(/^\uFEFF/, '');
  const match = frontmatterPattern.exec(text);
  if (!match) return { frontmatter: undefined, body: text, bodyStartLine: 1 };
  const bodyStartLine = match[0].split('\n').length;
  return { frontmatter: match[1], body: text.slice(match[0].length), bodyStartLine };
}

/** `firstLine` is the file's line where the YAML starts: 2 in a Markdown file, after the first ---. */
function describeYamlError(error: unknown, firstLine = 1): string {
  if (error instanceof yaml.YAMLException) {
    return nl.formatCheck.format.unreadable(error.reason, error.mark ? error.mark.line + firstLine : undefined);
  }
  return nl.check.unreadableFile(String(error));
}

function parseFile(collection: CollectionName, absolutePath: string, displayPath: string): ContentFile {
  const fileName = path.basename(absolutePath);
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
  const id = fileName.slice(0, fileName.length - extension.length - 1);
  const bytes = readFileSync(absolutePath);
  const source = bytes.toString('utf8');
  const base = { collection, displayPath, absolutePath, id, extension, source };
  if (!isUtf8(bytes)) {
    return { ...base, data: undefined, body: '', bodyStartLine: 1, parseError: nl.formatCheck.notUtf8, invalidUtf8: true };
  }
  if (collections[collection].kind === 'data') {
    try {
      return { ...base, data: loadContentYaml(source) ?? {}, body: '', bodyStartLine: 1 };
    } catch (error) {
      return { ...base, data: undefined, body: '', bodyStartLine: 1, parseError: describeYamlError(error) };
    }
  }
  const { frontmatter, body, bodyStartLine } = splitFrontmatter(source);
  if (frontmatter === undefined) {
    return {
      ...base,
      data: undefined,
      body,
      bodyStartLine,
      parseError: nl.check.noFrontmatter,
    };
  }
  try {
    return { ...base, data: loadContentYaml(frontmatter) ?? {}, body, bodyStartLine };
  } catch (error) {
    return { ...base, data: undefined, body, bodyStartLine, parseError: describeYamlError(error, 2) };
  }
}

/** Every content file of every collection under `contentDir`, sorted by path, and what else is in their folders. */
export function readContentFolder(contentDir: string, projectRoot = path.dirname(contentDir)): { files: ContentFile[]; strays: StrayFile[] } {
  const files: ContentFile[] = [];
  const strays: StrayFile[] = [];
  const display = (absolutePath: string) => path.relative(projectRoot, absolutePath).split(path.sep).join('/');
  for (const stray of readContentRoot(contentDir)) strays.push({ ...stray, displayPath: display(path.join(contentDir, stray.name)) });
  for (const collection of collectionNames) {
    const folder = path.join(contentDir, collection);
    const { entries, strays: found } = readCollectionFolder(folder, collection);
    for (const absolutePath of entries) files.push(parseFile(collection, absolutePath, display(absolutePath)));
    for (const stray of found) strays.push({ ...stray, displayPath: display(path.join(folder, stray.name)) });
  }
  return { files, strays };
}

/** Every content file of every collection under `contentDir`, sorted by path. */
export function readContentFiles(contentDir: string, projectRoot = path.dirname(contentDir)): ContentFile[] {
  return readContentFolder(contentDir, projectRoot).files;
}
