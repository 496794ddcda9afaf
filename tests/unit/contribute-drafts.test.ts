/**
 * What a contribution becomes: the form read with the build's rules, a file
 * in the CMS's own format that the content check accepts, and with npm start
 * a draft in content/ (draft: true) or an addition in the page's file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentFile } from '../../src/cms/content-format.ts';
import { checkContent } from '../../src/content-check/validation.ts';
import { formNames, pageOf, readContribution, type FormInput, type NewEntryContribution } from '../../src/contribute/contribution.ts';
import { fileWithAddition, newEntryFile } from '../../src/contribute/draft-file.ts';
import { localHandler } from '../../src/contribute/local.ts';
import { slugFromTitle } from '../../src/contribute/slug.ts';
import { fixturesDir, publicDir } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'leernetwerk-delen-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the small valid fixture site to write into. */
function contentCopy(name: string): string {
  const dir = path.join(work, name, 'content');
  cpSync(path.join(fixturesDir, 'valid'), dir, { recursive: true });
  return dir;
}

const input = (fields: Record<string, string | string[]>): FormInput =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, [value].flat()]));

const prototypeForm = {
  [formNames.kind]: 'prototypes',
  title: 'Samen lezen met een maatje uit groep 8',
  summary: 'Leerlingen uit groep 8 lezen elke week met een leerling uit groep 4. Beide groeien in lezen en in zelfvertrouwen.',
  regions: 'duinrand',
  topics: 'autisme',
  schoolTypes: 'po',
  focusAreas: 'lerend-netwerk',
  status: 'in-uitvoering',
  contacts: 'ans-testers',
  schools: 'Basisschool De Duinrand\n\nKindcentrum Zee',
  'prototypes-section0': 'Elke dinsdag lezen ze een half uur samen, in de bibliotheek.',
  [formNames.name]: 'Ans',
  [formNames.email]: 'ans@school.example',
};

describe('reading the form', () => {
  it('turns a goed voorbeeld into the entry’s fields, with updated today and the schools one per line', () => {
    const { contribution, problems } = readContribution(input(prototypeForm), { today: '2026-03-14' });
    expect(problems).toEqual([]);
    expect((contribution as NewEntryContribution).data).toMatchObject({ schools: ['Basisschool De Duinrand', 'Kindcentrum Zee'], updated: '2026-03-14', focusAreas: ['lerend-netwerk'] });
  });

  it('names each problem at its field, in the CMS’s labels', () => {
    const { problems } = readContribution(input({ ...prototypeForm, title: 'Kort', contacts: [], focusAreas: [] }), { today: '2026-03-14' });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'title', message: 'Titel: is te kort: minstens 5 tekens, nu 4' },
        { field: 'contacts', message: 'Kies minstens één profiel.' },
        { field: 'focusAreas', message: 'Kies minstens één speerpunt.' },
      ]),
    );
  });

  it('finds the page to add to from its address, its path or collection/id', () => {
    expect(pageOf('https://leernetwerk.example.nl/lessen/verzuim-begint-klein/')).toEqual({ collection: 'lessons', id: 'verzuim-begint-klein' });
    expect(pageOf('/prototypen/gouden-weken/#contacten')).toEqual({ collection: 'prototypes', id: 'gouden-weken' });
    expect(pageOf('wie-weet-wat/sanne-dekker')).toEqual({ collection: 'experts', id: 'sanne-dekker' });
    expect(pageOf('/themas/gedrag/')).toBeUndefined();
    expect(pageOf('niets')).toBeUndefined();
  });

  it('makes file names from titles as the CMS does', () => {
    expect(slugFromTitle('Eén taal voor peuters & kleuters!')).toBe('een-taal-voor-peuters-kleuters');
    expect(slugFromTitle('x'.repeat(50) + ' ' + 'y'.repeat(50))).toBe('x'.repeat(50));
  });
});

describe('the file of a contribution', () => {
  const { contribution } = readContribution(input(prototypeForm), { today: '2026-03-14' });
  const entry = contribution as NewEntryContribution;

  it('is in the CMS’s own format, so saving it in the CMS changes nothing', () => {
    const text = newEntryFile(entry, { draft: true });
    expect(formatContentFile('prototypes', text)).toBe(text);
    expect(text).toMatch(/^---\ntitle: Samen lezen met een maatje uit groep 8\n/);
    expect(text).toContain('updated: 2026-03-14\ndraft: true\n---\n## Wat is het?\n\nElke dinsdag lezen ze een half uur samen, in de bibliotheek.\n');
  });

  it('passes the content check in a real content folder', () => {
    const content = contentCopy('check');
    writeFileSync(path.join(content, 'prototypes', 'samen-lezen.md'), newEntryFile(entry, { draft: true }));
    const errors = checkContent(content, publicDir).problems.filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('adds to an existing page below its text, keeps its fields and writes them as the CMS does', () => {
    const content = contentCopy('addition');
    const file = path.join(content, 'lessons', 'rust-helpt.md');
    const before = readFileSync(file, 'utf8');
    const after = fileWithAddition(before, { kind: 'addition', collection: 'lessons', id: 'rust-helpt', text: 'Ook in groep 5 werkte het.', contributor: { name: 'A', email: 'a@b.nl' } }, '2026-03-14')!;
    const fields = (text: string) => yaml.load(text.slice(4, text.indexOf('\n---\n'))) as Record<string, unknown>;
    expect(fields(after)).toEqual({ ...fields(before), updated: new Date('2026-03-14') });
    expect(formatContentFile('lessons', after)).toBe(after);
    expect(after).toContain('updated: 2026-03-14\n');
    expect(after.endsWith('## Aanvulling van 14 maart 2026\n\nOok in groep 5 werkte het.\n')).toBe(true);
    writeFileSync(file, after);
    expect(checkContent(content, publicDir).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

describe('npm start’s endpoint', () => {
  it('writes a new lesson as a draft into content/ and says where', async () => {
    const content = contentCopy('local');
    const handle = localHandler({ repoDir: path.dirname(content), contentDir: content, today: () => '2026-03-14' });
    const body = new URLSearchParams({
      [formNames.kind]: 'lessons',
      title: 'Rust in de klas helpt ook de juf',
      summary: 'Een vaste rustige plek hielp niet alleen de leerling, maar ook de leerkracht.',
      regions: 'duinrand',
      topics: 'autisme',
      'lessons-section0': 'De leerling kon zelf kiezen wanneer hij even weg wilde.',
      [formNames.name]: 'Ans',
      [formNames.email]: 'ans@school.example',
    });
    const response = await handle(new Request('http://localhost:4321/api/delen', { method: 'POST', body, headers: { Accept: 'application/json' } }));
    expect(response.status).toBe(201);
    const answer = await response.json();
    expect(answer.message).toBe('Opgeslagen als concept in content/lessons/rust-in-de-klas-helpt-ook-de-juf.md. Je vindt het in het beheer.');
    const text = readFileSync(path.join(content, 'lessons', 'rust-in-de-klas-helpt-ook-de-juf.md'), 'utf8');
    expect(text).toContain('draft: true\n');
    expect(text).not.toContain('ans@school.example');
    expect(checkContent(content, publicDir).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('refuses a page it does not have, and an id the form does not offer', async () => {
    const content = contentCopy('unknown');
    const handle = localHandler({ repoDir: path.dirname(content), contentDir: content });
    const body = new URLSearchParams({
      [formNames.kind]: 'addition',
      [formNames.page]: '/lessen/bestaat-niet/',
      [formNames.addition]: 'Een aanvulling met genoeg tekst erin.',
      [formNames.name]: 'Ans',
      [formNames.email]: 'ans@school.example',
    });
    const response = await handle(new Request('http://localhost:4321/api/delen', { method: 'POST', body, headers: { Accept: 'application/json' } }));
    expect(response.status).toBe(422);
    expect((await response.json()).problems).toEqual([{ field: formNames.page, message: expect.stringMatching(/Die pagina kennen we niet/) }]);
  });
});
