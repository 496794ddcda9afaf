/**
 * The personal-data detectors, on text as a visitor reads it: each kind is
 * found in the notations people really use (and the evasions they try), and
 * ordinary school text (dates, years, times, amounts, groups, counts) is left
 * alone. Evasions that live in the notation (entities, full-width digits,
 * invisible characters) go through `normaliseVisibleText` first, as the
 * privacy guard does.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalEmail,
  findPersonalData,
  findPersonalDataInFileName,
  maskPersonalData,
  passesIbanCheck,
  personalDataLabels,
  type PersonalDataKind,
} from '../../src/content-check/personal-data.ts';
import { normaliseVisibleText } from '../../src/content-check/visible-text.ts';

/** What a visitor reads in `text`, searched for one kind: the matched texts. */
const foundKinds = (text: string) => findPersonalData(normaliseVisibleText(text)).map((match) => `${match.kind}: ${match.text}`);
const foundOf = (kind: PersonalDataKind, text: string) =>
  findPersonalData(normaliseVisibleText(text))
    .filter((match) => match.kind === kind)
    .map((match) => match.text);

describe('the phone number detector', () => {
  it.each([
    ['06-12345678', '06-12345678'],
    ['06 12345678', '06 12345678'],
    ['0612345678', '0612345678'],
    ['06 - 12 34 56 78', '06 - 12 34 56 78'],
    ['06/12345678', '06/12345678'],
    ['06.12.34.56.78', '06.12.34.56.78'],
    ['06 123 456 78', '06 123 456 78'],
    ['(06) 12345678', '(06) 12345678'],
    ['072-5123456', '072-5123456'],
    ['(072) 512 34 56', '(072) 512 34 56'],
    ['0229-123456', '0229-123456'],
    ['0229 12 34 56', '0229 12 34 56'],
    ['020/123 45 67', '020/123 45 67'],
    ['+31 6 12345678', '+31 6 12345678'],
    ['+31612345678', '+31612345678'],
    ['+31 (0)6 1234 5678', '+31 (0)6 1234 5678'],
    ['+31(0)20-1234567', '+31(0)20-1234567'],
    ['0031 6 12345678', '0031 6 12345678'],
    ['0031-(0)72-5123456', '0031-(0)72-5123456'],
    ['088 123 4567', '088 123 4567'],
    ['0800-1234', '0800-1234'],
    ['0900 123 4567', '0900 123 4567'],
    ['tel:+31612345678', '+31612345678'],
    ['tel:0725123456', '0725123456'],
    ['0 6 1 2 3 4 5 6 7 8', '0 6 1 2 3 4 5 6 7 8'],
  ])('finds %s', (written, expected) => {
    expect(foundOf('phone', `Bel gerust ${written}, dan helpen we je.`)).toEqual([expected]);
  });

  it.each([
    ['full-width digits', '０６-１２３４５６７８', '06-12345678'],
    ['an en dash', '06 – 12345678', '06 - 12345678'],
    ['an em dash', '06—12345678', '06-12345678'],
    ['a minus sign', '06−12345678', '06-12345678'],
    ['a non-breaking hyphen', '06‑12345678', '06-12345678'],
    ['a non-breaking space', '06\u00a012345678', '06 12345678'],
    ['a narrow no-break space', '06\u202f1234\u202f5678', '06 1234 5678'],
    ['a zero-width space', '06\u200b12345678', '0612345678'],
    ['a soft hyphen', '06\u00ad1234\u00ad5678', '0612345678'],
    ['a numeric entity', '&#48;6-12345678', '06-12345678'],
    ['a named entity', '06&ndash;1234&nbsp;5678', '06-1234 5678'],
  ])('finds a phone number written with %s', (_what, written, expected) => {
    expect(foundOf('phone', `Bel ${written} voor een afspraak.`)).toEqual([expected]);
  });

  it('finds a phone number right after a date', () => {
    expect(foundOf('phone', 'Op 12-03-2025 0612345678 bellen.')).toEqual(['0612345678']);
  });

  it.each([
    ['a date with a time', 'Het gesprek is op 01-10-2025 14:00 op school.'],
    ['a date with spaced slashes', 'Start: 1 / 10 / 2025 0 leerlingen.'],
    ['opening hours', 'Open van 08.30 - 12.00 / 13.00 - 15.00 uur.'],
    ['school years', 'In schooljaar 2023-2024 en 2024-2025.'],
    ['amounts', 'Het kostte € 12.500,00 voor 1.234 leerlingen.'],
    ['an ISBN', 'Het boek (ISBN 0-19-852663-6) ligt in de klas.'],
    ['a postcode', 'De school staat in 1811 AB Alkmaar.'],
    ['a scale written out', 'Geef een cijfer: 0 1 2 3 4 5 6 7 8 9.'],
    ['too few digits', 'Bel 06 1234 567 niet.'],
    ['a Belgian number', 'Het Belgische nummer +32 2 123 45 67.'],
    ['an emergency number', 'Bel bij nood 112.'],
    ['a version number', 'Versie 0.9.1 van het plan.'],
    ['a part-time factor', 'Een baan van 0,5 fte.'],
    ['a number inside a word', 'Code ab0612345678cd staat op de map.'],
  ])('leaves %s alone', (_what, text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });
});

describe('the e-mail address detector', () => {
  it.each([
    ['jan@school.nl', 'jan@school.nl'],
    ['petra.jansen@deproef.example', 'petra.jansen@deproef.example'],
    ['j.de.vries@mail.school.nl', 'j.de.vries@mail.school.nl'],
    ['jan @ school.nl', 'jan @ school.nl'],
    ['jan [at] school.nl', 'jan [at] school.nl'],
    ['jan(at)school.nl', 'jan(at)school.nl'],
    ['jan{at}school.nl', 'jan{at}school.nl'],
    ['jan [@] school.nl', 'jan [@] school.nl'],
    ['jan[at]school[dot]nl', 'jan[at]school[dot]nl'],
    ['jan (at) school (punt) nl', 'jan (at) school (punt) nl'],
    ['jan at school dot nl', 'jan at school dot nl'],
    ['jan AT school DOT nl', 'jan AT school DOT nl'],
    ['jan apenstaartje school punt nl', 'jan apenstaartje school punt nl'],
    ['mailto:jan@school.nl', 'jan@school.nl'],
  ])('finds %s', (written, expected) => {
    expect(foundOf('email', `Mail ${written} voor meer.`)).toEqual([expected]);
  });

  it.each([
    ['a numeric entity', 'jan&#64;school.nl'],
    ['a hexadecimal entity', 'jan&#x40;school.nl'],
    ['a named entity', 'jan&commat;school&period;nl'],
    ['a full-width @', 'jan＠school.nl'],
    ['a zero-width space', 'jan\u200b@school.nl'],
  ])('finds an address written with %s', (_what, written) => {
    expect(foundOf('email', `Mail ${written} voor meer.`).map(canonicalEmail)).toEqual(['jan@school.nl']);
  });

  it.each([
    ['an image file name', 'Zie rooster@2x.png hieronder.'],
    ['a social media handle', 'Volg @leernetwerk voor nieuws.'],
    ['the English word at', 'We deden het at random.'],
    ['the word punt', 'Op dit punt nl. les gaven we uitleg.'],
    ['an incomplete address', 'Mail info@ voor vragen.'],
    ['a spelled-out address with an unknown ending', 'jan at school dot xyz'],
    ['arithmetic', 'Vijf @ 3 euro.'],
    ['a reference to the profile', 'E-mail: zie het profiel bij Wie weet wat.'],
    ['a heading with at', 'Rust at home: wat ouders doen.'],
    ['a time with at', 'Start at 9.00 uur punt.'],
  ])('leaves %s alone', (_what, text) => {
    expect(foundOf('email', text)).toEqual([]);
  });
});

describe('the BSN detector', () => {
  it.each([
    '111222333',
    '123456782',
    '1234.56.782',
    '123 456 782',
    '123-456-782',
    '123/456/782',
    '12 34 56 782',
    '1 2 3 4 5 6 7 8 2',
    '123 - 456 - 782',
    '12.34.56.782',
  ])('finds %s', (bsn) => {
    expect(foundOf('bsn', `Het BSN is ${bsn}, zegt de moeder.`)).toEqual([bsn]);
  });

  it.each([
    ['full-width digits', '１２３４５６７８２', '123456782'],
    ['non-breaking spaces', '123\u00a0456\u00a0782', '123 456 782'],
    ['en dashes', '123–456–782', '123-456-782'],
    ['a numeric entity', '&#49;23456782', '123456782'],
    ['zero-width spaces', '123\u200b456\u200b782', '123456782'],
  ])('finds a BSN written with %s', (_what, written, expected) => {
    expect(foundOf('bsn', `BSN: ${written}.`)).toEqual([expected]);
  });

  it.each([
    ['a number that fails the elfproef', 'Dossier 123456789 is gesloten.'],
    ['ten digits', 'Nummer 1234567820 is te lang.'],
    ['single digits that fail the elfproef', 'Scores 1 2 3 4 5 6 7 8 9.'],
    ['an amount with cents', 'Het budget is € 123.456.782,50.'],
    ['a date and a count', 'Op 12-10-2025 1 keer.'],
    ['school years', 'Van 2023-2024-2025.'],
    ['a phone number', 'Bel 0612345678.'],
    ['digits of a longer group', 'Code 12 34 56 78 90 12 op het formulier.'],
    ['nine zeros', 'Nummer 000000000.'],
    ['digits glued to letters', 'Referentie AB123456782 van de gemeente.'],
  ])('leaves %s alone', (_what, text) => {
    expect(foundOf('bsn', text)).toEqual([]);
  });
});

describe('the IBAN detector', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'nl91 abna 0417 1643 00',
    'NL91-ABNA-0417-1643-00',
    'NL91 ABNA 0417164300',
    'BE68 5390 0754 7034',
    'DE89 3704 0044 0532 0130 00',
    'GB82 WEST 1234 5698 7654 32',
    'FR14 2004 1010 0505 0001 3M02 606',
  ])('finds %s', (iban) => {
    expect(foundOf('iban', `Stort het bedrag op ${iban}, graag.`)).toEqual([iban]);
  });

  it('checks country, length and the mod-97 check digits', () => {
    expect(passesIbanCheck('NL91ABNA0417164300')).toBe(true);
    expect(passesIbanCheck('NL91ABNA0417164301')).toBe(false);
    expect(passesIbanCheck('NL91ABNA041716430')).toBe(false);
    expect(passesIbanCheck('XX91ABNA0417164300')).toBe(false);
    expect(passesIbanCheck('NL9112340417164300')).toBe(false);
  });

  it.each([
    ['a wrong check digit', 'Rekening NL91 ABNA 0417 1643 01.'],
    ['a made-up number', 'Rekening NL12 ABCD 1234 5678 90.'],
    ['too few characters', 'Rekening NL91ABNA041716430.'],
    ['characters glued after it', 'Code NL91ABNA0417164300X.'],
    ['an unknown country', 'Code XX12 3456 7890 1234 56.'],
    ['words after "de 20"', 'Daar zaten de 20 leerlingen van groep 5 en 6 samen.'],
  ])('leaves %s alone', (_what, text) => {
    expect(findPersonalData(normaliseVisibleText(text), ['iban'])).toEqual([]);
  });
});

describe('the address detector', () => {
  it.each([
    ['Dorpsstraat 12, 1811 AB Alkmaar', 'Dorpsstraat 12, 1811 AB'],
    ['1811 AB Alkmaar, Dorpsstraat 12', '1811 AB Alkmaar, Dorpsstraat 12'],
    ['Laat 118a, 1811 EK Alkmaar', 'Laat 118a, 1811 EK'],
    ['aan de dorpsstraat 12 in 1811 AB', 'dorpsstraat 12 in 1811 AB'],
    ['Mient 3-5 (1811 EK)', 'Mient 3-5 (1811 EK'],
    ['1811AB 12', '1811AB 12'],
    ['postcode 1811 AB, huisnummer 12', '1811 AB, huisnummer 12'],
    ['Dorpsstraat 12\n1811 AB Alkmaar', 'Dorpsstraat 12\n1811 AB'],
  ])('finds %j', (written, expected) => {
    expect(foundOf('address', `Ze woont op ${written} met haar moeder.`)).toEqual([expected]);
  });

  it.each([
    ['a postcode and a place', 'De school staat in 1811 AB Alkmaar.'],
    ['a count after the postcode', 'In 1811 AB Alkmaar zitten 3 scholen.'],
    ['a group number', 'Groep 3 in 1811 AB doet mee.'],
    ['a numbered point', 'Speerpunt 3: postcodegebied 1811 AB.'],
    ['a PO box', 'Postbus 123, 1800 AC Alkmaar.'],
    ['opening hours', 'Van 08.30-12.00 uur in 1811 AB Alkmaar.'],
    ['a street without postcode', 'We speelden op de Dorpsstraat 12 keer verstoppertje.'],
    ['two postcodes', 'In 2024 kwamen 1811 AB en 1822 CD erbij.'],
    ['a year', 'Sinds 2019 in 1811 AB.'],
    ['a house number in another paragraph', 'Dorpsstraat 12.\n\nDe wijk 1811 AB.'],
  ])('leaves %s alone', (_what, text) => {
    expect(foundOf('address', text)).toEqual([]);
  });
});

describe('the child-with-age detector', () => {
  it.each([
    'Sem (7)',
    'Sem (7 jaar)',
    'Sem (8-jarig)',
    'Sem B. (8)',
    'Anne-Fleur (12)',
    'Christiaan (9)',
    'Marleen (9)',
    'Thijs (4)',
    'Zoë (6)',
    'Lotte, 9 jaar',
    'Lotte, negen jaar oud',
    'Noah van 8 jaar',
    'Noah is 8 jaar',
    'Daan werd tien jaar',
    'Fatima (groep 4, 8 jaar)',
    'Fatima (8 jaar, groep 4)',
    '8-jarige Sem',
    'achtjarige Noor',
  ])('finds %s', (child) => {
    expect(foundOf('child', `Vorige week vertelde ${child} over de klas.`)).toEqual([child]);
  });

  it('finds every child in a list', () => {
    expect(foundOf('child', 'Sem (7) en Lotte (9) speelden samen.')).toEqual(['Sem (7)', 'Lotte (9)']);
  });

  it.each([
    'groep 3 (7 leerlingen)',
    'Speerpunt 4.2 (2021)',
    'In 2024 (9 scholen)',
    'Paragraaf 4 (3)',
    'Kinderen van 8 jaar',
    'een jongen van 8 jaar',
    'Dit is 8 jaar geleden',
    'Alkmaar, 9 jaar lang',
    'TOS (3)',
    'Hoofdstuk (3)',
    'Leerlingen (12)',
    'Thuiszitters (12)',
    'Oudersteunpunt (3)',
    'Ouderavond (4)',
    'Leesproject (6)',
    'Juf Anna (groep 5)',
    'meester Tom (34)',
    'Sem (1)',
    'Module 4 (8 jaar)',
    'Stap 2 (3 weken)',
    'kinderen van 2 tot 4 jaar',
    'Vanaf 4 jaar',
  ])('leaves "%s" alone', (text) => {
    expect(foundOf('child', `${text} is een voorbeeld.`)).toEqual([]);
  });
});

describe('all detectors together', () => {
  it('does not report the digits of an IBAN or phone number again as a BSN or phone number', () => {
    expect(foundKinds('IBAN NL91 ABNA 0417 1643 00 en tel. 06-12345678')).toEqual(['iban: NL91 ABNA 0417 1643 00', 'phone: 06-12345678']);
  });

  it('reports matches in the order of the text, with their offsets', () => {
    const text = 'Sem (7) woont op Dorpsstraat 12, 1811 AB; bel 0612345678 of mail jan@school.nl.';
    const matches = findPersonalData(text);
    expect(matches.map((match) => match.kind)).toEqual(['child', 'address', 'phone', 'email']);
    for (const match of matches) expect(text.slice(match.index, match.index + match.text.length)).toBe(match.text);
  });

  it('searches only the kinds asked for', () => {
    expect(findPersonalData('Bel 0612345678 of mail jan@school.nl', ['email']).map((match) => match.kind)).toEqual(['email']);
  });

  it('has a Dutch label for every kind', () => {
    expect(personalDataLabels.iban).toBe('een IBAN-rekeningnummer');
    expect(personalDataLabels.address).toBe('een adres (postcode met huisnummer)');
    expect(personalDataLabels.child).toBe('de naam van een kind met een leeftijd');
  });
});

describe('personal data in a file name', () => {
  it.each([
    ['sem-7-jaar', 'child', 'sem-7-jaar'],
    ['verhaal-van-noah-van-8-jaar', 'child', 'noah-van-8-jaar'],
    ['de-8-jarige-sem', 'child', '8-jarige-sem'],
    ['bel-06-12345678', 'phone', '06 12345678'],
    ['dossier-111222333', 'bsn', '111222333'],
    ['jan-at-school-punt-nl', 'email', 'jan at school punt nl'],
    ['dorpsstraat-12-1811-ab', 'address', 'dorpsstraat-12-1811-ab'],
  ])('finds it in %s', (id, kind, text) => {
    expect(findPersonalDataInFileName(id).map((match) => [match.kind, match.text])).toEqual([[kind, text]]);
  });

  it.each(['groep-7-en-8', 'kinderen-van-8-jaar', 'ouders-aan-tafel', 'schooljaar-2024-2025', 'brugklasdag-groep-8', 'plusklas-heiloo', 'over-4-jaar'])(
    'leaves %s alone',
    (id) => {
      expect(findPersonalDataInFileName(id)).toEqual([]);
    },
  );
});

describe('masks', () => {
  it.each([
    ['phone', '06-12345678', '06•••••••78'],
    ['bsn', '123456782', '12•••••82'],
    ['email', 'petra.jansen@deproef.example', 'p•••@deproef.example'],
    ['email', 'jan (at) school (punt) nl', 'j•••@school.nl'],
    ['iban', 'NL91ABNA0417164300', 'NL••••••••••••••00'],
    ['address', 'Dorpsstraat 12, 1811 AB', 'Do•••••••••••••••••••AB'],
    ['child', 'Sem (7)', 'S•• (•)'],
    ['child', 'Fatima (groep 4, 8 jaar)', 'F••••• (••••• •, • ••••)'],
  ] as const)('mask a %s without repeating it: %s', (kind, text, mask) => {
    expect(maskPersonalData({ kind, text })).toBe(mask);
  });
});
