/**
 * The privacy guard: BSN-like numbers, e-mail addresses and Dutch phone
 * numbers are found as people really write them, ordinary numbers in
 * lessons (dates, years, amounts) are left alone, and the content check
 * names file and line. It reads what a visitor reads (the rendered body,
 * every field value whatever its type, the file name), so notation hides
 * nothing; contact details belong in an expert's `contact` field only.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles, type ContentFile } from '../../src/content-check/content-files.ts';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import {
  dutchPhoneDigits,
  findPersonalData,
  maskPersonalData,
  passesElfproef,
  personalDataLabels,
  privacyFindings,
  type PrivacyFinding,
} from '../../src/content-check/privacy-guard.ts';
import { contentDir, fixturesDir, publicDir } from '../helpers/paths.ts';

const found = (text: string) => findPersonalData(text).map((match) => `${match.kind}: ${match.text}`);

describe('the privacy guard', () => {
  it.each([
    '06-12345678',
    '06 12345678',
    '06 1234 5678',
    '0612345678',
    '06-12 34 56 78',
    '072-5123456',
    '072 512 34 56',
    '(072) 512 34 56',
    '020-1234567',
    '+31 6 12345678',
    '+31 (0)72 5123456',
    '+31725123456',
    '0031 72 512 3456',
    '088 123 4567',
    '0800-1234',
    '0900 123 4567',
  ])('finds the phone number %s in a sentence', (phone) => {
    expect(found(`Bel gerust ${phone}, dan helpen we je.`)).toEqual([`phone: ${phone}`]);
  });

  it('finds a phone number that is followed by another number', () => {
    expect(found('Bel 06 12345678 2 keer per week.')).toEqual(['phone: 06 12345678']);
  });

  it.each([
    ['a date with a time', 'Het gesprek is op 01-10-2025 14:00 op school.'],
    ['ISO dates and years', 'Gestart op 2025-10-01, na de pilot in 2023 en 2024.'],
    ['school years and groups', 'In schooljaar 2024-2025 deden groep 3 tot en met 8 mee.'],
    ['amounts and counts', 'Het kostte € 12.500 voor 1.234 leerlingen in 45 klassen.'],
    ['times and a postcode', 'Van 08.30-12.00 uur in 1811 AB Alkmaar.'],
    ['a nine-digit number that fails the elfproef', 'Dossiernummer 123456789 is gesloten.'],
    ['a list of single digits', 'Scores 1 2 3 4 5 6 7 8 9 op de lijst.'],
    ['an image file name with @', 'Zie ![het rooster](/img/rooster@2x.png) hieronder.'],
  ])('leaves %s alone', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds e-mail addresses, also when written with [at] or (at)', () => {
    expect(found('Mail petra.jansen@deproef.example of p.jansen [at] school.example of info(at)school.example')).toEqual([
      'email: petra.jansen@deproef.example',
      'email: p.jansen [at] school.example',
      'email: info(at)school.example',
    ]);
  });

  it('finds nine-digit numbers that pass the elfproef, also when grouped', () => {
    expect(found('BSN 111222333, 123456782 en 1234.56.782 en 123 456 782')).toEqual([
      'bsn: 111222333',
      'bsn: 123456782',
      'bsn: 1234.56.782',
      'bsn: 123 456 782',
    ]);
  });

  it('does not take the digits of a phone number or e-mail address for a BSN', () => {
    expect(found('Bel +31 123456782 of mail 123456782@school.example')).toEqual(['phone: +31 123456782', 'email: 123456782@school.example']);
    expect(found('Tel. 0123456782')).toEqual(['phone: 0123456782']);
  });

  it('applies the elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
    expect(passesElfproef('12345678')).toBe(false);
  });

  it('recognises Dutch numbers only', () => {
    expect(dutchPhoneDigits('+31 (0)6 1234 5678')).toBe('0612345678');
    expect(dutchPhoneDigits('0031 20 123 4567')).toBe('0201234567');
    expect(dutchPhoneDigits('06 1234 567')).toBeUndefined();
    expect(dutchPhoneDigits('+32 2 123 45 67')).toBeUndefined();
  });

  it('masks what it found, so the build log does not repeat it', () => {
    expect(maskPersonalData({ kind: 'phone', text: '06-12345678' })).toBe('06•••••••78');
    expect(maskPersonalData({ kind: 'bsn', text: '123456782' })).toBe('12•••••82');
    expect(maskPersonalData({ kind: 'email', text: 'petra.jansen@deproef.example' })).toBe('p•••@deproef.example');
  });

  it('allows contact details in the contact field of an expert profile only, and never a BSN', () => {
    const [expert] = readContentFiles(path.join(fixturesDir, 'valid')).filter((file) => file.id === 'bert-de-oude');
    const contact = { email: 'bert@proef.example', phone: '06-12345678', preferred: 'email' };
    const data = { ...(expert.data as Record<string, unknown>), askMeAbout: ['rust in de klas'], contact };
    const body = 'Bel me gerust op 06-12345678 of mail bert@proef.example.\nMijn BSN is 111222333.';
    const source = `---\nname: Bert\ncontact:\n  email: bert@proef.example\n---\n${body}\n`;
    const findings = privacyFindings({ ...expert, body, bodyStartLine: 6 }, data, source);
    expect(findings.map((finding) => `regel ${finding.line}: ${finding.message.slice(0, 60)}`)).toEqual([
      'regel 6: bevat iets dat lijkt op een telefoonnummer ("06•••••••78"). ',
      'regel 6: bevat iets dat lijkt op een e-mailadres ("b•••@proef.example',
      'regel 7: bevat iets dat lijkt op een burgerservicenummer (BSN) ("11••',
    ]);
    expect(findings.filter((finding) => finding.field?.startsWith('contact'))).toEqual([]);
  });

  it('checks every text field of a prototype, naming the field and its line', () => {
    const [prototype] = readContentFiles(path.join(fixturesDir, 'valid')).filter((file) => file.id === 'rustige-werkplek');
    const data = { ...(prototype.data as Record<string, unknown>), schools: ['OBS De Proef (tel. 072-5123456)'] };
    const source = '---\ntitle: Een rustige werkplek\nschools:\n  - OBS De Proef (tel. 072-5123456)\n---\nTekst.\n';
    const findings = privacyFindings({ ...prototype, body: 'Tekst.\n', bodyStartLine: 6 }, data, source);
    expect(findings.map((finding) => [finding.field, finding.line])).toEqual([['schools[1]', 4]]);
  });

  it('finds no personal data out of place in the sample content', () => {
    const errors = checkContent(contentDir, publicDir).problems.filter((problem) => problem.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });
});

/** The privacy fixture: personal data hidden in every way the guard must see through. */
const privacyFixture = readContentFiles(path.join(fixturesDir, 'privacy'));
const fixtureFile = (id: string) => privacyFixture.find((file) => file.id === id) as ContentFile;
const findingsIn = (file: ContentFile, data = file.data as Record<string, unknown>) => privacyFindings(file, data, file.source);
/** `line kind` (or `field line kind`), the kind read from the Dutch label in the message. */
const summary = (finding: PrivacyFinding) => {
  const kind = Object.entries(personalDataLabels).find(([, label]) => finding.message.includes(`lijkt op ${label} (`))?.[0] ?? 'other';
  return [finding.field, finding.line, kind].filter((part) => part !== undefined).join(' ');
};

describe('the privacy guard reads what a visitor reads', () => {
  it('finds personal data in a lesson however it is written, on the line where it starts', () => {
    expect(findingsIn(fixtureFile('verstopte-gegevens')).map(summary)).toEqual([
      '11 phone', // 06\-12345678
      '13 phone', // 06-**1234**5678
      '15 phone', // &#48;6&#8211;1234&#8203;5678
      '15 phone', // 06&shy;1234&nbsp;5678
      '17 email', // jan&#64;proef.example
      '17 email', // jan (at) proef (punt) nl
      '19 phone', // tel: link
      '19 email', // mailto: link, percent-encoded
      '21 bsn', // full-width digits
      '23 iban',
      '25 address', // street and number on line 25, postcode on 26
      '28 child', // image alt text
      '30 child', // inside raw HTML, shown as text
      '33 phone', // code block
    ]);
  });

  it('refuses contact details in the text and askMeAbout of an expert profile, but not in its contact field', () => {
    expect(findingsIn(fixtureFile('bert-bellen')).map(summary)).toEqual(['askMeAbout[1] 8 phone', '17 email']);
  });

  it('checks the file name, which becomes the page address and a sitemap entry', () => {
    const findings = findingsIn(fixtureFile('sem-7-jaar'));
    expect(findings.map(summary)).toEqual(['child']);
    expect(formatProblem({ ...findings[0], severity: 'error' })).toBe(
      'privacy/prototypes/sem-7-jaar.md: de bestandsnaam bevat iets dat lijkt op de naam van een kind met een leeftijd ("s••-•-••••"). De bestandsnaam wordt het adres van de pagina: geef het bestand een andere naam.',
    );
  });

  it('checks values that YAML read as numbers: a phone number that lost its 0, a BSN in a list', () => {
    expect(findingsIn(fixtureFile('getallenland')).map(summary)).toEqual(['municipalities[2] 2 bsn', 'description 3 phone']);
  });

  it('checks every text field of a topic and a network group, with entities and Markdown marks seen through', () => {
    expect(findingsIn(fixtureFile('verstopt')).map(summary)).toEqual(['description 2 address', 'synonyms[1] 4 email', 'synonyms[2] 5 phone']);
    expect(findingsIn(fixtureFile('groep-van-noah')).map(summary)).toEqual(['name 1 child']);
  });

  it('checks titles, summaries, alt texts and school names of a prototype, naming field and line', () => {
    const [prototype] = readContentFiles(path.join(fixturesDir, 'valid')).filter((file) => file.id === 'rustige-werkplek');
    const source = [
      '---',
      'title: Rust voor Sem (7)',
      'summary: Mail jan&#64;school.example',
      'cover:',
      '  src: /img/klas.png',
      '  alt: Lotte, 9 jaar, aan haar tafel',
      'schools:',
      '  - OBS De Proef, Dorpsstraat 12, 1811 AB Alkmaar',
      '  - 12345678',
      '---',
      'Tekst.',
    ].join('\n');
    const data = {
      ...(prototype.data as Record<string, unknown>),
      title: 'Rust voor Sem (7)',
      summary: 'Mail jan&#64;school.example',
      cover: { src: '/img/klas.png', alt: 'Lotte, 9 jaar, aan haar tafel' },
      schools: ['OBS De Proef, Dorpsstraat 12, 1811 AB Alkmaar', 12345678],
    };
    const findings = privacyFindings({ ...prototype, source, body: 'Tekst.', bodyStartLine: 11 }, data, source);
    expect(findings.map(summary)).toEqual(['title 2 child', 'summary 3 email', 'cover.alt 6 child', 'schools[1] 8 address']);
  });

  it('refuses a BSN even in the contact field of an expert', () => {
    const [expert] = readContentFiles(path.join(fixturesDir, 'valid')).filter((file) => file.id === 'bert-de-oude');
    const data = { ...(expert.data as Record<string, unknown>), contact: { phone: '111222333', preferred: 'telefoon' } };
    expect(privacyFindings(expert, data, expert.source).map(summary)).toEqual(['contact.phone 8 bsn']);
  });

  it('checks the file name of a cover image, which is part of its address', () => {
    const [prototype] = readContentFiles(path.join(fixturesDir, 'valid')).filter((file) => file.id === 'rustige-werkplek');
    const data = { ...(prototype.data as Record<string, unknown>), cover: { src: '/img/sem-7-jaar.jpg', alt: 'Een klas' } };
    const findings = privacyFindings(prototype, data, prototype.source);
    expect(findings.map(summary)).toEqual(['cover.src 1 child']);
    expect(findings[0].message).toMatch(/^de bestandsnaam van de afbeelding bevat iets dat lijkt op de naam van een kind/);
  });

  it('still refuses images from other websites', () => {
    const [prototype] = readContentFiles(path.join(fixturesDir, 'valid')).filter((file) => file.id === 'rustige-werkplek');
    const data = { ...(prototype.data as Record<string, unknown>), cover: { src: 'https://example.com/foto.jpg', alt: 'Een klas' } };
    const [finding] = privacyFindings(prototype, data, prototype.source);
    expect(finding.field).toBe('cover.src');
    expect(finding.message).toMatch(/^de afbeelding staat op een andere website/);
  });

  it('never repeats the personal data in its messages', () => {
    const messages = privacyFixture.flatMap((file) => findingsIn(file)).map((finding) => finding.message);
    expect(messages.length).toBeGreaterThan(20);
    for (const message of messages) {
      expect(message).not.toMatch(/\d{4}|jan@|bert@|Sem|Lotte|Noah|Dorpsstraat|ABNA/);
    }
  });

  it('finds nothing in ordinary school text in the same lesson', () => {
    const lesson = fixtureFile('verstopte-gegevens');
    const lastLine = lesson.source.trimEnd().split('\n').length;
    expect(lesson.source.trimEnd().split('\n').at(-1)).toMatch(/^In groep 3 \(7 leerlingen\)/);
    expect(findingsIn(lesson).filter((finding) => finding.line === lastLine)).toEqual([]);
  });
});
