import { describe, expect, it } from 'vitest';
import { fileSchema } from '../../src/schemas/index.ts';
import { describeFields, referenceFields } from '../../src/schemas/introspect.ts';

const prototype = {
  title: 'Een rustige werkplek',
  summary: 'Een vaste, rustige plek in de klas voor kinderen die snel overprikkeld raken.',
  regions: ['duinrand'],
  schoolTypes: ['po'],
  topics: ['autisme'],
  focusAreas: ['regie-leerkracht'],
  status: 'afgerond',
  contacts: ['ans-testers'],
  updated: new Date('2026-03-01'),
};
const lesson = {
  title: 'Rust helpt iedereen',
  summary: 'Een rustige plek helpt niet alleen kinderen met autisme, maar de hele groep.',
  date: '2026-05-01',
  regions: ['duinrand'],
  topics: ['autisme'],
};
const expert = {
  name: 'Ans Testers',
  role: 'Intern begeleider',
  organisation: 'OBS De Proef',
  regions: ['duinrand'],
  topics: ['autisme'],
  askMeAbout: ['een rustige werkplek'],
  contact: { email: 'ans@proef.example', preferred: 'email' },
  consent: '2026-01-10',
  reviewed: '2026-01-10',
};

/** The messages of a failed parse, as "field: message". */
function problems(collection: Parameters<typeof fileSchema>[0], data: unknown): string[] {
  const result = fileSchema(collection).safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the prototype schema', () => {
  it('accepts a complete prototype and fills in defaults', () => {
    const result = fileSchema('prototypes').parse(prototype);
    expect(result.draft).toBe(false);
    expect(result.schools).toEqual([]);
  });

  it('enforces title and summary lengths', () => {
    expect(problems('prototypes', { ...prototype, title: 'Kort' })).toEqual(['title: is te kort: minstens 5 tekens, nu 4']);
    expect(problems('prototypes', { ...prototype, title: 'x'.repeat(121) })).toEqual(['title: is te lang: hoogstens 120 tekens, nu 121']);
    expect(problems('prototypes', { ...prototype, summary: 'Te kort.' })).toEqual(['summary: is te kort: minstens 20 tekens, nu 8']);
    expect(problems('prototypes', { ...prototype, summary: 'x'.repeat(301) })).toEqual(['summary: is te lang: hoogstens 300 tekens, nu 301']);
  });

  it('needs at least one region, school type, topic, speerpunt and contact', () => {
    for (const field of ['regions', 'schoolTypes', 'topics', 'focusAreas', 'contacts']) {
      expect(problems('prototypes', { ...prototype, [field]: [] })).toEqual([`${field}: is leeg: kies of vul minstens één waarde in`]);
    }
  });

  it('accepts only the listed school types, speerpunten and statuses', () => {
    expect(problems('prototypes', { ...prototype, schoolTypes: ['hbo'] })[0]).toMatch(/^schoolTypes\.0: de tekst "hbo" is geen geldige keuze; kies uit "voorschool", "po"/);
    expect(problems('prototypes', { ...prototype, focusAreas: ['lezen'] })[0]).toMatch(/^focusAreas\.0: .*"pedagogische-alliantie"/);
    expect(problems('prototypes', { ...prototype, status: 'klaar' })[0]).toMatch(/^status: .*"gestopt"/);
  });

  it('requires alt text on a cover image', () => {
    expect(problems('prototypes', { ...prototype, cover: { src: '/uploads/a.jpg' } })[0]).toMatch(/^cover\.alt: ontbreekt/);
    expect(problems('prototypes', { ...prototype, cover: { src: '/uploads/a.jpg', alt: '  ' } })[0]).toMatch(/^cover\.alt: is leeg/);
    expect(problems('prototypes', { ...prototype, cover: { src: '/uploads/a.jpg', alt: 'Een klas met een rustige hoek' } })).toEqual([]);
  });

  it('rejects ids that are not kebab-case and fields that do not exist', () => {
    expect(problems('prototypes', { ...prototype, regions: ['Alkmaar Noord'] })[0]).toMatch(/^regions\.0: heeft niet de goede vorm/);
    expect(problems('prototypes', { ...prototype, titel: 'x' })).toEqual([': onbekend veld "titel": is het een tikfout?']);
  });
});

describe('the lesson schema', () => {
  it('accepts a lesson with dates written as text or as YAML dates', () => {
    expect(problems('lessons', lesson)).toEqual([]);
    expect(fileSchema('lessons').parse(lesson).date).toEqual(new Date('2026-05-01T00:00:00Z'));
  });

  it('tells a missing date from a badly written one', () => {
    const { date: _date, ...withoutDate } = lesson;
    expect(problems('lessons', withoutDate)).toEqual(['date: ontbreekt: dit veld is verplicht']);
    expect(problems('lessons', { ...lesson, date: '1-5-2026' })).toEqual(['date: is geen geldige datum: schrijf jaar-maand-dag, bijvoorbeeld 2025-03-14']);
    expect(problems('lessons', { ...lesson, date: '2026-13-45' })).toEqual([
      'date: bestaat niet: 2026-13-45 is geen echte datum, want een jaar heeft 12 maanden (maand 13 bestaat niet). Schrijf jaar-maand-dag, bijvoorbeeld 2025-03-14',
    ]);
  });

  it('refuses a lesson date or update date in the future, but not a planned start of a prototype', () => {
    // Far enough ahead to stay in the future whenever the tests run; the exact edge is in calendar-dates.test.ts.
    expect(problems('lessons', { ...lesson, date: '2062-05-01' })).toEqual([
      'date: ligt in de toekomst: 1 mei 2062 is na vandaag. Vul de echte datum in; is het jaartal een tikfout?',
    ]);
    expect(problems('lessons', { ...lesson, updated: new Date('2062-05-01') })[0]).toMatch(/^updated: ligt in de toekomst: 1 mei 2062/);
    expect(problems('prototypes', { ...prototype, updated: '2062-03-01' })[0]).toMatch(/^updated: ligt in de toekomst/);
    expect(problems('prototypes', { ...prototype, started: '2062-03-01' })).toEqual([]);
  });
});

describe('the expert schema', () => {
  it('accepts an expert with e-mail only, phone only, or both', () => {
    expect(problems('experts', expert)).toEqual([]);
    expect(problems('experts', { ...expert, contact: { phone: '072 555 0123', preferred: 'telefoon' } })).toEqual([]);
    expect(problems('experts', { ...expert, contact: { email: 'a@b.example', phone: '+31 72 555 0123', preferred: 'telefoon' } })).toEqual([]);
  });

  it('needs consent, a review date and some way to get in touch', () => {
    const { consent: _consent, ...withoutConsent } = expert;
    expect(problems('experts', withoutConsent)).toEqual(['consent: ontbreekt: dit veld is verplicht']);
    expect(problems('experts', { ...expert, contact: { preferred: 'email' } })).toEqual([
      'contact: heeft geen e-mailadres en geen telefoonnummer: vul er minstens één in',
    ]);
    const { contact: _contact, ...withoutContact } = expert;
    expect(problems('experts', withoutContact)).toEqual(['contact: ontbreekt: dit veld is verplicht']);
  });

  it('refuses a consent or review date in the future, which would switch off the warnings', () => {
    expect(problems('experts', { ...expert, consent: '2062-01-10', reviewed: new Date('2062-01-10') })).toEqual([
      'consent: ligt in de toekomst: 10 januari 2062 is na vandaag. Vul de echte datum in; is het jaartal een tikfout?',
      'reviewed: ligt in de toekomst: 10 januari 2062 is na vandaag. Vul de echte datum in; is het jaartal een tikfout?',
    ]);
  });

  it('checks e-mail, phone and the preferred channel', () => {
    expect(problems('experts', { ...expert, contact: { email: 'geen-adres', preferred: 'email' } })).toEqual(['contact.email: is geen geldig e-mailadres']);
    expect(problems('experts', { ...expert, contact: { phone: 'bel maar', preferred: 'telefoon' } })[0]).toMatch(/^contact\.phone: is geen geldig telefoonnummer/);
    expect(problems('experts', { ...expert, contact: { email: 'a@b.example', preferred: 'telefoon' } })).toEqual([
      'contact.preferred: zegt "liefst via" een kanaal dat niet is ingevuld',
    ]);
  });

  it('takes one to ten "vraag mij over" phrases', () => {
    expect(problems('experts', { ...expert, askMeAbout: [] })).toEqual(['askMeAbout: is leeg: kies of vul minstens één waarde in']);
    expect(problems('experts', { ...expert, askMeAbout: Array.from({ length: 11 }, (_, i) => `onderwerp ${i}`) })).toEqual([
      'askMeAbout: heeft te veel waarden: hoogstens 10, nu 11',
    ]);
  });
});

describe('the data collections', () => {
  it('need a name', () => {
    expect(problems('regions', {})).toEqual(['name: ontbreekt: dit veld is verplicht']);
    expect(problems('topics', { name: 'Autisme', synonyms: ['ASS'] })).toEqual([]);
    expect(problems('network-groups', { name: 'Oudersteunpunt' })).toEqual([]);
  });
});

describe('reading the schemas back', () => {
  it('finds every reference field and its target collection', () => {
    expect(referenceFields(fileSchema('lessons'))).toEqual([
      { field: 'regions', collection: 'regions', list: true },
      { field: 'topics', collection: 'topics', list: true },
      { field: 'networkGroup', collection: 'network-groups', list: false },
      { field: 'prototype', collection: 'prototypes', list: false },
      { field: 'authors', collection: 'experts', list: true },
    ]);
  });

  it('describes limits, options and required fields for the CMS', () => {
    const fields = Object.fromEntries(describeFields(fileSchema('prototypes')).map((field) => [field.name, field]));
    expect(fields.title).toMatchObject({ kind: 'string', required: true, min: 5, max: 120, label: 'Titel' });
    expect(fields.status).toMatchObject({ kind: 'enum', options: ['idee', 'in-uitvoering', 'afgerond', 'gestopt'] });
    expect(fields.contacts).toMatchObject({ kind: 'list', min: 1, item: { kind: 'reference', collection: 'experts' } });
    expect(fields.started).toMatchObject({ kind: 'date', required: false });
    expect(fields.draft).toMatchObject({ kind: 'boolean', required: false, default: false });
  });
});
