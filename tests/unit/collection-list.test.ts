/**
 * The test of the house: adding a collection is its schema, one entry in the
 * list (src/schemas/index.ts) and its texts (src/i18n/nl.ts). This test adds a
 * test-only collection "proeven" in exactly those two places and checks that
 * the CMS config, the search kinds, the content check, the privacy guard and
 * the URLs pick it up without any change to those modules.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixturesDir, outputDir } from '../helpers/paths.ts';

vi.mock('../../src/schemas/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/schemas/index.ts')>();
  const { z } = await import('astro/zod');
  const { draftField, idReference } = await import('../../src/schemas/shared.ts');
  type Reference = Parameters<(typeof original.collections)['lessons']['schema']>[0];
  const proefSchema = (reference: Reference) =>
    z
      .object({
        title: z.string().trim().min(5).max(80).meta({ label: 'Titel', hint: 'Waar ging de proef over?' }),
        regions: z.array(reference('regions')).min(1).meta({ label: 'Werkgebieden', hint: 'Waar was de proef?' }),
        draft: draftField,
      })
      .strict();
  const collections = {
    ...original.collections,
    proeven: { kind: 'entry', segment: 'proeven', searchKind: 'proef', display: ['title'], contactAllowed: false, schema: proefSchema },
  } as const;
  type Name = keyof typeof collections;
  return {
    ...original,
    collections,
    collectionNames: [...original.collectionNames, 'proeven'],
    // The real fileSchema closes over the real list; this one reads the extended list the same way.
    fileSchema: (name: Name) => collections[name].schema(idReference as Reference),
  };
});

vi.mock('../../src/i18n/nl.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/i18n/nl.ts')>();
  const proeven = {
    kind: 'Proef',
    section: 'Proeven',
    one: 'proef',
    many: 'proeven',
    intro: () => 'Proeven die we deden.',
    cms: 'Proeven, alleen voor deze test.',
  };
  return { ...original, nl: { ...original.nl, collections: { ...original.nl.collections, proeven } } };
});

const { cmsConfig } = await import('../../src/cms/config.ts');
const { checkContent, formatProblem } = await import('../../src/content-check/validation.ts');
const { entryUrl, listUrl } = await import('../../src/lib/urls.ts');
const { kindNames } = await import('../../src/search/filters.ts');
const { default: site } = await import('../../src/site.config.ts');

function contentWithProeven(files: Record<string, string>): string {
  const dir = path.join(outputDir, 'cases', 'collection-list', 'content');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(fixturesDir, 'valid'), dir, { recursive: true });
  mkdirSync(path.join(dir, 'proeven'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'proeven', name), text);
  return dir;
}

describe('a collection added to the list and its texts only', () => {
  it('gets a CMS collection with its folder, its fields and its Dutch names', () => {
    const collection = (cmsConfig({ site, mode: 'production' }).collections as Array<Record<string, any>>).find((entry) => entry.name === 'proeven');
    expect(collection).toMatchObject({ label: 'Proeven', label_singular: 'Proef', folder: 'content/proeven', extension: 'md', identifier_field: 'title' });
    expect(collection!.preview_path).toBe('proeven/{{slug}}/');
    const regions = (collection!.fields as Array<Record<string, any>>).find((field) => field.name === 'regions');
    expect(regions).toMatchObject({ widget: 'relation', collection: 'regions', multiple: true, label: 'Werkgebieden' });
  });

  it('is a kind of page in the search filter, with its Dutch name', () => {
    expect(kindNames.proef).toBe('Proef');
  });

  it('gets its URLs from its segment', () => {
    expect(listUrl('proeven' as never)).toBe('/proeven/');
    expect(entryUrl('proeven' as never, 'eerste-proef')).toBe('/proeven/eerste-proef/');
  });

  it('is read and validated by the content check, with Dutch messages naming file and field', () => {
    const dir = contentWithProeven({
      'eerste-proef.md': '---\ntitle: Een eerste proef\nregions: [duinrand]\n---\nHet ging goed.\n',
      'zonder-titel.md': '---\nregions: [duinrnd]\n---\nTekst.\n',
    });
    const { problems, entries } = checkContent(dir);
    expect([...(entries as Record<string, Map<string, unknown>>).proeven.keys()]).toEqual(['eerste-proef']);
    expect(problems.map(formatProblem)).toEqual([
      'content/proeven/zonder-titel.md: veld "title": ontbreekt: dit veld is verplicht',
    ]);
  });

  it('checks its references against the real ids', () => {
    const dir = contentWithProeven({ 'verkeerd.md': '---\ntitle: Een verkeerde proef\nregions: [duinrnd]\n---\n' });
    expect(checkContent(dir).problems.map(formatProblem)).toEqual([
      'content/proeven/verkeerd.md: veld "regions[1]": werkgebied "duinrnd" bestaat niet (bedoel je "duinrand"?)',
    ]);
  });

  it('is checked by the privacy guard, which names the collection in the message', () => {
    const dir = contentWithProeven({ 'bel-mij.md': '---\ntitle: Een proef met een nummer\nregions: [duinrand]\n---\nBel me op 06-12345678.\n' });
    const messages = checkContent(dir).problems.map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/proeven\/bel-mij\.md, regel 5: bevat iets dat lijkt op een telefoonnummer \("06•+78"\)\. Contactgegevens horen niet in een proef/);
  });
});
