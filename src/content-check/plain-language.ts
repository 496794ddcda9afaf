/**
 * Plain Dutch (B1) for what parents read: the routes for parents and the
 * glossary. An abbreviation the glossary does not explain (a word in
 * capitals such as "PPO") is an error: a parent cannot look it up. Glossary
 * terms themselves are fine, because the pages explain them at their first
 * use. Sentences and words longer than the limits in the site config
 * (`plainLanguage`) are reported as notes, never errors. Every finding names
 * file, line and field.
 */
import yaml from 'decap-yaml';
import { nl } from '../i18n/nl.ts';
import { abbreviationOf, glossaryVocabulary, type GlossaryWord } from '../lib/parents/glossary-words.ts';
import { valuesAtPath } from '../schemas/introspect.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { splitFrontmatter, type ContentFile } from './content-files.ts';
import type { ValidatedEntry } from './validation.ts';
import { normaliseVisibleText, visibleLineAt, visibleMarkdownBlocks } from './visible-text.ts';

export interface PlainLanguageLimits {
  maxSentenceWords: number;
  maxWordLetters: number;
}

export type PlainLanguageKind = 'unknown-abbreviation' | 'long-sentence' | 'long-word';

export interface PlainLanguageFinding {
  kind: PlainLanguageKind;
  /** Path from the project root: content/parent-routes/x.md */
  file: string;
  line: number;
  /** The field, e.g. `steps[2].text`; absent for the body text. */
  field?: string;
  message: string;
}

/** The fields parents read, per collection; `[]` is every item of a list. The body of a route is read too. */
export const parentFacingFields: Partial<Record<CollectionName, readonly string[]>> = {
  'parent-routes': ['title', 'situation', 'summary', 'steps[].title', 'steps[].text', 'steps[].expect'],
  glossary: ['explanation'],
};

type Vocabulary = ReturnType<typeof glossaryVocabulary>;

interface TextFinding {
  kind: PlainLanguageKind;
  /** What to look for in the source to find the line: the word, or the start of the sentence. */
  needle: string;
  /** Where in the checked text it starts. */
  index: number;
  message: string;
  /** Same key, same finding: one note per word per file. */
  key: string;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const sentencePattern = /[^.!?…]+(?:[.!?…]+|$)/gu;

/** True when the glossary explains the word, or the word is a glossary word with a short ending ("samenwerkingsverbanden"). */
function explained(word: string, vocabulary: Vocabulary): boolean {
  const lower = word.replace(/’/g, "'").toLocaleLowerCase('nl');
  if (vocabulary.words.has(lower)) return true;
  for (const known of vocabulary.words) if (known.length >= 8 && lower.startsWith(known) && lower.length - known.length <= 3) return true;
  return false;
}

/**
 * What is not plain in one text. Without limits only unknown abbreviations are
 * looked for; with limits also long sentences and long words.
 */
export function textFindings(text: string, vocabulary: Vocabulary, limits?: PlainLanguageLimits): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const sentence of text.matchAll(sentencePattern)) {
    const words = [...sentence[0].matchAll(wordPattern)];
    if (limits && words.length > limits.maxSentenceWords) {
      const start = words.slice(0, 6).map((word) => word[0]).join(' ');
      findings.push({
        kind: 'long-sentence',
        needle: words.slice(0, 3).map((word) => word[0]).join(' '),
        index: sentence.index + words[0].index,
        message: nl.plainLanguage.longSentence(words.length, limits.maxSentenceWords, start),
        key: `sentence:${sentence.index}:${start}`,
      });
    }
    for (const word of words) {
      const index = sentence.index + word.index;
      if (explained(word[0], vocabulary)) continue;
      for (const part of word[0].split('-')) {
        const capitals = abbreviationOf(part);
        if (capitals && !vocabulary.abbreviations.has(capitals)) {
          findings.push({ kind: 'unknown-abbreviation', needle: part, index, message: nl.plainLanguage.unknownAbbreviation(part), key: `abbreviation:${capitals}` });
          continue;
        }
        const letters = part.match(/\p{L}/gu)?.length ?? 0;
        if (limits && letters > limits.maxWordLetters && !explained(part, vocabulary)) {
          findings.push({
            kind: 'long-word',
            needle: part,
            index,
            message: nl.plainLanguage.longWord(part, letters, limits.maxWordLetters),
            key: `word:${part.toLocaleLowerCase('nl')}`,
          });
        }
      }
    }
  }
  return findings;
}

/** The vocabulary of the checked glossary entries. */
export function vocabularyOf(glossary: Iterable<ValidatedEntry>): Vocabulary {
  const words = [...glossary].map(({ file, data }) => ({ id: file.id, ...(data as Omit<GlossaryWord, 'id'>) }));
  return glossaryVocabulary(words);
}

/** `steps[2].text` as a YAML path: ['steps', 1, 'text']. */
const yamlPath = (where: string) =>
  where.split('.').flatMap((segment) => {
    const match = /^(.+?)\[(\d+)\]$/.exec(segment);
    return match ? [match[1], Number(match[2]) - 1] : [segment];
  });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the line of a field's value, and of a needle inside it, in a content file's YAML. */
function fieldLocator(file: ContentFile) {
  const { frontmatter } = splitFrontmatter(file.source);
  const isData = file.extension === 'yaml' || file.extension === 'yml';
  const source = isData ? file.source.replace(/^\uFEFF/, '') : (frontmatter ?? '');
  // In a Markdown file the YAML starts on line 2, after the first ---.
  const firstLine = isData ? 1 : 2;
  const document = yaml.parseDocument(source);
  const lineAt = (offset: number) => firstLine + (source.slice(0, offset).match(/\n/g)?.length ?? 0);
  return (where: string, needle: string): number => {
    const node = document.getIn(yamlPath(where), true) as { range?: [number, number] } | undefined;
    if (!node?.range) return firstLine;
    const [start, end] = node.range;
    const pattern = new RegExp(needle.split(/\s+/).map(escapeRegExp).join('\\s+'), 'u');
    const found = pattern.exec(source.slice(start, end));
    return lineAt(start + (found?.index ?? 0));
  };
}

/** The plain-language findings in one parent-facing entry. */
function entryFindings(entry: ValidatedEntry, fields: readonly string[], vocabulary: Vocabulary, limits?: PlainLanguageLimits): PlainLanguageFinding[] {
  const { file } = entry;
  const locate = fieldLocator(file);
  const seen = new Set<string>();
  const findings: PlainLanguageFinding[] = [];
  const add = (found: TextFinding, line: number, field?: string) => {
    if (seen.has(found.key)) return;
    seen.add(found.key);
    findings.push({ kind: found.kind, file: file.displayPath, line, field, message: found.message });
  };
  for (const field of fields) {
    for (const { where, value } of valuesAtPath(entry.data, { field, list: false })) {
      if (typeof value !== 'string') continue;
      for (const found of textFindings(normaliseVisibleText(value), vocabulary, limits)) add(found, locate(where, found.needle), where);
    }
  }
  if (file.body.trim() !== '') {
    const format = file.extension === 'mdx' ? 'mdx' : 'md';
    for (const block of visibleMarkdownBlocks(file.body, format)) {
      for (const found of textFindings(block.text, vocabulary, limits)) add(found, file.bodyStartLine + visibleLineAt(block, found.index) - 1);
    }
  }
  return findings;
}

/**
 * What is not plain in every parent-facing entry, drafts included. Without
 * limits only the errors (unknown abbreviations); with them also the notes.
 */
export function plainLanguageFindings(entries: Record<CollectionName, Map<string, ValidatedEntry>>, limits?: PlainLanguageLimits): PlainLanguageFinding[] {
  const vocabulary = vocabularyOf(entries.glossary.values());
  return (Object.entries(parentFacingFields) as Array<[CollectionName, readonly string[]]>).flatMap(([collection, fields]) =>
    [...entries[collection].values()].flatMap((entry) => entryFindings(entry, fields, vocabulary, limits)),
  );
}

/** The notes as `npm run check:content` prints them: per file, each with line and field. */
export function formatPlainLanguageReport(findings: readonly PlainLanguageFinding[], limits: PlainLanguageLimits): string {
  const notes = findings.filter((finding) => finding.kind !== 'unknown-abbreviation');
  if (notes.length === 0) return nl.plainLanguage.nothing;
  const lines = [nl.plainLanguage.heading(notes.length, limits.maxSentenceWords, limits.maxWordLetters)];
  for (const file of [...new Set(notes.map((note) => note.file))].sort()) {
    lines.push('', file);
    for (const note of notes.filter((item) => item.file === file).sort((a, b) => a.line - b.line)) {
      lines.push(`  - regel ${note.line}${note.field ? `, veld "${note.field}"` : ''}: ${note.message}`);
    }
  }
  return lines.join('\n');
}
