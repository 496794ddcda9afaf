/**
 * The broken-content cases of the content model's "validation promises",
 * each with its fixture folder (tests/fixtures/invalid/<name>) and the words
 * an editor must see. Shared by the unit test and the build test.
 */
export interface BrokenContentCase {
  name: string;
  description: string;
  /** Every string must appear in the error output. */
  expected: string[];
}

export const brokenContentCases: BrokenContentCase[] = [
  {
    name: 'missing-field',
    description: 'a missing required field',
    expected: ['content/lessons/zonder-samenvatting.md: veld "summary": ontbreekt: dit veld is verplicht'],
  },
  {
    name: 'bad-enum',
    description: 'a value outside its enum',
    expected: [
      'content/prototypes/verkeerde-status.md: veld "status": de tekst "klaar" is geen geldige keuze; kies uit "idee", "in-uitvoering", "afgerond", "gestopt"',
    ],
  },
  {
    name: 'unknown-reference',
    description: 'a reference to an id that does not exist, with a suggestion',
    expected: ['content/lessons/onbekend-werkgebied.md: veld "regions[1]": werkgebied "duinrnd" bestaat niet (bedoel je "duinrand"?)'],
  },
  {
    name: 'duplicate-id',
    description: 'a duplicate id (x.md beside x.mdx)',
    expected: [
      'content/prototypes/rustige-werkplek.mdx: dubbel: content/prototypes/rustige-werkplek.md heeft dezelfde naam "rustige-werkplek"',
    ],
  },
  {
    name: 'image-without-alt',
    description: 'an image without alt text',
    expected: ['content/prototypes/foto-zonder-alt.md: veld "cover.alt": ontbreekt: beschrijf wat er op de afbeelding staat (alt-tekst)'],
  },
  {
    name: 'expert-without-consent',
    description: 'an expert without a consent date',
    expected: ['content/experts/zonder-toestemming.md: veld "consent": ontbreekt: dit veld is verplicht'],
  },
  {
    name: 'expert-without-contact',
    description: 'an expert without any contact',
    expected: ['content/experts/zonder-contact.md: veld "contact": heeft geen e-mailadres en geen telefoonnummer: vul er minstens één in'],
  },
  {
    name: 'too-long-title',
    description: 'a title that is too long',
    expected: ['content/prototypes/te-lange-titel.md: veld "title": is te lang: hoogstens 120 tekens, nu 133'],
  },
  {
    name: 'bad-date',
    description: 'a badly written date',
    expected: ['content/lessons/verkeerde-datum.md: veld "date": is geen geldige datum: schrijf jaar-maand-dag, bijvoorbeeld 2025-03-14'],
  },
  {
    name: 'impossible-date',
    description: 'a date that does not exist, written as a YAML date or as text',
    expected: [
      'content/lessons/dertig-februari.md: veld "date": bestaat niet: 30 februari 2025 is geen echte datum, want februari 2025 heeft 28 dagen',
      'content/lessons/dertig-februari.md: veld "updated": bestaat niet: 31 april 2025 is geen echte datum, want april heeft 30 dagen',
    ],
  },
  {
    name: 'future-date',
    description: 'a lesson date, consent or review date in the future (a typo in the year)',
    expected: [
      'content/lessons/jaartal-tikfout.md: veld "date": ligt in de toekomst: 14 maart 2062 is na vandaag',
      'content/experts/cor-toekomst.md: veld "consent": ligt in de toekomst: 10 januari 2062 is na vandaag',
      'content/experts/cor-toekomst.md: veld "reviewed": ligt in de toekomst: 10 januari 2062 is na vandaag',
    ],
  },
  {
    name: 'unknown-field',
    description: 'a misspelt field name, with the field it probably means',
    expected: [
      'content/lessons/tikfout-in-veld.md: onbekend veld "sumary": bedoel je "summary"?',
      'content/lessons/tikfout-in-veld.md: veld "summary": ontbreekt',
    ],
  },
  {
    name: 'phone-in-lesson',
    description: 'a phone number in the body of a lesson, with its line',
    expected: ['content/lessons/met-telefoonnummer.md, regel 15: bevat iets dat lijkt op een telefoonnummer ("06•••••••78"). Contactgegevens horen niet in een les'],
  },
  {
    name: 'email-in-summary',
    description: 'an e-mail address in the summary of a prototype, with its line',
    expected: [
      'content/prototypes/met-e-mailadres.md, regel 5: veld "summary": bevat iets dat lijkt op een e-mailadres ("p•••@deproef.example"). Contactgegevens horen niet in een goed voorbeeld',
    ],
  },
  {
    name: 'bsn-in-lesson',
    description: 'a BSN-like number (passing the elfproef) in a lesson, with its line',
    expected: ['content/lessons/met-bsn.md, regel 11: bevat iets dat lijkt op een burgerservicenummer (BSN) ("12•••••82"). Een BSN hoort nooit op de site'],
  },
  {
    name: 'remote-image',
    description: 'an image from another website (the site loads nothing from other servers)',
    expected: ['content/prototypes/foto-van-elders.md, regel 12: veld "cover.src": de afbeelding staat op een andere website'],
  },
  {
    name: 'broken-mdx',
    description: 'an .mdx body that does not parse, with its line',
    expected: ['content/prototypes/kapotte-mdx.mdx, regel 14: deze regel is niet te lezen als MDX. In een .mdx-stuk zijn { en < code'],
  },
  {
    name: 'missing-body-image',
    description: 'an image in the body whose file is not in public/ (a typo), with its line',
    expected: [
      'content/lessons/foto-met-tikfout.md, regel 13: de afbeelding "/uploads/bestaat-niet.jpg" staat niet in de map public/. Kijk of de naam goed gespeld is',
    ],
  },
  {
    name: 'relative-body-image',
    description: 'an image in the body with a relative path, which Astro would look for beside the text, with its line',
    expected: [
      'content/lessons/foto-naast-de-tekst.md, regel 11: het pad van de afbeelding ("./foto.jpg") moet beginnen met een /, zoals /uploads/foto.jpg',
    ],
  },
  {
    name: 'image-outside-public',
    description: 'an image field whose path climbs out of public/ with ".."',
    expected: [
      'content/prototypes/foto-buiten-public.md: veld "cover.src": het pad van de afbeelding ("/uploads/../../package.json") wijst naar een plek buiten de map public/',
    ],
  },
  {
    name: 'adoption-without-prototype',
    description: 'a lesson that reports a take-over without naming the goed voorbeeld',
    expected: [
      'content/lessons/overgenomen-zonder-voorbeeld.md: veld "adoption": een overname hoort bij een goed voorbeeld: vul bij "prototype" (Over het voorbeeld) in welk voorbeeld jullie overnamen',
    ],
  },
  {
    name: 'adoption-in-own-region',
    description: 'a lesson that reports a take-over in the werkgebied where the goed voorbeeld started',
    expected: [
      'content/lessons/overgenomen-in-eigen-werkgebied.md: veld "adoption": de werkgebieden van deze les (duinrand) zijn allemaal werkgebieden van het voorbeeld "rustige-werkplek" zelf',
    ],
  },
  {
    name: 'bad-map-shape',
    description: 'a werkgebied whose shape on the map is not path data the map can draw',
    expected: ['content/regions/krom.yaml: veld "shape": is geen vorm die de kaart kan tekenen'],
  },
  {
    name: 'broken-yaml',
    description: 'YAML that cannot be read, with its line',
    expected: ['content/regions/kapot.yaml: de YAML is niet te lezen (regel'],
  },
];
