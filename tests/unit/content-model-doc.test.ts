/**
 * docs/inhoudsmodel.md is generated from the schemas: it must be up to date,
 * and it must describe every field of every collection with its real rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentModelDoc, contentModelDocFile } from '../../src/schemas/content-model-doc.ts';
import { focusAreaIds } from '../../src/schemas/focus-areas.ts';
import { collectionNames, collections, fileSchema, type CollectionDefinition, type CollectionName } from '../../src/schemas/index.ts';
import { describeFields } from '../../src/schemas/introspect.ts';
import { lessonBodySections } from '../../src/schemas/lessons.ts';
import { prototypeBodySections } from '../../src/schemas/prototypes.ts';
import { schoolTypes } from '../../src/schemas/shared.ts';
import { prototypeStatuses } from '../../src/schemas/statuses.ts';
import { projectRoot } from '../helpers/paths.ts';

const doc = contentModelDoc();

/** The part of the document about one collection, up to the next "## " heading. */
function sectionOf(collection: CollectionName): string {
  const start = doc.indexOf(`(\`${collection}\`)\n`);
  const end = doc.indexOf('\n## ', start);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** The table row of a field (`title`, `contact.email`) in a collection's section. */
function rowOf(collection: CollectionName, field: string): string[] {
  const line = sectionOf(collection)
    .split('\n')
    .find((row) => row.startsWith(`| \`${field}\``));
  return line ? line.slice(2, -2).split(' | ') : [];
}

describe('the content model document', () => {
  it('docs/inhoudsmodel.md is what the schemas generate', () => {
    const written = readFileSync(path.join(projectRoot, contentModelDocFile), 'utf8');
    expect(written, 'docs/inhoudsmodel.md is niet bijgewerkt: draai npm run docs').toBe(doc);
  });

  it.each(collectionNames)('has a row for every field of %s, with its folder and web address', (collection) => {
    const section = sectionOf(collection);
    expect(section).toContain(`content/${collection}/`);
    // Glossary terms are sections of one page (/woorden/#<id>); other entries have a page of their own.
    const anchored = (collections[collection] as CollectionDefinition).anchorEntries === true;
    expect(section).toContain(`/${collections[collection].segment}/${anchored ? '#<id>' : '<id>/'}`);
    for (const field of describeFields(fileSchema(collection))) {
      expect(rowOf(collection, field.name), `${collection}.${field.name}`).not.toEqual([]);
      expect(rowOf(collection, field.name)[2], `${collection}.${field.name}`).toBe(field.required ? 'ja' : 'nee');
      if (field.hint) expect(rowOf(collection, field.name)[4]).toBe(field.hint);
    }
  });

  it('gives lengths, options and reference targets as rules', () => {
    expect(rowOf('lessons', 'title')).toEqual(['`title`: Titel', 'tekst', 'ja', '5 tot 120 tekens', expect.any(String)]);
    expect(rowOf('prototypes', 'status')[3]).toBe(
      `kies uit ${Object.entries(prototypeStatuses).map(([id, label]) => `\`${id}\` = ${label}`).join(', ')}`,
    );
    expect(rowOf('lessons', 'prototype')[3]).toBe('id van een goed voorbeeld uit `content/prototypes/`');
    expect(rowOf('experts', 'askMeAbout')[3]).toBe('1 tot 10 waarden; elk: 3 tot 100 tekens');
    expect(rowOf('regions', 'municipalities')[2]).toBe('nee');
    expect(rowOf('experts', 'photo.alt')[2]).toBe('ja, als er een `photo` is');
  });

  it('says which parts are YAML and which Markdown', () => {
    expect(sectionOf('topics')).toContain('Vorm: YAML (`.yaml` of `.yml`)');
    expect(sectionOf('lessons')).toContain('Vorm: Markdown (`.md` of `.mdx`)');
  });

  it('lists the body sections, the fixed lists, ids and drafts', () => {
    for (const section of [...prototypeBodySections, ...lessonBodySections]) expect(doc).toContain(`- \`## ${section}\``);
    for (const id of [...focusAreaIds, ...Object.keys(schoolTypes)]) expect(doc).toContain(`| \`${id}\` |`);
    expect(doc).toContain('**Id = bestandsnaam.**');
    expect(doc).toContain('Goede voorbeelden, lessen, profielen en routes voor ouders hebben het veld');
  });

  it('points at nothing outside the repository', () => {
    expect(doc).not.toMatch(/\.\.\/|shared\/content-model/);
  });
});
