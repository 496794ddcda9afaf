/**
 * Every Dutch word a visitor or editor reads, in one place (B1: short, plain
 * words): menus and pages, the names of the collections, field labels and
 * hints (the CMS and the pages share them), and option names. No imports:
 * the search page's browser code uses this file too. Texts that depend on
 * the site config (terms in months) are functions.
 */

const numberWords = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/** Small numbers as words, as in running text ("acht werkgebieden"); larger ones as digits. */
export const numberWord = (count: number) => numberWords[count] ?? String(count);

/** A term in months as people say it: "een jaar", "twee jaar", "6 maanden". */
export function termText(months: number): string {
  if (months % 12 === 0) return `${numberWord(months / 12)} jaar`;
  return months === 1 ? 'een maand' : `${months} maanden`;
}

/** "Elk jaar", "Elke twee jaar", "Elke 6 maanden". */
export function everyTermText(months: number): string {
  return months === 12 ? 'Elk jaar' : `Elke ${termText(months)}`;
}

/** "goed voorbeeld" -> "Goed voorbeeld". */
export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);

/** Editor hints repeated on every field where people write free text about their work. */
const noChildDetails = 'Schrijf geen namen of herkenbare details van kinderen of ouders.';
const noContactDetails = 'Zet hier geen e-mailadressen of telefoonnummers: die staan alleen in de profielen bij Wie weet wat.';
const pickProfiles = 'Kies profielen uit Wie weet wat.';
const mayBeEmpty = '(mag leeg)';

/**
 * The name of each collection: `kind` above a card or page, `section` for its
 * list and menu, `one`/`many` in running text and messages, `intro` on its
 * list page, `cms` in the CMS. Keys are the collection names of src/schemas/index.ts.
 */
const collections = {
  regions: {
    kind: 'Werkgebied',
    section: 'Werkgebieden',
    one: 'werkgebied',
    many: 'werkgebieden',
    intro: (count: number) =>
      `Ons samenwerkingsverband werkt in ${numberWord(count)} werkgebieden. Per werkgebied zie je wie je waarvoor kunt benaderen.`,
    cms: 'De werkgebieden van het samenwerkingsverband.',
  },
  topics: {
    kind: 'Thema',
    section: "Thema's",
    one: 'thema',
    many: "thema's",
    intro: () => "Alle thema's, met de voorbeelden, lessen en mensen die erbij horen.",
    cms: "Thema's, met synoniemen voor het zoeken.",
  },
  'network-groups': {
    kind: 'Netwerkgroep',
    section: 'Netwerkgroepen',
    one: 'netwerkgroep',
    many: 'netwerkgroepen',
    intro: () => 'In netwerkgroepen werken leerkrachten, intern begeleiders, ouders en zorgpartners samen aan één thema.',
    cms: 'De netwerkgroepen.',
  },
  prototypes: {
    kind: 'Goed voorbeeld',
    section: 'Goede voorbeelden',
    one: 'goed voorbeeld',
    many: 'goede voorbeelden',
    intro: () =>
      'Goede voorbeelden van inclusiever onderwijs uit onze scholen. Lees wat het is, hoe het werkt, waarom het werkt en wat (nog) niet werkt.',
    cms: 'Goede voorbeelden (prototypen) van inclusiever onderwijs.',
  },
  lessons: {
    kind: 'Les',
    section: 'Lessen',
    one: 'les',
    many: 'lessen',
    intro: () => 'Wat netwerkgroepen en scholen leerden: wat werkte, wat niet, en wat ze de volgende keer anders doen.',
    cms: 'Wat jullie leerden: wat werkte, wat niet, en wat je de volgende keer anders doet.',
  },
  experts: {
    kind: 'Wie weet wat',
    section: 'Wie weet wat',
    one: 'profiel',
    many: 'profielen',
    intro: () =>
      'Mensen in ons netwerk die je mag benaderen met een vraag. Gesorteerd op achternaam. Zoek je iemand in jouw buurt? Kijk bij je werkgebied.',
    cms: 'Profielen van mensen die anderen mogen benaderen. Alleen met toestemming van de persoon zelf.',
  },
  'parent-routes': {
    kind: 'Route voor ouders',
    section: 'Voor ouders',
    one: 'route voor ouders',
    many: 'routes voor ouders',
    intro: () => 'Stappen voor ouders en verzorgers: wat je kunt doen, wat je mag verwachten en wie je helpt.',
    cms: 'Routes voor ouders: van een zorg, in de woorden van ouders, naar stappen en de mensen die helpen. Schrijf eenvoudig Nederlands (B1): korte zinnen, gewone woorden.',
  },
  glossary: {
    kind: 'Woordenlijst',
    section: 'Woordenlijst',
    one: 'woord',
    many: 'woorden',
    intro: () => 'Woorden die je tegenkomt op school en bij het samenwerkingsverband, uitgelegd in gewone taal.',
    cms: "Moeilijke woorden met uitleg in gewone taal. Op de pagina's voor ouders legt de site deze woorden vanzelf uit.",
  },
};

/** A field's name in the CMS and on the page, and the editor's hint below it in the CMS. */
export interface FieldText {
  label: string;
  hint: string;
}

const image = {
  src: { label: 'Afbeelding', hint: 'Upload een foto of afbeelding.' },
  alt: {
    label: 'Beschrijving van de afbeelding (alt-tekst)',
    hint: 'Wat staat er op de afbeelding? Voor wie de afbeelding niet kan zien. Geen namen of gezichten van kinderen.',
  },
};

/** Labels and hints of every field, per collection (keys as in the schemas). */
const fields = {
  regions: {
    name: { label: 'Naam', hint: 'De naam van het werkgebied.' },
    municipalities: { label: 'Plaatsen', hint: 'De gemeenten, dorpen of wijken in dit werkgebied.' },
    description: { label: 'Beschrijving', hint: 'Een paar zinnen over het werkgebied en de scholen.' },
    coordinator: { label: 'Coördinator', hint: `Wie coördineert het werkgebied? Kies een profiel uit Wie weet wat.` },
  },
  topics: {
    name: { label: 'Naam', hint: 'De naam van het thema.' },
    description: { label: 'Beschrijving', hint: 'Waar gaat dit thema over? Een paar zinnen.' },
    synonyms: { label: 'Andere woorden', hint: 'Woorden waarmee mensen dit thema zoeken, bijvoorbeeld ASS voor autisme.' },
  },
  'network-groups': {
    name: { label: 'Naam', hint: 'De naam van de netwerkgroep.' },
    description: { label: 'Beschrijving', hint: 'Wat doet de netwerkgroep en wie doen er mee?' },
    topics: { label: "Thema's", hint: "Over welke thema's gaat de groep?" },
    regions: { label: 'Werkgebieden', hint: 'Laat leeg als de groep voor alle werkgebieden is.' },
    contact: { label: 'Contactpersoon', hint: 'Wie is het aanspreekpunt? Kies een profiel uit Wie weet wat.' },
  },
  prototypes: {
    title: { label: 'Titel', hint: 'Een korte, duidelijke titel (5 tot 120 tekens).' },
    summary: {
      label: 'Samenvatting',
      hint: `Twee of drie zinnen: wat is het en voor wie? Staat in lijsten en zoekresultaten (20 tot 300 tekens). ${noChildDetails}`,
    },
    regions: { label: 'Werkgebieden', hint: 'In welke werkgebieden gebeurt dit? Kies er minstens één.' },
    schoolTypes: { label: 'Onderwijstypen', hint: 'Voor welke soorten onderwijs is dit? Kies er minstens één.' },
    topics: { label: "Thema's", hint: 'Waar gaat het over? Kies minstens één thema.' },
    focusAreas: { label: 'Speerpunten', hint: 'Bij welke speerpunten van het ondersteuningsplan past dit?' },
    status: { label: 'Status', hint: 'Is het een idee, loopt het nog, is het afgerond of gestopt? Ook wat gestopt is, is leerzaam.' },
    schools: { label: 'Scholen', hint: `Welke scholen doen mee? ${mayBeEmpty}` },
    contacts: { label: 'Contactpersonen', hint: `Wie kunnen anderen hierover vragen? ${pickProfiles} ${noContactDetails}` },
    started: { label: 'Gestart', hint: `Wanneer begon het? ${mayBeEmpty}` },
    updated: { label: 'Bijgewerkt', hint: 'Wanneer is deze tekst voor het laatst bijgewerkt?' },
    cover: { label: 'Afbeelding', hint: `Een foto of tekening ${mayBeEmpty}.` },
    visits: { label: 'Kom kijken', hint: `Mogen anderen komen kijken? Vul in hoe een bezoek gaat en wie het plant. ${mayBeEmpty}` },
  },
  lessons: {
    title: { label: 'Titel', hint: 'Wat is de les, in een korte zin (5 tot 120 tekens)?' },
    summary: {
      label: 'Samenvatting',
      hint: `De les in twee of drie zinnen. Staat in lijsten en zoekresultaten (20 tot 300 tekens). ${noChildDetails}`,
    },
    date: { label: 'Datum', hint: 'Wanneer hebben jullie deze les getrokken?' },
    regions: { label: 'Werkgebieden', hint: 'Waar is dit geleerd? Kies minstens één werkgebied.' },
    topics: { label: "Thema's", hint: 'Waar gaat de les over? Kies minstens één thema.' },
    networkGroup: { label: 'Netwerkgroep', hint: `Welke netwerkgroep deelt deze les? ${mayBeEmpty}` },
    prototype: { label: 'Over het voorbeeld', hint: `Gaat de les over een goed voorbeeld op deze site? ${mayBeEmpty}` },
    schoolTypes: { label: 'Onderwijstypen', hint: `Voor welke soorten onderwijs geldt de les? ${mayBeEmpty}` },
    authors: { label: 'Geschreven door', hint: `Wie schreven de les? ${pickProfiles} ${mayBeEmpty}` },
    updated: { label: 'Bijgewerkt', hint: `Wanneer is de tekst voor het laatst aangepast? ${mayBeEmpty}` },
  },
  experts: {
    name: { label: 'Naam', hint: 'Voornaam en achternaam.' },
    role: { label: 'Rol', hint: 'Bijvoorbeeld Intern begeleider, Onderwijsconsulent of Ervaringsdeskundige ouder.' },
    organisation: { label: 'Organisatie', hint: 'School, zorgpartner of organisatie waar je werkt.' },
    regions: { label: 'Werkgebieden', hint: 'In welke werkgebieden kunnen mensen je benaderen?' },
    topics: { label: "Thema's", hint: 'Waar weet je veel van? Kies minstens één thema.' },
    askMeAbout: {
      label: 'Vraag mij over',
      hint: 'Eén tot tien korte zinnen, zoals "een groepsplan voor gedrag". Geen namen van kinderen.',
    },
    contact: { label: 'Contact', hint: 'Minstens een e-mailadres of een telefoonnummer.' },
    availability: { label: 'Bereikbaar', hint: `Bijvoorbeeld "dinsdag en donderdag". ${mayBeEmpty}` },
    consent: {
      label: 'Toestemming gegeven op',
      hint: 'De datum waarop deze persoon toestemming gaf om het profiel te publiceren (AVG).',
    },
    reviewed: {
      label: 'Profiel gecontroleerd',
      hint: (months: number) => `Wanneer is dit profiel voor het laatst nagekeken? Na ${months} maanden staat er "mogelijk verouderd".`,
    },
    photo: { label: 'Foto', hint: `Alleen met toestemming. ${mayBeEmpty}` },
    audience: {
      label: 'Voor wie',
      hint: 'Wie mag deze persoon benaderen? Kies ook Ouders als ouders mogen mailen of bellen, bijvoorbeeld bij een ervaringsouder. Alleen met toestemming van de persoon zelf.',
    },
  },
  'parent-routes': {
    title: { label: 'Titel', hint: 'Waar gaat de route over? Kort en in gewone woorden (5 tot 120 tekens).' },
    situation: {
      label: 'In de woorden van ouders',
      hint: 'Hoe zegt een ouder het zelf? Bijvoorbeeld: Mijn kind gaat bijna niet meer naar school. Dit is de link op de pagina Voor ouders (5 tot 160 tekens).',
    },
    summary: {
      label: 'Samenvatting',
      hint: `Twee korte zinnen: voor wie is de route en wat heb je eraan? (20 tot 300 tekens). ${noChildDetails}`,
    },
    topics: { label: "Thema's", hint: `Bij welke thema's past de route? ${mayBeEmpty}` },
    steps: { label: 'Stappen', hint: 'Minstens twee stappen, in de volgorde waarin een ouder ze zet.' },
    updated: { label: 'Bijgewerkt', hint: 'Wanneer is de route voor het laatst nagekeken?' },
  },
  /** The parts of one step of a parent route. */
  routeSteps: {
    title: { label: 'Wat kun je doen?', hint: 'De stap in een paar woorden, bijvoorbeeld: Praat met de leerkracht.' },
    text: {
      label: 'Uitleg',
      hint: `Wat doe je in deze stap? Korte zinnen, gewone woorden (hoogstens 600 tekens). Woorden uit de woordenlijst legt de site zelf uit. ${noChildDetails}`,
    },
    expect: { label: 'Wat mag je verwachten?', hint: `Wat mag een ouder verwachten van school of van wie helpt? ${mayBeEmpty}` },
    contacts: {
      label: 'Wie helpt: vaste mensen',
      hint: `Kies profielen uit Wie weet wat. Alleen profielen voor ouders komen op de pagina. ${mayBeEmpty}`,
    },
    roles: {
      label: 'Wie helpt: rollen',
      hint: `Een woord uit de rol van een profiel, zoals onderwijsconsulent of ervaringsouder. Per werkgebied toont de site de mensen met die rol. ${mayBeEmpty}`,
    },
  },
  glossary: {
    term: { label: 'Woord', hint: 'Het woord zoals het in teksten staat, bijvoorbeeld OPP of thuiszitter.' },
    full: { label: 'Voluit', hint: `Wat de afkorting betekent, bijvoorbeeld ontwikkelingsperspectiefplan. ${mayBeEmpty}` },
    explanation: { label: 'Uitleg', hint: 'Leg het woord uit in één of twee korte zinnen, in gewone taal (10 tot 400 tekens).' },
    synonyms: {
      label: 'Andere woorden',
      hint: `Woorden waarmee ouders zoeken, bijvoorbeeld rugzak. Het zoeken vindt dan ook de routes voor ouders waarin dit woord staat. ${mayBeEmpty}`,
    },
  },
  /** The parts of a prototype's "kom kijken" offer. */
  visits: {
    how: { label: 'Hoe gaat een bezoek?', hint: 'Bijvoorbeeld: Kom een ochtend meekijken in groep 3. Daarna praten we na. (10 tot 300 tekens)' },
    until: { label: 'Tot en met', hint: `Na deze datum staat het aanbod niet meer op de site. ${mayBeEmpty}` },
    contact: { label: 'Wie plant het bezoek?', hint: 'Kies een profiel uit Wie weet wat. Die persoon krijgt de mail.' },
  },
  /** The parts of an expert's `contact`. */
  contact: {
    email: { label: 'E-mailadres', hint: 'Het werkadres, niet een privéadres.' },
    phone: { label: 'Telefoonnummer', hint: 'Een werknummer, bijvoorbeeld 072 555 01 23.' },
    preferred: { label: 'Liefst via', hint: 'Hoe wil je het liefst benaderd worden?' },
  },
  /** The parts of every image field. */
  image,
  draft: { label: 'Concept', hint: 'Een concept staat niet op de website.' },
};

export const nl = {
  skipLink: 'Naar de inhoud',
  nav: {
    label: 'Hoofdmenu',
    home: 'Home',
    about: 'Over deze site',
  },
  collections,
  fields,
  /** The body text of Markdown entries, in the CMS. */
  body: {
    label: 'Tekst',
    hints: {
      prototypes: `Vul de kopjes in. ${noChildDetails} ${noContactDetails}`,
      lessons: `Vul de kopjes in. Vertel ook wat niet werkte: daar leren anderen het meest van. ${noChildDetails} ${noContactDetails}`,
      experts: 'Een korte introductie: wie ben je en waarmee kun je anderen helpen? (mag leeg)',
      'parent-routes': `Goed om te weten: extra uitleg onder de stappen. Schrijf eenvoudig Nederlands. ${noChildDetails} ${mayBeEmpty}`,
    },
    /** The section headings a new entry starts with (the content model's template). */
    sections: {
      prototypes: ['Wat is het?', 'Hoe werkt het?', 'Waarom werkt het hier?', 'Wat werkt (nog) niet?', 'Wat kunnen anderen ervan leren?'],
      lessons: ['Wat werkte?', 'Wat werkte niet?', 'Wat doen we de volgende keer anders?', 'Tip voor anderen'],
    },
  },
  /** Names of the options of the fixed lists (enums). */
  options: {
    schoolTypes: {
      voorschool: 'Voorschool',
      po: 'Basisonderwijs (po)',
      sbo: 'Speciaal basisonderwijs (sbo)',
      so: 'Speciaal onderwijs (so)',
      vo: 'Voortgezet onderwijs (vo)',
      vso: 'Voortgezet speciaal onderwijs (vso)',
      mbo: 'Mbo',
    },
    statuses: {
      idee: 'Idee',
      'in-uitvoering': 'In uitvoering',
      afgerond: 'Afgerond',
      gestopt: 'Gestopt',
    },
    contactChannels: { email: 'E-mail', telefoon: 'Telefoon' },
    audiences: { professionals: 'Professionals (school, zorg, samenwerkingsverband)', ouders: 'Ouders en verzorgers' },
  },
  /** The speerpunten of the support plan: full name, short name and goal. */
  focusAreas: {
    'pedagogische-alliantie': {
      label: 'Een sterkere pedagogische alliantie van ouders, leerkracht en school',
      short: 'Pedagogische alliantie',
      goal: 'Ouders en leerlingen krijgen meer regie en vormen met de leerkracht een sterke pedagogische alliantie.',
    },
    'regie-leerkracht': {
      label: 'Meer regie voor leerkrachten',
      short: 'Regie voor leerkrachten',
      goal: 'Leerkrachten voelen zich beter gehoord, gezien en geholpen om verschil te maken.',
    },
    'lerend-netwerk': {
      label: 'Het lerend vermogen van ons netwerk vergroten',
      short: 'Lerend netwerk',
      goal: 'Van elkaar leren hoe we inclusiever onderwijs kunnen vormgeven, rekening houdend met verschillende situaties.',
    },
    samenwerken: {
      label: 'Onze vaardigheden om samen te werken (en leven)',
      short: 'Samenwerken',
      goal: 'Nog beter leren samenwerken, zodat we altijd het belang van de leerling voorop houden.',
    },
    'lokaal-anticiperen': {
      label: 'Inclusiever en adaptiever werken in de werkgebieden',
      short: 'Lokaal anticiperen',
      goal: 'Lokale oplossingen (blijven) maken, zodat alle leerlingen thuisnabij onderwijs krijgen.',
    },
  },
  focusArea: {
    kind: 'Speerpunt',
    section: 'Speerpunten',
    intro: (count: number) => `De ${numberWord(count)} speerpunten uit ons ondersteuningsplan, en wat we er al voor doen.`,
  },
  cms: {
    mdxNote: 'Stukken met extra onderdelen (.mdx, zoals citaten) staan hier niet: die past de redactie met de hand aan.',
    lengthRule: (min: number, max: number | undefined) => (max === undefined ? `Minstens ${min} tekens` : `${min} tot ${max} tekens`),
    imageWithoutAlt:
      'Een afbeelding heeft een beschrijving nodig (alt-tekst): vul in wat er op de afbeelding staat, voor wie hem niet kan zien.',
    adminTitle: (siteName: string) => `Beheer | ${siteName}`,
    noJavaScript: (siteName: string) => `Het beheer van ${siteName} werkt alleen met JavaScript.`,
  },
  search: {
    label: 'Zoeken',
    placeholder: 'Bijvoorbeeld: thuiszitter, ASS in groep 3',
    button: 'Zoek',
    keywords: 'Trefwoorden',
  },
  searchPage: {
    title: 'Zoeken',
    intro: 'Zoek in goede voorbeelden, lessen, mensen, werkgebieden en thema\'s. Maak je zoekvraag kleiner met de filters.',
    fieldLabel: 'Waar zoek je naar?',
    filtersHeading: 'Filters',
    sortLabel: 'Sorteren',
    sortRelevance: 'Beste resultaat eerst',
    sortDate: 'Nieuwste eerst',
    clearFilters: 'Alle filters weghalen',
    noJavaScript: 'Zoeken werkt met JavaScript, en dat staat uit in je browser. Je vindt alles ook via de lijsten:',
    loading: 'Bezig met zoeken…',
    unavailable: 'Zoeken lukt nu niet. Probeer het later opnieuw, of kijk in de lijsten hieronder.',
    startHint: 'Typ een zoekwoord, of kies een filter.',
    more: 'Meer resultaten tonen',
    resultsFor: (count: number, query: string) =>
      `${count} ${count === 1 ? 'resultaat' : 'resultaten'}${query ? ` voor ‘${query}’` : ''}`,
    withFilters: (count: number) => ` met ${count} ${count === 1 ? 'filter' : 'filters'}`,
    partialMatches: 'Geen pagina heeft al je zoekwoorden. ',
    noResults: (query: string) => `Geen resultaten${query ? ` voor ‘${query}’` : ''}.`,
    noResultsTips: 'Tips: gebruik minder of andere woorden, of haal filters weg.',
    noResultsBrowse: 'Of kijk per werkgebied of thema:',
    showing: (shown: number, total: number) => `${shown} van ${total} getoond`,
    chosenCount: (count: number) => ` (${count} gekozen)`,
  },
  /** Names of the search filters, by filter key (src/search/contract.ts), in the order the search page shows them. */
  searchFilters: {
    soort: 'Soort',
    werkgebied: 'Werkgebied',
    thema: 'Thema',
    onderwijstype: 'Onderwijstype',
    speerpunt: 'Speerpunt',
    status: 'Status',
    netwerkgroep: 'Netwerkgroep',
  },
  /** The kind of the pages about the site (about, privacy, accessibility) in search results. */
  pageKind: 'Over deze site',
  /** The link under a hub section that shows only the newest cards. */
  hubMore: {
    link: (count: number, noun: string) => `Bekijk alle ${count} ${noun} in het zoeken`,
    prototypes: 'goede voorbeelden',
    lessons: 'lessen',
    experts: 'mensen',
  },
  /** The pages about the site. Texts with a link come in parts: before, the link text, after. */
  pages: {
    privacy: {
      lead: 'Hoe we omgaan met persoonsgegevens op deze site. Kort gezegd: zo weinig mogelijk, en alleen met toestemming.',
      cookiesHeading: 'Geen cookies, geen volgsoftware',
      cookies:
        'Deze site plaatst geen cookies en gebruikt geen statistieken- of volgsoftware. Alles komt van onze eigen server: er gaan geen verzoeken naar andere bedrijven. Ook de zoekfunctie werkt helemaal in je eigen browser.',
      profilesHeading: 'Profielen bij Wie weet wat',
      profiles: (consentMonths: number, reviewMonths: number) =>
        `Een profiel staat alleen op de site als de persoon daar toestemming voor heeft gegeven. We noteren de datum van die toestemming. Na ${consentMonths} maanden vragen we opnieuw of het profiel mag blijven staan. ${everyTermText(reviewMonths)} controleren we of een profiel nog klopt; is dat langer dan ${reviewMonths} maanden geleden, dan staat er "mogelijk verouderd" bij.`,
      contactData:
        'Contactgegevens staan alleen in profielen, niet in lessen of goede voorbeelden. Ze zijn niet doorzoekbaar met de zoekfunctie van deze site.',
      childrenHeading: 'Over kinderen',
      children: 'In lessen en goede voorbeelden staan geen namen of herkenbare details van kinderen of ouders.',
      changeHeading: 'Je profiel aanpassen of verwijderen',
      change: ['Wil je dat je profiel verandert of verdwijnt? Mail naar ', '. We passen het zo snel mogelijk aan, uiterlijk binnen vier weken.'],
    },
    about: {
      lead: (siteName: string) =>
        `${siteName} is de plek waar scholen, netwerkgroepen en ouders in ons samenwerkingsverband goede voorbeelden en lessen delen, en laten zien wie wat weet.`,
      whyHeading: 'Waarom deze site?',
      why: 'In ons ondersteuningsplan staat het al: goede voorbeelden en lessen blijven vaak hangen in één klas, één school of één dorp. Daardoor vinden we op veel plekken apart het wiel uit. Deze site maakt zichtbaar wat er al is, zodat de ervaring op de ene plek anderen op weg helpt. Ook wat níet werkte, want daar leer je minstens zoveel van.',
      whatHeading: 'Wat vind je hier?',
      what: {
        prototypes: ': wat is het, hoe werkt het, waarom werkt het daar, en wat werkt (nog) niet?',
        lessons: ': wat netwerkgroepen en scholen leerden, ook van wat misging.',
        experts: ': mensen die je mag benaderen met een vraag, per werkgebied en thema.',
      },
      shareHeading: 'Een les of goed voorbeeld delen',
      share: [
        'Iedereen in het netwerk mag een les, een goed voorbeeld of een eigen profiel aanleveren. Je vult een formulier in op ',
        'de beheerpagina',
        '. Daar staat bij elk veld wat we bedoelen. Een redacteur leest je tekst na en zet hem online.',
      ],
      mindIntro: 'Let op bij het schrijven:',
      mind: [
        'Schrijf geen namen of herkenbare details van kinderen of ouders.',
        'Zet geen e-mailadressen of telefoonnummers in je tekst. Contactgegevens staan alleen in de profielen bij Wie weet wat, en alleen met toestemming.',
        'Vertel ook wat niet werkte. Dat helpt anderen het meest.',
      ],
      mailInstead: ['Lukt het niet? Mail je tekst naar ', ', dan zetten wij hem erop.'],
    },
    accessibility: {
      lead: (organisation: string) => `${organisation} wil dat iedereen deze site kan gebruiken, ook met een beperking.`,
      whatHeading: 'Wat we doen',
      what: [
        'De site volgt de richtlijnen van WCAG 2.2 op niveau AA, zoals de wet van Nederlandse overheidsorganisaties vraagt.',
        'Je kunt alles met het toetsenbord bedienen. Waar je bent, zie je aan een duidelijke rand.',
        'De teksten zijn in eenvoudig Nederlands (taalniveau B1). Teksten voor ouders controleren we bij elke wijziging automatisch: op afkortingen die we niet uitleggen, en op lange zinnen en woorden.',
        'De site werkt op telefoon, tablet en computer, ook als je de tekst groter maakt.',
        "Bij elke wijziging controleren we alle soorten pagina's automatisch op toegankelijkheid. Dat vindt niet alles; daarom testen we ook zelf.",
      ],
      problemHeading: 'Iets werkt niet?',
      problem: ['Loop je ergens tegenaan? Laat het ons weten via ', '. Je krijgt binnen vijf werkdagen antwoord.'],
    },
  },
  /** Messages about src/site.config.ts, for whoever sets up a fork. */
  settings: {
    invalid: (lines: readonly string[]) => `De site-instellingen kloppen niet:\n${lines.join('\n')}`,
    line: (field: string, message: string) => `- src/site.config.ts: veld "${field}": ${message}`,
    cmsInvalid: (lines: readonly string[]) => `De instellingen voor het beheer (CMS) kloppen niet:\n${lines.join('\n')}`,
    cmsLine: (field: string, message: string) => `- cms.${field}: ${message}`,
    repo: 'moet eigenaar/naam zijn, bijvoorbeeld swv/leernetwerk',
    missing: (why: string) => `ontbreekt: ${why}`,
    githubNeedsProxy: 'GitHub heeft het adres van een OAuth-proxy nodig',
    gitlabNeedsApp: 'GitLab heeft de id van een OAuth-applicatie nodig',
    giteaNeedsApp: 'Gitea heeft de id van een OAuth-applicatie nodig',
    giteaNeedsServer: 'Gitea heeft het adres van de server nodig',
    giteaNeedsApi: 'Gitea heeft het adres van de API nodig',
    colour: 'moet een kleur zijn als #0b5e6b',
    parentSupportContact: 'heeft geen e-mailadres, telefoonnummer of website: vul er minstens één in',
    contrast: (background: string, ratio: string, minimum: number) =>
      `heeft te weinig contrast met "${background}": ${ratio}, minstens ${minimum} nodig (WCAG AA)`,
  },
  /** What the build and `npm run check:content` print. */
  build: {
    errorCount: (count: number) => `De inhoud heeft ${count} ${count === 1 ? 'fout' : 'fouten'}:`,
    fixAndRetry: 'Herstel de genoemde velden en probeer het opnieuw.',
    warning: (problem: string) => `Let op: ${problem}`,
    error: (problem: string) => `Fout: ${problem}`,
    checkFailed: (count: number) => `${count} ${count === 1 ? 'fout' : 'fouten'} in de inhoud. Herstel ze en probeer het opnieuw.`,
    checkPassed: (files: number, warnings: number) =>
      `Inhoud in orde: ${files} bestanden gecontroleerd${warnings ? `, ${warnings} opmerkingen` : ''}.`,
    adminWritten: (folder: string, files: number) => `Beheer (Decap CMS) geschreven in /${folder}/ (${files} bestanden van decap-cms).`,
    noSearchIndex: (dir: string) => `Geen zoekindex gevonden in ${dir}: draai eerst npm run build (npm start doet dat zelf).`,
    searchIndexFailed: (errors: string) => `Pagefind kon geen index maken: ${errors}`,
    searchIndexWritten: (pages: number) => `Zoekindex gemaakt: ${pages} pagina's.`,
  },
  breadcrumbs: 'Kruimelpad',
  footer: {
    questions: 'Vragen of een fout gezien?',
    mailUs: 'Mail ons',
    feeds: 'Volg nieuwe lessen en voorbeelden',
    feedLessons: 'RSS: nieuwe lessen',
    feedPrototypes: 'RSS: nieuwe goede voorbeelden',
    privacy: 'Privacy',
    accessibility: 'Toegankelijkheid',
    about: 'Over deze site',
    sitemap: 'Alle pagina’s',
    /** Follows the site's name in bold. */
    aboutSite: (organisation: string) => ` is de kennisbank van ${organisation}.`,
  },
  feeds: {
    lessonsTitle: (siteName: string) => `Nieuwe lessen | ${siteName}`,
    lessonsDescription: (organisation: string) => `Lessons learned uit het netwerk van ${organisation}.`,
    prototypesTitle: (siteName: string) => `Nieuwe goede voorbeelden | ${siteName}`,
    prototypesDescription: (organisation: string) => `Goede voorbeelden van inclusiever onderwijs uit ${organisation}.`,
    regionTitle: (region: string, siteName: string) => `Nieuw in ${region} | ${siteName}`,
    regionDescription: (region: string) => `Nieuwe lessen en goede voorbeelden uit werkgebied ${region}.`,
  },
  prototype: {
    contactsHeading: 'Wie kan je hierover vragen?',
    lessonsHeading: 'Lessen over dit voorbeeld',
    noLessons: 'Er zijn nog geen lessen over dit voorbeeld gedeeld.',
    shareLesson: 'Heb jij hier ervaring mee? Deel je les.',
  },
  lesson: {
    aboutPrototype: 'Deze les gaat over het goede voorbeeld',
    sharedBy: 'Gedeeld door',
    sharedOn: 'op',
    sharedOnAlone: 'Gedeeld op',
  },
  expert: {
    askMeAbout: 'Vraag mij over',
    contactHeading: 'Contact',
    contactWith: (name: string) => `Contact met ${name}`,
    email: 'E-mail',
    phone: 'Bellen',
    preferred: 'liefst',
    outdated: 'Mogelijk verouderd',
    outdatedExplanation: (date: string, reviewMonths: number) =>
      `Dit profiel is voor het laatst gecontroleerd op ${date}, meer dan ${termText(reviewMonths)} geleden. Klopt er iets niet meer? Laat het ons weten.`,
    outdatedMailSubject: (name: string) => `Profiel ${name}`,
    prototypesHeading: 'Contactpersoon voor deze goede voorbeelden',
    lessonsHeading: 'Schreef deze lessen',
    coordinatorOf: 'Coördinator van werkgebied',
    contactFor: 'Aanspreekpunt van netwerkgroep',
    description: (name: string, role: string, organisation: string, askMeAbout: readonly string[]) =>
      `${name}, ${role} bij ${organisation}. Vraag mij over ${askMeAbout.join(', ')}.`,
  },
  facts: {
    label: (title: string) => `Gegevens van ${title}`,
  },
  contactSheet: {
    title: (siteName: string, organisation: string, region: string) => `${siteName}, ${organisation}. Contactlijst ${region}.`,
    name: 'Naam',
    roleAndOrganisation: 'Rol en organisatie',
    topics: "Thema's",
    contact: 'Contact',
  },
  hub: {
    whoToAsk: 'Wie kan je waarvoor benaderen?',
    whoToAskIntro: 'Mensen in dit werkgebied, per thema. Neem gerust contact op.',
    contactSheet: 'Print deze pagina voor een contactlijst op papier.',
    prototypesHeading: 'Goede voorbeelden',
    lessonsHeading: 'Lessen',
    lessonsOf: (groupName: string) => `Lessen van ${groupName}`,
    expertsHeading: 'Mensen met kennis van dit thema',
    networkGroupsHeading: 'Netwerkgroepen',
    regionsHeading: 'Werkgebieden',
    topicsHeading: "Thema's",
    nothingYet: 'Hier is nog niets gedeeld.',
    feed: 'Nieuw in dit werkgebied (RSS)',
    alsoKnownAs: 'Ook gezocht als',
    allRegions: 'Alle werkgebieden',
    focusGoal: 'Doel uit het ondersteuningsplan',
    focusWhatWeDo: 'Wat we al doen voor dit speerpunt',
    focusLessons: 'Lessen uit deze voorbeelden',
    focusOpenBox: (section: string) =>
      `In paragraaf ${section} van het ondersteuningsplan staat bij dit speerpunt nog een leeg kader "Voorbeeld". Deze pagina vult dat kader met wat scholen en netwerkgroepen al doen.`,
  },
  lists: {
    sortedNewest: 'Nieuwste eerst',
    count: (count: number, singular: string, plural: string) => `${count} ${count === 1 ? singular : plural}`,
    people: { one: 'persoon', many: 'personen' },
    page: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    pagination: 'Paginering',
    filterHint: 'Liever zoeken op werkgebied of thema?',
  },
  home: {
    lead: 'Leer van elkaar. Vind goede voorbeelden, lees wat wel en niet werkte, en vind wie je verder kan helpen.',
    searchHeading: 'Waar zoek je naar?',
    routesHeading: 'Hoe kunnen we je helpen?',
    latestLessons: 'Nieuwste lessen',
    somePrototypes: 'Goede voorbeelden',
    regionsHeading: 'Werkgebieden',
    allLessons: 'Alle lessen',
    allPrototypes: 'Alle goede voorbeelden',
    routes: {
      teacher: {
        title: 'Ik ben leerkracht of intern begeleider',
        text: 'en zoek een aanpak die werkt voor een kind of een groep.',
        link: 'Bekijk de goede voorbeelden',
      },
      group: {
        title: 'Ik zit in een netwerkgroep',
        text: 'en wil delen wat we geleerd hebben, ook wat niet werkte.',
        link: 'Zo deel je een les',
      },
      school: {
        title: 'Ik zoek iemand met kennis',
        text: 'in mijn werkgebied, over een thema of een vraag.',
        link: 'Wie weet wat?',
      },
      parent: {
        title: 'Ik ben ouder of verzorger',
        text: 'en maak me zorgen over mijn kind op school, of zoek een school die past.',
        link: 'Wat kan ik doen?',
      },
    },
  },
  /** The pages for parents (/ouders/ and the routes): plain Dutch (B1), checked by tests/unit/parent-texts.test.ts. */
  parents: {
    title: 'Voor ouders en verzorgers',
    lead: 'Maak je je zorgen over je kind op school? Of zoek je een school die past? Hier lees je wat je kunt doen. En wie je helpt, bij jou in de buurt.',
    routesHeading: 'Wat speelt er bij jou?',
    routesIntro: 'Kies wat het meest lijkt op jouw situatie. Je ziet dan de stappen die je kunt zetten.',
    noRoutes: 'Hier komen binnenkort routes voor ouders.',
    expectHeading: 'Wat mag je verwachten?',
    expect: [
      'School praat mét jou over je kind. Niet over je hoofd heen.',
      'School en zorg maken afspraken samen mét jou, niet via jou.',
      'Jij kent je kind het best. Wat jij weet, telt mee.',
      'Je krijgt uitleg in gewone woorden. Snap je iets niet? Vraag het gerust.',
      'Je mag iemand meenemen naar een gesprek. Bijvoorbeeld een ervaringsouder.',
      'Samen zoeken we de beste plek voor je kind. Het liefst dicht bij huis.',
    ],
    aboutHeading: 'Wie zijn wij?',
    /** Follows the organisation's name, which is left as it is (its words are not linked). */
    aboutName: ' is een samenwerkingsverband voor passend onderwijs.',
    about: [
      'Alle basisscholen en speciale scholen in de regio werken daarin samen. Samen zorgen we dat elk kind onderwijs krijgt dat past. Het liefst op een school dicht bij huis.',
      'Heeft je kind extra hulp nodig? Dan regelt de school dat eerst zelf. Lukt dat niet? Dan helpen wij de school. En jou.',
    ],
    wordsLink: ['Kom je een moeilijk woord tegen? Kijk in de ', 'woordenlijst', '.'],
    experienceHeading: 'Praat met een ervaringsouder',
    experienceIntro:
      'Een ervaringsouder heeft zelf een kind dat extra hulp nodig had. Die weet hoe het voelt als het op school niet goed gaat. Een ervaringsouder luistert, denkt mee en gaat soms mee naar een gesprek.',
    experienceChoose: 'Kies de plaats waar je kind naar school gaat:',
    experienceCount: (count: number) => `${count} ${count === 1 ? 'ervaringsouder' : 'ervaringsouders'}`,
    experienceNone: 'Hier is nog geen ervaringsouder. Neem gerust contact op met het steunpunt hieronder.',
    /** Words in a profile's role that make it an ervaringsouder; matched case-insensitively. */
    experienceRoles: ['ervaringsouder', 'ervaringsdeskundige ouder'],
    situationQuote: 'Herken je dit?',
    chooseRegionHeading: 'Waar gaat je kind naar school?',
    chooseRegionIntro: 'Kies de plaats. Je ziet dan de stappen met de mensen die bij jou in de buurt helpen.',
    overviewHeading: 'De route in het kort',
    stepsHeading: 'Zo ziet de route eruit',
    stepNumber: (number: number, total: number) => `Stap ${number} van ${total}`,
    expectLabel: 'Wat mag je verwachten?',
    helpLabel: 'Wie helpt?',
    swvWide: 'Voor het hele samenwerkingsverband',
    elsewhere: 'Werkt niet in dit werkgebied, maar kan je verder helpen',
    goodToKnow: 'Goed om te weten',
    regionTitle: (situation: string, region: string) => `${situation} (${region})`,
    regionLabel: 'Werkgebied',
    otherRegion: 'Andere plaats kiezen',
    printHint: 'Tip: print deze pagina. De route past op één A4. Neem hem mee naar het gesprek met school.',
    printFooter: (siteName: string, url: string) => `Uit ${siteName}: ${url}`,
    wordsHeading: 'Moeilijke woorden op deze pagina',
    allWords: 'Alle woorden',
    supportHeading: 'Liever eerst iemand spreken?',
    supportJump: 'Liever meteen iemand spreken? Bel of mail het steunpunt',
    support: 'Weet je niet waar je moet beginnen? Of wil je even je verhaal kwijt? Neem contact op met:',
    supportEmail: 'Mail',
    supportPhone: 'Bel',
    supportWebsite: 'Website',
    nothingStored: 'Deze site bewaart niets over jou of je kind. Er is geen formulier: je mailt of belt zelf.',
    backToParents: 'Terug naar Voor ouders',
  },
  /** The "kom kijken" box on a goed voorbeeld. */
  visit: {
    heading: 'Kom kijken',
    until: (date: string) => `Dit aanbod geldt tot en met ${date}.`,
    askWith: (name: string) => `Maak een afspraak met ${name}:`,
    mailSubject: (title: string) => `Kom kijken: ${title}`,
    mailBody:
      'Hallo,\n\nIk wil graag komen kijken. Ik ben: (je naam, je rol en je school)\nIk kan op: (een paar dagen)\n\nLet op: schrijf geen namen of andere details van kinderen in deze mail.\n',
    noContact: 'Mail de redactie: zij brengen je in contact.',
  },
  /** The glossary page (/woorden/). */
  glossaryPage: {
    title: 'Woordenlijst',
    lead: 'Woorden die je tegenkomt op school en bij het samenwerkingsverband. Uitgelegd in gewone taal.',
    jump: 'Ga naar een woord',
    alsoCalled: 'Ook wel',
    usedIn: 'Staat in',
    missing: 'Mis je een woord? Mail het ons, dan leggen we het uit:',
  },
  /** The plain-language report of `npm run check:content` for text parents read. */
  plainLanguage: {
    unknownAbbreviation: (word: string) =>
      `"${word}" lijkt een afkorting die niet in de woordenlijst staat. Een ouder snapt dat niet: schrijf het voluit, of zet het met uitleg in content/glossary/.`,
    longSentence: (words: number, max: number, start: string) =>
      `zin van ${words} woorden (meer dan ${max}): "${start} …". Maak er twee zinnen van.`,
    longWord: (word: string, letters: number, max: number) =>
      `lang woord "${word}" (${letters} letters, meer dan ${max}). Kies een korter woord, of zet het met uitleg in de woordenlijst.`,
    nothing: 'Taal voor ouders (B1): niets te melden.',
    heading: (count: number, maxWords: number, maxLetters: number) =>
      `Taal voor ouders (B1): ${count} ${count === 1 ? 'opmerking' : 'opmerkingen'}, geen fouten. Grens: ${maxWords} woorden per zin, ${maxLetters} letters per woord (plainLanguage in src/site.config.ts).`,
  },
  status: {
    label: 'Status',
  },
  dateUpdated: 'Bijgewerkt op',
  notFound: {
    title: 'Pagina niet gevonden',
    lead: 'Deze pagina bestaat niet (meer). Misschien is de link oud of zit er een typfout in het adres.',
    try: 'Probeer dit:',
    home: 'Naar de homepage',
    search: 'Zoek op de site',
  },
} as const;
