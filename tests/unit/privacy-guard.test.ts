/**
 * The privacy guard: BSN-like numbers, e-mail addresses and Dutch phone
 * numbers are found as people really write them, ordinary numbers in
 * lessons (dates, years, amounts) are left alone, and the content check
 * names file and line.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { dutchPhoneDigits, findPersonalData, maskPersonalData, passesElfproef, privacyFindings } from '../../src/content-check/privacy-guard.ts';
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

  it('allows contact details in an expert profile, but never a BSN', () => {
    const [expert] = readContentFiles(path.join(fixturesDir, 'valid')).filter((file) => file.id === 'bert-de-oude');
    const data = { ...(expert.data as Record<string, unknown>), askMeAbout: ['rust in de klas'] };
    const body = 'Bel me gerust op 06-12345678 of mail bert@proef.example.\nMijn BSN is 111222333.';
    const source = `---\nname: Bert\n---\n${body}\n`;
    const findings = privacyFindings({ ...expert, body, bodyStartLine: 4 }, data, source);
    expect(findings.map((finding) => `regel ${finding.line}: ${finding.message.slice(0, 60)}`)).toEqual([
      'regel 5: bevat iets dat lijkt op een burgerservicenummer (BSN) ("11••',
    ]);
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
