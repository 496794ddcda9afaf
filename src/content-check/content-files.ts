/**
 * Reads the content folder the way Astro's glob loader does: one file per
 * entry, the id taken from the file name, YAML for data, frontmatter for
 * Markdown and MDX. Pure file reading; no validation here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { impossibleDateMessage } from '../schemas/calendar-date.ts';
import { collectionNames, collections, extensionsOf, type CollectionName } from '../schemas/index.ts';

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

function describeYamlError(error: unknown): string {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? ` (regel ${error.mark.line + 1})` : '';
    return `de YAML is niet te lezen${line}: ${error.reason}. Let op dubbele punten, aanhalingstekens en inspringen.`;
  }
  return `het bestand is niet te lezen: ${String(error)}`;
}

function parseFile(collection: CollectionName, absolutePath: string, displayPath: string): ContentFile {
  const fileName = path.basename(absolutePath);
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
  const id = fileName.slice(0, fileName.length - extension.length - 1);
  const source = readFileSync(absolutePath, 'utf8');
  const base = { collection, displayPath, absolutePath, id, extension, source };
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
      parseError: 'de gegevens bovenaan ontbreken: het bestand moet beginnen met een regel --- , dan de velden, dan weer ---',
    };
  }
  try {
    return { ...base, data: loadContentYaml(frontmatter) ?? {}, body, bodyStartLine };
  } catch (error) {
    return { ...base, data: undefined, body, bodyStartLine, parseError: describeYamlError(error) };
  }
}

/** Every content file of every collection under `contentDir`, sorted by path. */
export function readContentFiles(contentDir: string, projectRoot = path.dirname(contentDir)): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of collectionNames) {
    const extensions: readonly string[] = extensionsOf[collections[collection].kind];
    const folder = path.join(contentDir, collection);
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const extension = name.slice(name.lastIndexOf('.') + 1);
      const absolutePath = path.join(folder, name);
      if (name.startsWith('.') || !extensions.includes(extension) || !statSync(absolutePath).isFile()) continue;
      const displayPath = path.relative(projectRoot, absolutePath).split(path.sep).join('/');
      files.push(parseFile(collection, absolutePath, displayPath));
    }
  }
  return files;
}
