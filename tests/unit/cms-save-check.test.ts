/**
 * The check the CMS runs before it saves (src/cms/client/save-check.ts):
 * the build's schema and privacy guard on one entry as Decap holds it, with
 * the build's own messages. The real browser runs it in tests/browser/cms.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { plainEntry } from '../../src/cms/client/entry-data.ts';
import { checkEntryBeforeSave } from '../../src/cms/client/save-check.ts';
import { EntryRefusedError, guardSave } from '../../src/cms/client/save-guard.ts';
import type { ContentFile } from '../../src/content-check/content-files.ts';
import { privacyFindings } from '../../src/content-check/privacy-guard.ts';
import { inField } from '../../src/content-check/schema-issues.ts';
import { nl } from '../../src/i18n/nl.ts';

/** A lesson that the build accepts, as Decap hands it over (dates as text, references as ids). */
const lesson = (): Record<string, unknown> => ({
  title: 'Een vaste leesplek in de plusklas helpt ook thuis',
  summary: 'Kinderen in de plusklas kregen een vaste leesplek. Ouders namen het idee mee naar huis en dat hielp.',
  date: '2026-11-20',
  regions: ['heiloo'],
  topics: ['hoogbegaafdheid'],
  networkGroup: 'oudersteunpunt',
  schoolTypes: ['po'],
  draft: false,
});
const lessonBody = '## Wat werkte?\n\nEen rustige plek werkt, ook voor het lezen thuis.\n';

/** An expert profile that the build accepts. */
const expert = (): Record<string, unknown> => ({
  name: 'Sanne Dekker',
  role: 'Remedial teacher',
  organisation: 'RKBS De Duinroos, Castricum',
  regions: ['castricum-uitgeest'],
  topics: ['dyslexie'],
  askMeAbout: ['begeleiding bij dyslexie in groep 4 tot en met 8', 'leesouders inzetten'],
  contact: { email: 'sanne.dekker@deduinroos.example', phone: '072 555 01 23', preferred: 'email' },
  consent: '2023-09-01',
  reviewed: '2024-09-02',
  draft: false,
});

describe('the check before the CMS saves', () => {
  it('lets a lesson and a profile through that the build accepts', () => {
    expect(checkEntryBeforeSave('lessons', lesson(), lessonBody)).toEqual([]);
    expect(checkEntryBeforeSave('experts', expert(), 'Sanne begeleidt kinderen met dyslexie.')).toEqual([]);
  });

  it('refuses a phone number in a summary, naming the field and masking the number', () => {
    const data = { ...lesson(), summary: 'Bel de intern begeleider op 06-12345678 als je vragen hebt over de plusklas.' };
    const messages = checkEntryBeforeSave('lessons', data, lessonBody);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^veld "summary": bevat iets dat lijkt op een telefoonnummer \("/);
    expect(messages[0]).toContain('Contactgegevens horen niet in een les');
    expect(messages[0]).not.toContain('12345678');
  });

  it('refuses invisible and reading-direction characters in a field and in the body, as the build does', () => {
    const inTitle = checkEntryBeforeSave('lessons', { ...lesson(), title: 'Plusklas\u202Eslaat aan' }, lessonBody);
    expect(inTitle).toHaveLength(1);
    expect(inTitle[0]).toMatch(/^veld "title": /);
    const inList = checkEntryBeforeSave('experts', { ...expert(), askMeAbout: ['leesouders\u2066inzetten'] }, 'Sanne begeleidt kinderen.');
    expect(inList).toHaveLength(1);
    expect(inList[0]).toMatch(/^veld "askMeAbout\[1\]": /);
    const inBody = checkEntryBeforeSave('lessons', lesson(), `${lessonBody}\nZo ging het &#x202E;echt.\n`);
    expect(inBody).toHaveLength(1);
    expect(inBody[0]).toMatch(/^in de tekst: /);
  });

  it('refuses a BSN in the body, also when Markdown marks split it', () => {
    const messages = checkEntryBeforeSave('lessons', lesson(), `${lessonBody}\nHet BSN van de leerling is 1112**22333**.\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^in de tekst: bevat iets dat lijkt op een burgerservicenummer \(BSN\) \("/);
    expect(messages[0]).toContain('Een BSN hoort nooit op de site');
    expect(messages[0]).not.toContain('111222333');
  });

  it('refuses an e-mail address in what to ask an expert about', () => {
    const data = { ...expert(), askMeAbout: ['leesouders inzetten', 'mail gerust naar sanne@deduinroos.example'] };
    const messages = checkEntryBeforeSave('experts', data, '');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^veld "askMeAbout\[2\]": bevat iets dat lijkt op een e-mailadres/);
    expect(messages[0]).toContain('Zet ze alleen in het veld "contact" van het profiel.');
  });

  it("allows an e-mail address and a phone number in an expert's contact field", () => {
    expect(checkEntryBeforeSave('experts', expert(), '')).toEqual([]);
  });

  it('refuses a title that is too long, with the length', () => {
    const title = `${'Een heel lange titel over de plusklas '.repeat(4)}in Heiloo`;
    expect(checkEntryBeforeSave('lessons', { ...lesson(), title }, lessonBody)).toEqual([
      `veld "title": is te lang: hoogstens 120 tekens, nu ${title.length}`,
    ]);
  });

  it('refuses an entry without a required field', () => {
    const { summary: _left, ...data } = lesson();
    expect(checkEntryBeforeSave('lessons', data, lessonBody)).toEqual(['veld "summary": ontbreekt: dit veld is verplicht']);
  });

  it('refuses a date that does not exist', () => {
    expect(checkEntryBeforeSave('lessons', { ...lesson(), date: '2025-02-30' }, lessonBody)).toEqual([
      'veld "date": bestaat niet: 30 februari 2025 is geen echte datum, want februari 2025 heeft 28 dagen',
    ]);
    expect(checkEntryBeforeSave('lessons', { ...lesson(), date: '2024-02-29' }, lessonBody)).toEqual([]);
  });

  it('refuses an option that is not in the list', () => {
    expect(checkEntryBeforeSave('lessons', { ...lesson(), schoolTypes: ['po', 'hbo'] }, lessonBody)).toEqual([
      expect.stringMatching(/^veld "schoolTypes\[2\]": de tekst "hbo" is geen geldige keuze; kies uit "voorschool", "po", /),
    ]);
  });

  it('leaves the existence of linked entries to the build', () => {
    expect(checkEntryBeforeSave('lessons', { ...lesson(), regions: ['bestaat-niet'] }, lessonBody)).toEqual([]);
  });

  it('decodes named character references with the decoder it is given', () => {
    const data = { ...lesson(), summary: 'Mail de intern begeleider: ib&commat;deplusklas.example, zij weet er alles van.' };
    expect(checkEntryBeforeSave('lessons', data, lessonBody)).toEqual([]);
    const decoded = checkEntryBeforeSave('lessons', data, lessonBody, (reference) => (reference === '&commat;' ? '@' : reference));
    expect(decoded).toEqual([expect.stringMatching(/^veld "summary": bevat iets dat lijkt op een e-mailadres/)]);
  });

  it('gives the privacy messages the build gives for the same entry as a file', () => {
    const summary = 'Bel de intern begeleider op 06-12345678 als je vragen hebt over de plusklas.';
    const data: Record<string, unknown> = { ...lesson(), summary };
    const body = `${lessonBody}\nMail de moeder op moeder@thuis.example of bel 072 512 34 56.\n`;
    const source = `---\ntitle: ${String(data.title)}\nsummary: ${summary}\n---\n${body}`;
    const file: ContentFile = {
      collection: 'lessons',
      displayPath: 'content/lessons/leesplek.md',
      absolutePath: '/tmp/leesplek.md',
      id: 'leesplek',
      extension: 'md',
      source,
      data,
      body,
      bodyStartLine: 5,
    };
    const build = privacyFindings(file, data, source).map((finding) =>
      finding.field ? inField(finding.field, finding.message) : nl.cmsCheck.inBody(finding.message),
    );
    expect(build).toHaveLength(3);
    expect(checkEntryBeforeSave('lessons', data, body)).toEqual(build);
  });
});

/** A stand-in for Decap's Immutable.js data: `toJS()` gives plain values. */
const immutable = (value: Record<string, unknown>) => ({ toJS: () => structuredClone(value) });

describe('the entry as Decap holds it', () => {
  it('becomes the plain fields and the body apart', () => {
    expect(plainEntry(immutable({ ...lesson(), body: lessonBody }))).toEqual({ fields: lesson(), body: lessonBody });
    expect(plainEntry(immutable({ name: 'Heiloo' }))).toEqual({ fields: { name: 'Heiloo' }, body: '' });
  });
});

/** The smallest Document the guard needs: it shows and removes the panel. */
function fakeDocument() {
  const shown: string[][] = [];
  const element = (tag: string): Record<string, unknown> => {
    const node: Record<string, unknown> = { tag, children: [] as unknown[], textContent: '' };
    node.setAttribute = () => undefined;
    node.addEventListener = () => undefined;
    node.append = (...children: Array<Record<string, unknown>>) => (node.children as unknown[]).push(...children);
    return node;
  };
  let panel: Record<string, unknown> | undefined;
  const document = {
    createElement: element,
    body: {
      append: (node: Record<string, unknown>) => {
        panel = node;
        const list = (node.children as Array<Record<string, unknown>>).find((child) => child.tag === 'ul')!;
        shown.push((list.children as Array<Record<string, unknown>>).map((item) => String(item.textContent)));
      },
    },
    getElementById: () => (panel ? { remove: () => (panel = undefined) } : null),
  };
  return { document: document as unknown as Document, shown, hasPanel: () => panel !== undefined };
}

describe('the guard on save', () => {
  it('throws a refusal that reads as the Dutch notice, and shows every message', () => {
    const { document, shown } = fakeDocument();
    const data = immutable({ ...lesson(), summary: 'Bel 06-12345678 of mail ib@school.example voor meer over de plusklas.', body: lessonBody });
    let thrown: unknown;
    try {
      guardSave(document, 'lessons', data, (reference) => reference);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EntryRefusedError);
    expect(String(thrown)).toBe(nl.cmsCheck.notice(2));
    expect((thrown as EntryRefusedError).problems).toEqual(shown[0]);
    expect(shown[0]).toEqual([
      expect.stringMatching(/^veld "summary": bevat iets dat lijkt op een telefoonnummer/),
      expect.stringMatching(/^veld "summary": bevat iets dat lijkt op een e-mailadres/),
    ]);
  });

  it('removes the panel once a save goes through, and leaves collections it does not know alone', () => {
    const { document, hasPanel } = fakeDocument();
    expect(() => guardSave(document, 'lessons', immutable({ ...lesson(), title: 'Kort' }), (reference) => reference)).toThrow(EntryRefusedError);
    expect(hasPanel()).toBe(true);
    guardSave(document, 'lessons', immutable({ ...lesson(), body: lessonBody }), (reference) => reference);
    expect(hasPanel()).toBe(false);
    expect(() => guardSave(document, 'settings', immutable({ title: '' }), (reference) => reference)).not.toThrow();
  });
});
