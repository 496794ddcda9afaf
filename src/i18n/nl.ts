/**
 * Every Dutch word a visitor, editor or fork maintainer reads, in one place
 * (B1: short, plain words): menus and pages, the names of the collections,
 * field labels and hints (the CMS and the pages share them), option names,
 * and the messages of the content check, the build, `npm start` and the
 * generated docs. The search page's texts live in nl-search.ts, so its browser
 * code loads only those; they are part of `nl` under the same keys. No other
 * imports: tools/ may import this file. Texts with values are functions.
 * tests/unit/dutch-in-nl.test.ts fails on a Dutch sentence anywhere else in src/.
 */
import { searchAnswer, searchControls, searchPage } from './nl-search.ts';

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
    municipalities: { label: 'Plaatsen', hint: 'De gemeenten en dorpen in dit werkgebied. Geen wijken: die kun je in de beschrijving noemen.' },
    description: { label: 'Beschrijving', hint: 'Een paar zinnen over het werkgebied en de scholen.' },
    coordinator: { label: 'Coördinator', hint: `Wie coördineert het werkgebied? Kies een profiel uit Wie weet wat.` },
    neighbours: {
      label: 'Buren',
      hint: `Welke werkgebieden liggen er het dichtstbij? De dichtstbijzijnde eerst. Is er in dit werkgebied nog niemand voor een thema, dan zoekt de site daar. ${mayBeEmpty}`,
    },
    shape: {
      label: 'Vorm op de kaart',
      hint: `De omtrek van het werkgebied als SVG-pad, bijvoorbeeld M 10 10 L 90 10 L 90 60 Z, in dezelfde tekening als de andere werkgebieden (zie de README). Zonder vorm toont de kaart vakjes. ${mayBeEmpty}`,
    },
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
    conditions: {
      label: 'Wat is nodig?',
      hint: `Wat heeft een andere school nodig om dit na te doen? Tijd, mensen, partners, geld, een schoolsituatie of draagvlak. Zet bij elk punt of het echt nodig is of alleen helpt. ${mayBeEmpty}`,
    },
    reviewed: { label: 'Nagekeken', hint: `Wanneer is voor het laatst nagekeken of dit voorbeeld nog klopt? ${mayBeEmpty}` },
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
    focusAreas: {
      label: 'Speerpunten',
      hint: `Bij welke speerpunten van het ondersteuningsplan past de les? Gaat de les over een goed voorbeeld, dan telt ze al mee bij de speerpunten daarvan. ${mayBeEmpty}`,
    },
    networkGroup: { label: 'Netwerkgroep', hint: `Welke netwerkgroep deelt deze les? ${mayBeEmpty}` },
    prototype: { label: 'Over het voorbeeld', hint: `Gaat de les over een goed voorbeeld op deze site? ${mayBeEmpty}` },
    adoption: {
      label: 'Overgenomen van een ander werkgebied',
      hint: `Hebben jullie dit goede voorbeeld overgenomen uit een ander werkgebied? Vul dan in hoe het gaat. Kies hierboven ook het voorbeeld, en bij Werkgebieden jullie eigen werkgebied. ${mayBeEmpty}`,
    },
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
  /** The parts of a lesson's `adoption`: how taking over a goed voorbeeld from another werkgebied went. */
  adoption: {
    result: { label: 'Hoe gaat het?', hint: 'Werkt het bij jullie? Kies Loopt nog als het te vroeg is om dat te zeggen.' },
    changed: { label: 'Wat deden jullie anders?', hint: `Wat pasten jullie aan voor je eigen school of werkgebied? Hoogstens 300 tekens. ${mayBeEmpty}` },
  },
  /** The parts of one condition of a prototype ("Wat is nodig?"). */
  conditions: {
    kind: { label: 'Soort', hint: 'Waar gaat het over?' },
    text: { label: 'Wat precies?', hint: 'Bijvoorbeeld: twee uur per week voor de intern begeleider (hoogstens 160 tekens).' },
    needed: { label: 'Echt nodig', hint: 'Aan: zonder dit lukt het niet. Uit: het helpt, maar het kan ook zonder.' },
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
    /** How taking over a goed voorbeeld went (a lesson's `adoption.result`). Neutral words: no "beter" or "slechter". */
    adoptionResults: { werkt: 'Werkt', 'werkt-deels': 'Werkt deels', 'werkt-niet': 'Werkt niet', 'loopt-nog': 'Loopt nog' },
    /** What a goed voorbeeld needs (a prototype's `conditions[].kind`). */
    conditionKinds: {
      tijd: 'Tijd',
      mensen: 'Mensen',
      partners: 'Partners',
      geld: 'Geld',
      schoolsituatie: 'Schoolsituatie',
      draagvlak: 'Draagvlak',
    },
  },
  /** The speerpunten of the support plan: full name, short name and goal. */
  focusAreas: {
    'pedagogische-alliantie': {
      label: 'Een sterkere pedagogische alliantie van ouders, leerkracht en school',
      short: 'Pedagogische alliantie',
      goal: 'Ouders en leerlingen krijgen meer regie en vormen met de leerkracht een sterke pedagogische alliantie.',
    },
    veerkracht: {
      label: 'Leerlingen boren hun veerkracht aan in kwetsbare perioden',
      short: 'Veerkracht',
      goal: 'Leerlingen weten hun veerkracht aan te boren in kwetsbare perioden en krijgen de kans om hun eigen potentie te ontdekken en te ontwikkelen.',
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
  },
  cms: {
    lengthRule: (min: number, max: number | undefined) => (max === undefined ? `Minstens ${min} tekens` : `${min} tot ${max} tekens`),
    imageWithoutAlt:
      'Een afbeelding heeft een beschrijving nodig (alt-tekst): vul in wat er op de afbeelding staat, voor wie hem niet kan zien.',
    adminTitle: (siteName: string) => `Beheer | ${siteName}`,
    noJavaScript: (siteName: string) => `Het beheer van ${siteName} werkt alleen met JavaScript.`,
  },
  search: {
    label: 'Zoeken',
    placeholder: 'Bijv. ASS in groep 3',
    button: 'Zoek',
  },
  searchPage,
  /** Names of the search filters, by filter key (src/search/contract.ts), in the order the search page shows them. */
  searchFilters: {
    soort: 'Soort',
    werkgebied: 'Werkgebied',
    thema: 'Thema',
    onderwijstype: 'Onderwijstype',
    speerpunt: 'Speerpunt',
    status: 'Status',
    netwerkgroep: 'Netwerkgroep',
    leerfase: 'Leerfase',
    'overgenomen-in': 'Overgenomen in',
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
      rememberedRegion:
        'Kies je bij het zoeken je werkgebied, dan onthoudt je eigen browser dat op dit apparaat. Het wordt nergens heen gestuurd. Kies je een ander werkgebied, dan onthoudt hij dat; kies je weer "je werkgebied", dan vergeet hij het.',
      profilesHeading: 'Profielen bij Wie weet wat',
      profiles: (consentMonths: number, reviewMonths: number) =>
        `Een profiel staat alleen op de site als de persoon daar toestemming voor heeft gegeven. We noteren de datum van die toestemming. Na ${consentMonths} maanden vragen we opnieuw of het profiel mag blijven staan; tot we die nieuwe toestemming hebben, staan het e-mailadres en telefoonnummer niet op de site. ${everyTermText(reviewMonths)} controleren we of een profiel nog klopt; is dat langer dan ${reviewMonths} maanden geleden, dan staat er "mogelijk verouderd" bij.`,
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
        'Iedereen in het netwerk mag een les, een goed voorbeeld of een aanvulling aanleveren, zonder account. Je vult een formulier in op ',
        'de pagina Delen',
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
    searchIndexReadAgain:
      "Zoekindex: de pagina's die al tijdens het bouwen gelezen waren, klopten niet met de gebouwde pagina's. Alle pagina's zijn opnieuw gelezen; de zoekindex is compleet.",
    searchIndexWritten: (pages: number, whileRendering: number) =>
      `Zoekindex gemaakt uit ${pages} pagina's (${whileRendering} daarvan al gelezen terwijl de andere pagina's werden gemaakt).`,
  },
  /**
   * The .mdx check (src/content-check/mdx-check.ts) and the guard in the MDX pipeline (src/security/mdx-guard.ts).
   * `tags` are the allowed components as written, e.g. ["<Quote>", "<Tip>"].
   */
  mdxCheck: {
    onlyThese: (tags: readonly string[]) =>
      `gebruik alleen ${tags.length > 1 ? `${tags.slice(0, -1).join(', ')} en ${tags[tags.length - 1]}` : tags.join('')}`,
    code: (onlyThese: string) => `code (import/export) mag niet in een .mdx-stuk; ${onlyThese}`,
    expression:
      'code tussen { } mag niet in een .mdx-stuk, ook geen opmerking als {/* ... */}. Bedoel je het teken { zelf? Schrijf dan \\{',
    element: (tag: string, guess: string | undefined, onlyThese: string) =>
      `${tag} mag niet in een .mdx-stuk${guess ? ` (bedoel je ${guess}?)` : ''}; ${onlyThese}`,
    prop: (tag: string, prop: string, allowed: readonly string[]) =>
      `${tag} mag geen "${prop}" hebben; ${allowed.length ? `wel ${allowed.map((name) => `${name}="..."`).join(' en ')}` : 'er mag niets bij'}`,
    propCode: (tag: string, prop: string) =>
      `${tag}: code tussen { } mag niet bij "${prop}"; schrijf de tekst tussen aanhalingstekens, zoals ${prop}="..."`,
    spread: (tag: string) => `${tag}: code tussen { } mag niet; schrijf elke eigenschap apart, met de tekst tussen aanhalingstekens`,
    propWithoutValue: (tag: string, prop: string) => `${tag}: "${prop}" heeft geen tekst; schrijf ${prop}="..."`,
    missingProp: (tag: string, prop: string) => `${tag} mist ${prop}="..."`,
    localImage: (url: string) =>
      `de afbeelding "${url}" kan zo niet in een .mdx-stuk: zet hem in de map public/ en schrijf het pad met een / ervoor, zoals "/uploads/foto.jpg"`,
    layout: 'het veld "layout" mag niet in een .mdx-stuk',
    unreadable: (detail: string) =>
      `deze regel is niet te lezen als MDX. In een .mdx-stuk zijn { en < code: sluit elke <Quote> en <Tip> af met </Quote> of </Tip>, schrijf \\{ of \\< als je het teken zelf bedoelt, en gebruik geen <!-- opmerking -->. (Technisch: ${detail})`,
    unreadableTop: 'de gegevens bovenaan zijn niet te lezen zoals de site ze leest; begin met een regel --- , dan de velden, dan weer een regel ---',
    stoppedByGuard: (where: string, problem: string) => `De bouw is gestopt voordat er iets uit dit stuk kon draaien. ${where}: ${problem}`,
  },
  /** Why the content check refuses a date (after "veld "date": "). */
  dates: {
    noSuchMonth: (written: string, month: number) =>
      `bestaat niet: ${written} is geen echte datum, want een jaar heeft 12 maanden (maand ${month} bestaat niet). Schrijf jaar-maand-dag, bijvoorbeeld 2025-03-14`,
    noSuchDay: (written: string) => `bestaat niet: ${written} is geen echte datum, want een maand begint bij dag 1`,
    /** `written`: "30 februari 2025"; `month`: "april", or "februari 2025" (its length depends on the year). */
    tooManyDays: (written: string, month: string, days: number) =>
      `bestaat niet: ${written} is geen echte datum, want ${month} heeft ${days} dagen`,
    inFuture: (date: string) => `ligt in de toekomst: ${date} is na vandaag. Vul de echte datum in; is het jaartal een tikfout?`,
  },
  /** The check the CMS runs before it saves (src/cms/client/save-check.ts): the build's rules, in the browser. */
  cmsCheck: {
    heading: 'Niet opgeslagen',
    intro: (count: number) =>
      count === 1
        ? 'Eén ding moet anders voordat dit op de site kan. Pas het aan en sla daarna opnieuw op.'
        : `${count} dingen moeten anders voordat dit op de site kan. Pas ze aan en sla daarna opnieuw op.`,
    /** After Decap's own "Kan item niet opslaan:". */
    notice: (count: number) => `${count === 1 ? 'één ding moet' : `${count} dingen moeten`} anders. Je ziet wat onder in het scherm.`,
    /** A problem in the body, which has no field name in the build's message (it names the line there). */
    inBody: (message: string) => `in de tekst: ${message}`,
    close: 'Sluiten',
  },
  /** Messages of the content check and `npm run format:content` about how files are written (characters, encoding, folders, references). */
  formatCheck: {
    notUtf8: 'is geen geldige UTF-8-tekst; sla het bestand op als UTF-8',
    /** Id of a heading whose text gives no id (only emoji): shows in the address after #. */
    headingFallbackId: 'kop',
    characterNames: {
      nul: 'een nul-teken',
      backspace: 'een backspace-teken',
      verticalTab: 'een verticale tab',
      formFeed: 'een pagina-einde',
      control: 'een onzichtbaar stuurteken',
      lineSeparator: 'een onzichtbaar regeleinde',
      paragraphSeparator: 'een onzichtbaar alinea-einde',
      bidi: 'een teken dat de leesrichting omdraait',
      surrogate: 'een half teken',
      nonCharacter: 'een ongeldig teken',
    },
    /** `character` is a name from characterNames with its code; `context` the text just before it. */
    unsafeCharacter: (character: string, context: string, escaped: boolean, disguises: boolean) =>
      `bevat ${character}${context ? ` na "${context}"` : ' aan het begin'}${escaped ? ', geschreven als code' : ''}. Haal het weg: ` +
      (disguises
        ? 'zo\'n teken laat de tekst anders zien dan hij is'
        : 'zulke tekens komen vaak mee bij kopiëren uit Word of een pdf, en ze maken de RSS-feeds of de gegevens onleesbaar'),
    folder: {
      symlink: (folder: string) => `is een snelkoppeling (symlink); de site volgt die niet. Zet het bestand zelf in ${folder}`,
      subfolder: (folder: string) => `is een map; de site leest geen mappen in ${folder}. Zet de bestanden er direct in, of haal de map weg`,
      notAFile: 'is geen gewoon bestand; haal het weg',
      hidden: 'is een verborgen bestand (de naam begint met een punt) en wordt niet gelezen',
      backup: 'lijkt een reservekopie of tijdelijk bestand en wordt niet gelezen; haal het weg als je het niet meer nodig hebt',
      noExtension: (folder: string, extensions: readonly string[], example: string) =>
        `heeft geen extensie; in ${folder} leest de site alleen ${extensions.map((extension) => `.${extension}`).join(' en ')}: hernoem het bijvoorbeeld naar ${example}`,
      upperCaseExtension: (renamed: string) => `wordt niet gelezen: de extensie moet in kleine letters. Hernoem het naar ${renamed}`,
      markdownInDataFolder: (one: string, renamed: string) =>
        `wordt niet gelezen: een ${one} is een .yaml-bestand met alleen velden, zonder tekst eronder. Zet de velden in ${renamed}`,
      yamlInEntryFolder: (one: string, renamed: string) =>
        `wordt niet gelezen: een ${one} is een Markdown-bestand (.md) met de velden tussen twee regels --- en de tekst eronder. Zet het in ${renamed}`,
      renameTo: (renamed: string) => `wordt niet gelezen: de site leest alleen .md en .mdx. Hernoem het naar ${renamed}`,
      notACollection: (folders: readonly string[], guess: string | undefined) =>
        `wordt niet gelezen: de site leest alleen de mappen ${folders.join(', ')}${guess ? ` (bedoel je content/${guess}/?)` : ''}. Zet het in een van die mappen, of haal het weg`,
      otherFile: (folder: string, extensions: readonly string[]) =>
        `wordt niet gelezen: in ${folder} staan alleen ${extensions.map((extension) => `.${extension}`).join('- en ')}-bestanden. Haal het weg (afbeeldingen horen in public/uploads/)`,
    },
    /** `npm run format:content`. */
    format: {
      unreadable: (reason: string, line: number | undefined) =>
        `de YAML is niet te lezen${line === undefined ? '' : ` (regel ${line})`}: ${reason}. Let op dubbele punten, aanhalingstekens en inspringen.`,
      meaningWouldChange: (fields: readonly string[]) =>
        `opmaken zou de inhoud veranderen (${fields.map((field) => (field === 'body' ? 'de tekst' : `veld "${field}"`)).join(', ')}); dit bestand is niet opgemaakt. Meld dit aan wie de site onderhoudt`,
      formatted: (file: string) => `opgemaakt: ${file}`,
      done: (count: number) => `${count} ${count === 1 ? 'bestand' : 'bestanden'} opgemaakt.`,
      refused: (count: number) =>
        `\n${count} ${count === 1 ? 'bestand kan' : 'bestanden kunnen'} niet worden opgemaakt. Er is niets veranderd, ook niet aan de andere bestanden. Herstel ze en probeer het opnieuw.`,
      failed: (reason: string) => `Opmaken mislukt, er is niets veranderd: ${reason}`,
    },
    references: {
      unknown: (one: string, id: string, collection: string) => `${one} "${id}" bestaat niet (er is geen bestand content/${collection}/${id}.*)`,
      typo: (one: string, id: string, guess: string) => `${one} "${id}" bestaat niet (bedoel je "${guess}"?)`,
      wrongCase: (one: string, id: string, guess: string) =>
        `${one} "${id}" bestaat niet: namen in verwijzingen zijn altijd in kleine letters (bedoel je "${guess}"?)`,
      repeated: (one: string, id: string, firstPosition: number) =>
        `${one} "${id}" staat al op plek ${firstPosition} in deze lijst; haal de tweede weg`,
    },
  },
  /** The content check of public/uploads/ and of image paths (src/content-check/uploads.ts, image-paths.ts). */
  uploadCheck: {
    photoNames: { png: 'PNG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP', avif: 'AVIF' },
    otherKinds: {
      empty: 'een leeg bestand',
      svg: 'een SVG-tekening',
      html: 'een webpagina (HTML)',
      pdf: 'een PDF',
      heic: 'een HEIC-foto (van een iPhone), die niet elke browser kan tonen',
      zip: 'een ZIP- of Office-bestand',
      bmp: 'een BMP-afbeelding',
      tiff: 'een TIFF-afbeelding',
      text: 'een tekstbestand (zoals code)',
    },
    notAPhoto: (found: string | undefined) =>
      `is geen foto (PNG, JPEG, GIF, WebP of AVIF)${found ? `, maar ${found}` : ''}. In public/uploads/ mogen alleen foto's staan: andere bestanden, zoals SVG, HTML of JavaScript, kunnen code bevatten die op de site wordt uitgevoerd. Haal het bestand weg, of sla het op als JPEG of PNG en upload het opnieuw.`,
    wrongExtension: (kind: string, extension: string, wanted: readonly string[]) =>
      `is een ${kind}-foto, maar ${extension ? `de naam eindigt op ".${extension}"` : 'de naam heeft geen extensie'}. Geef het bestand een naam die eindigt op ${wanted.map((name) => `"${name}"`).join(' of ')}, en pas de verwijzingen ernaar aan.`,
    hiddenMarkup: (kind: string, markup: string) =>
      `begint als een ${kind}-foto, maar bevat ook code ("${markup}"). Zo'n bestand kan op de site code uitvoeren. Open de foto, sla hem opnieuw op als JPEG of PNG en upload hem opnieuw.`,
    symlink:
      'is een snelkoppeling (symbolische link). Bij het bouwen komt het bestand waar die naar wijst op de site, ook als dat buiten de repository staat. Zet het bestand zelf in de map, of haal de snelkoppeling weg.',
    notAFile: 'is geen gewoon bestand of map. Haal het weg.',
    paths: {
      elsewhere: (src: string) =>
        `de afbeelding staat op een andere website ("${src}"). De site laadt niets van andere servers (privacy van bezoekers): zet de afbeelding in public/uploads/ en verwijs ernaar met /uploads/naam.jpg.`,
      notAPath: (src: string) => `"${src}" is geen pad naar een afbeelding. Zet de afbeelding in public/uploads/ en schrijf /uploads/naam.jpg.`,
      relative: (src: string) =>
        `het pad van de afbeelding ("${src}") moet beginnen met een /, zoals /uploads/foto.jpg. Zet de afbeelding in de map public/uploads/.`,
      backslash: (src: string) => `het pad van de afbeelding ("${src}") bevat een \\. Schrijf / tussen mappen, zoals /uploads/foto.jpg.`,
      invisible: (src: string) =>
        `het pad van de afbeelding (${JSON.stringify(src)}) bevat een onzichtbaar teken, zoals een tab of een regeleinde. Schrijf het pad opnieuw, zoals /uploads/foto.jpg.`,
      badEncoding: (src: string) => `het pad van de afbeelding ("${src}") heeft een % die niet klopt. Schrijf de naam zonder %, zoals /uploads/foto.jpg.`,
      outside: (src: string) =>
        `het pad van de afbeelding ("${src}") wijst naar een plek buiten de map public/ (door "..", "//" of een snelkoppeling). Verwijs naar een afbeelding in public/uploads/, zoals /uploads/foto.jpg.`,
      notAnImage: (src: string) =>
        `"${src}" is geen afbeelding: de naam moet eindigen op .jpg, .jpeg, .png, .gif, .webp, .avif of .svg.`,
      missing: (src: string) =>
        `de afbeelding "${src}" staat niet in de map public/. Kijk of de naam goed gespeld is, ook hoofdletters en kleine letters, en of de foto geüpload is.`,
    },
  },
  /**
   * The content check about whole files, fields and lines (src/content-check/validation.ts,
   * schema-issues.ts, content-files.ts, collection-folder.ts; src/security/mdx-guard.ts).
   */
  check: {
    /** Before the message of a problem in a field: `veld "summary": is te lang ...`. */
    inField: (field: string) => `veld "${field}": `,
    /** Where a problem is, when its line is known: `content/lessons/x.md, regel 14`. */
    atLine: (file: string, line: number) => `${file}, regel ${line}`,
    noFields: 'bevat geen velden: verwacht regels als "naam: waarde"',
    badFileName: (id: string) => `de bestandsnaam "${id}" mag alleen kleine letters, cijfers en streepjes hebben, zoals "ouders-aan-tafel"`,
    reservedFileName: (id: string) => `de bestandsnaam "${id}" kan niet: Windows gebruikt die naam zelf, en daar kan niemand het bestand openen. Geef het een langere naam, zoals "${id}-les"`,
    duplicate: (earlier: string, id: string) =>
      `dubbel: ${earlier} heeft dezelfde naam "${id}"; geef een van beide een andere naam of verwijder er een`,
    /** `one`: the collection's name for one entry ("goed voorbeeld"). */
    draftReference: (one: string, id: string) => `${one} "${id}" is nog een concept; de link is pas zichtbaar als dat gepubliceerd is`,
    unknownField: (key: string, guess: string | undefined) =>
      `onbekend veld "${key}"${guess ? `: bedoel je "${guess}"?` : ': is het een tikfout?'}`,
    unreadableFile: (reason: string) => `het bestand is niet te lezen: ${reason}`,
    noFrontmatter: 'de gegevens bovenaan ontbreken: het bestand moet beginnen met een regel --- , dan de velden, dan weer ---',
    /** What a symlink in content/ stands in for (after "Zet het bestand zelf in"). */
    collectionFolder: 'de map van een collectie',
    /** The file the MDX guard names when it does not know which file it is reading. */
    someMdxFile: 'een .mdx-stuk',
  },
  /** Personal data where it does not belong (src/content-check/personal-data.ts, privacy-rules.ts, privacy-guard.ts). */
  privacyCheck: {
    /** What was found, by kind. */
    labels: {
      bsn: 'een burgerservicenummer (BSN)',
      email: 'een e-mailadres',
      phone: 'een telefoonnummer',
      iban: 'een IBAN-rekeningnummer',
      address: 'een adres (postcode met huisnummer)',
      child: 'de naam van een kind met een leeftijd',
    },
    /** `bevat iets dat lijkt op een telefoonnummer ("06 ****** 78")`: `label` from labels, `masked` the value masked. */
    looksLike: (label: string, masked: string) => `bevat iets dat lijkt op ${label} ("${masked}")`,
    /** `what` is a looksLike text. */
    bsn: (what: string) => `${what}. Een BSN hoort nooit op de site: haal het nummer weg.`,
    iban: (what: string) => `${what}. Een rekeningnummer hoort niet op de site: haal het weg.`,
    address: (what: string) => `${what}. Een adres hoort niet op de site: noem alleen de plaats of de wijk.`,
    child: (what: string) => `${what}. Een naam met een leeftijd maakt een kind herkenbaar: schrijf bijvoorbeeld "een leerling uit groep 4".`,
    /** `place`: one of the places below; `where`: contactInProfile or contactElsewhere. */
    contactData: (what: string, place: string, where: string) => `${what}. Contactgegevens horen niet in ${place}: haal ze weg. ${where}`,
    /** Where contact data were found, in words, by the collection's name for one entry. */
    places: {
      unknown: 'deze tekst',
      textOf: (one: string) => `de tekst van een ${one}`,
      entry: (one: string) => `een ${one}`,
    },
    contactInProfile: 'Zet ze alleen in het veld "contact" van het profiel.',
    contactElsewhere: 'Wie je kunt benaderen, staat met toestemming in een profiel bij "Wie weet wat".',
    remoteImage: (src: string) =>
      `de afbeelding staat op een andere website ("${src}"). De site laadt niets van andere servers (privacy van bezoekers): zet de afbeelding in de map public/ en verwijs ernaar met /naam.jpg.`,
    /** `looksLike` is a looksLike text. */
    imageFileName: (looksLike: string) =>
      `de bestandsnaam van de afbeelding ${looksLike}. Die naam staat in het adres van de afbeelding: geef het bestand een andere naam.`,
    fileName: (looksLike: string) => `de bestandsnaam ${looksLike}. De bestandsnaam wordt het adres van de pagina: geef het bestand een andere naam.`,
  },
  /** The content health report of `npm run check:content` (src/content-check/health.ts): warnings, never errors. */
  health: {
    /** Headings, in the order the report lists them. */
    headings: {
      'review-overdue': 'Profielen die lang niet zijn gecontroleerd',
      'consent-expired': 'Profielen met verlopen toestemming',
      'prototype-without-lessons': 'Goede voorbeelden zonder lessen',
      'expert-unlinked': 'Profielen waar niets naar verwijst',
      'topic-without-content': "Thema's zonder voorbeelden of lessen",
      'region-without-content': 'Werkgebieden zonder voorbeelden of lessen',
    },
    reviewOverdue: (date: string, months: number) =>
      `laatst gecontroleerd op ${date}, meer dan ${months} maanden geleden. Vraag of het profiel nog klopt en zet de datum van vandaag bij "reviewed".`,
    consentExpired: (date: string, months: number) =>
      `toestemming gegeven op ${date}, meer dan ${months} maanden geleden. Het e-mailadres en telefoonnummer staan daarom niet op de site (contact loopt via de redactie) tot de toestemming vernieuwd is. Vraag opnieuw toestemming en zet de datum bij "consent", of haal het profiel weg.`,
    prototypeWithoutLessons: 'heeft nog geen lessen. Vraag de contactpersonen wat ze ervan geleerd hebben.',
    expertUnlinked:
      'geen goed voorbeeld, les, netwerkgroep of werkgebied verwijst naar dit profiel. Het is alleen te vinden via "Wie weet wat" en het zoeken.',
    hubWithoutContent: 'heeft nog geen goede voorbeelden of lessen. De pagina toont alleen mensen en netwerkgroepen, of is leeg.',
    nothingToReport: 'Gezondheid van de inhoud: niets te melden.',
    report: (count: number) => `Gezondheid van de inhoud (${count} ${count === 1 ? 'opmerking' : 'opmerkingen'}, geen fouten):`,
  },
  /** What a field's value breaks, after `veld "x": ` (src/schemas/messages.ts, the zod error map; shared.ts, experts.ts). */
  zod: {
    /** What a field must be, by zod's type name. */
    typeNames: {
      string: 'een tekst',
      number: 'een getal',
      boolean: 'ja of nee (true of false)',
      array: 'een lijst',
      object: 'een groep velden',
      date: 'een datum',
    } as Record<string, string>,
    /** What was written instead. */
    input: {
      empty: 'een leeg veld',
      list: 'een lijst',
      date: 'een datum',
      group: 'een groep velden',
      text: (text: string) => `de tekst "${text}"`,
      value: (value: string) => `de waarde ${value}`,
    },
    missing: 'ontbreekt: dit veld is verplicht',
    /** `expected` from typeNames, `input` from input. */
    wrongType: (expected: string, input: string) => `moet ${expected} zijn, maar is ${input}`,
    /** `now`: how many characters or values there are, when that is known. */
    emptyText: 'is leeg: vul dit veld in',
    tooShort: (minimum: number | bigint, now?: number) => `is te kort: minstens ${minimum} tekens${now === undefined ? '' : `, nu ${now}`}`,
    emptyList: 'is leeg: kies of vul minstens één waarde in',
    tooFewValues: (minimum: number | bigint, now?: number) =>
      `heeft te weinig waarden: minstens ${minimum}${now === undefined ? '' : `, nu ${now}`}`,
    tooSmall: (minimum: number | bigint) => `is te klein: minstens ${minimum}`,
    tooLong: (maximum: number | bigint, now?: number) => `is te lang: hoogstens ${maximum} tekens${now === undefined ? '' : `, nu ${now}`}`,
    tooManyValues: (maximum: number | bigint, now?: number) =>
      `heeft te veel waarden: hoogstens ${maximum}${now === undefined ? '' : `, nu ${now}`}`,
    tooBig: (maximum: number | bigint) => `is te groot: hoogstens ${maximum}`,
    /** `options`: the allowed values, quoted and joined: `"po", "vo"`. */
    notAnOption: (input: string, options: string) => `${input} is geen geldige keuze; kies uit ${options}`,
    /** `keys`: the unknown fields, quoted and joined. */
    unknownKeys: (keys: string, count: number) =>
      count === 1 ? `onbekend veld ${keys}: is het een tikfout?` : `onbekende velden ${keys}: zijn het tikfouten?`,
    wrongForm: (input: string) => `heeft niet de goede vorm (${input})`,
    invalidDate: 'is geen geldige datum: schrijf jaar-maand-dag, bijvoorbeeld 2025-03-14',
    altMissing: 'ontbreekt: beschrijf wat er op de afbeelding staat (alt-tekst), voor wie de afbeelding niet kan zien',
    altEmpty: 'is leeg: beschrijf wat er op de afbeelding staat (alt-tekst)',
    invalidEmail: 'is geen geldig e-mailadres',
    invalidPhone: 'is geen geldig telefoonnummer (bijvoorbeeld 072 555 01 23)',
    noContact: 'heeft geen e-mailadres en geen telefoonnummer: vul er minstens één in',
    preferredMissing: 'zegt "liefst via" een kanaal dat niet is ingevuld',
  },
  /**
   * The prose of docs/inhoudsmodel.md (src/schemas/content-model-doc.ts, `npm run docs`). Parameters
   * written as `code` arrive with their backticks; Markdown marks (#, |, -) are added by the generator.
   */
  contentModelDoc: {
    generatedNote: '<!-- Gemaakt uit src/schemas/ met npm run docs (src/schemas/content-model-doc.ts). Pas dit bestand niet met de hand aan. -->',
    title: 'Inhoudsmodel',
    intro: [
      'Dit is de vorm van alle inhoud in `content/`: welke stukken er zijn, waar ze staan, welke velden ze hebben en',
      "welke regels daarvoor gelden. De regels komen uit de schema's in `src/schemas/`. De controle (`npm run check:content`",
      'en elke build) en het formulier van de CMS op `/admin/` gebruiken dezelfde regels.',
    ],
    overviewHeader: ['Inhoud', 'Map', 'Vorm', 'Webadres'],
    /** "a, b en c" */
    listInWords: (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`),
    /** "a of b" */
    orList: (items: readonly string[]) => items.join(' of '),
    /** The kind of a field: one, many. */
    kindNames: {
      string: ['tekst', 'teksten'],
      boolean: ['ja of nee', 'ja-of-nee-waarden'],
      date: ['datum', 'datums'],
      image: ['afbeelding', 'afbeeldingen'],
      enum: ['keuze', 'keuzes'],
      reference: ['verwijzing', 'verwijzingen'],
      object: ['groep velden', 'groepen velden'],
      list: ['lijst', 'lijsten'],
    },
    listOf: (many: string) => `lijst van ${many}`,
    characters: { one: 'teken', many: 'tekens' },
    values: { one: 'waarde', many: 'waarden' },
    fromTo: (min: number, max: number, many: string) => `${min} tot ${max} ${many}`,
    /** `count`: "3 tekens". */
    atMost: (count: string) => `hoogstens ${count}`,
    atLeast: (count: string) => `minstens ${count}`,
    dateRule: 'jaar-maand-dag, bijvoorbeeld `2025-03-14`',
    imageRule: 'pad naar een afbeelding in `public/`, bijvoorbeeld `/uploads/foto.jpg`',
    booleanRule: '`true` of `false`',
    chooseFrom: (options: string) => `kies uit ${options}`,
    referenceRule: (one: string, folder: string) => `id van een ${one} uit ${folder}`,
    objectRule: 'de velden hieronder',
    each: (rules: string) => `elk: ${rules}`,
    mayOmitEmpty: 'weglaten mag (dan leeg)',
    mayOmit: (value: string) => `weglaten mag (dan ${value})`,
    required: { no: 'nee', yes: 'ja', ifGroup: (group: string) => `ja, als er een ${group} is` },
    dataForm: (endings: string) => `YAML (${endings}): alleen velden.`,
    entryForm: (endings: string) => `Markdown (${endings}): de velden staan in de kop tussen twee regels \`---\`, de tekst (body) eronder.`,
    freeBody: '**De tekst** onder de kop is vrije tekst in Markdown.',
    bodySections: '**De tekst** onder de kop begint met deze tussenkopjes (de CMS zet ze klaar in een nieuw stuk):',
    folder: (folder: string) => `Map: ${folder}`,
    form: (form: string) => `Vorm: ${form}`,
    address: (address: string) => `Webadres: ${address}`,
    fieldsHeader: ['Veld', 'Soort', 'Verplicht', 'Regels', 'Uitleg'],
    generalHeading: 'Voor alle inhoud',
    generalRules: (rule: {
      idPattern: string;
      exampleId: string;
      exampleFile: string;
      exampleAddress: string;
      withDrafts: string;
      draftField: string;
      draftTrue: string;
    }) => [
      '- **Id = bestandsnaam.** Het id van een stuk is de naam van het bestand zonder de extensie. Gebruik kleine',
      `  letters, cijfers en streepjes (kebab-case, de controle gebruikt ${rule.idPattern}), bijvoorbeeld`,
      `  ${rule.exampleId}. Het id is ook het laatste stuk van het webadres: ${rule.exampleFile} wordt`,
      `  ${rule.exampleAddress}.`,
      '- **Verwijzingen.** Een veld van de soort *verwijzing* bevat het id van een ander stuk. Bestaat dat stuk niet,',
      '  dan stopt de controle met een melding.',
      `- **Concepten.** ${rule.withDrafts} hebben het veld`,
      `  ${rule.draftField}. Met ${rule.draftTrue} is een stuk een concept: de controle kijkt het na, maar het staat niet op de site.`,
      '- **Datums** schrijf je als jaar-maand-dag, bijvoorbeeld `2025-03-14`.',
      '- **Verplicht** betekent: het veld moet er staan en mag niet leeg zijn. Een veld dat niet verplicht is, mag je weglaten.',
    ],
    fixedListsHeading: 'Vaste lijsten',
    fixedListsIntro: 'Deze lijsten staan in de code, niet in `content/`. Een ander samenwerkingsverband kan ze daar aanpassen.',
    focusAreasHeading: 'Speerpunten',
    focusAreasIntro: (address: string) => `Uit het ondersteuningsplan. Elk speerpunt heeft een pagina ${address}.`,
    focusAreasHeader: ['Id', 'Naam', 'Kort', 'Doel', 'Ondersteuningsplan'],
    planSection: (section: string) => `paragraaf ${section}`,
    schoolTypesHeading: 'Onderwijstypen',
    optionsHeader: ['Id', 'Naam'],
    statusesHeading: (one: string) => `Status van een ${one}`,
  },
  /** What `npm start` prints (scripts/start.ts, tools/ports.ts, tools/processes.ts). */
  start: {
    building: 'De site wordt eerst één keer gebouwd, voor de zoekfunctie ...',
    buildFailed: 'De site kon niet worden gebouwd. Herstel wat hierboven staat en start opnieuw met npm start.',
    /** What cannot start when every port is taken (PortsInUseError). */
    theSite: 'de site',
    refused: (problem: string) => `De lokale opslag weigerde een verzoek: ${problem}.`,
    portMoved: (wanted: number, port: number) => `Poort ${wanted} was bezet, daarom draait de site op poort ${port}.\n`,
    /** `moved`: portMoved or nothing. */
    running: (moved: string, address: string, adminAddress: string) => `
${moved}De site draait op ${address} en het beheer op ${adminAddress} (stoppen: Ctrl+C).
Wat je in het beheer opslaat, komt meteen in content/ (foto's in public/uploads/) en is na een paar seconden ook te vinden via het zoeken.
Wat iemand instuurt via ${address}delen/, komt als concept in content/ (zie het beheer).
`,
    stopped: 'De site is gestopt.',
    portsInUse: (port: number, others: number, what: string) =>
      `Poort ${port} is bezet, en de ${others} poorten erna ook, dus ${what} kan niet starten.\n` +
      'Draait npm start misschien al in een ander venster? Stop dat eerst met Ctrl+C, of sluit het programma dat deze poorten gebruikt. Start daarna opnieuw met npm start.',
    commandFailed: (name: string, code: number | null) => `${name} stopte met code ${code}`,
    stoppedUnexpectedly: (name: string, code: number | null) => `${name} stopte onverwacht (code ${code}). Kijk hierboven wat er mis ging.`,
  },
  /**
   * Why the guard in front of the CMS's local backend refuses a request (tools/local-cms-guard.ts,
   * tools/local-cms-paths.ts): the CMS shows it to the editor, `npm start` prints it. `shown` is a path in quotes.
   */
  localCms: {
    /** What cannot start when every port is taken. */
    backendName: 'de lokale opslag voor het beheer',
    refused: (problem: string) => `Geweigerd door de lokale opslag: ${problem}.`,
    unknownHost: 'onbekende Host',
    unknownAddress: 'onbekend adres',
    onlyFromAdmin: (devPort: number) => `alleen het beheer op http://localhost:${devPort}/ mag hier opslaan`,
    onlyPostWithType: 'alleen POST met Content-Type',
    onlyPost: 'alleen POST',
    onlyJson: 'alleen JSON',
    outsideAllowed: (shown: string) => `pad ${shown} ligt buiten de toegestane mappen`,
    linkOutside: (shown: string, folder: string) => `pad ${shown} wijst via een link naar buiten ${folder}/`,
    linkInside: (shown: string, folder: string, link: string) => `in ${shown} staat een link naar buiten ${folder}/ (${link})`,
    notFollowed: (shown: string) => `pad ${shown} kon niet veilig worden gevolgd`,
    notChecked: 'de paden konden niet worden gecontroleerd',
    unreadableJson: 'geen leesbare JSON',
    pathMissing: 'een pad ontbreekt',
    tooLong: (shown: string) => `pad ${shown}... is te lang`,
    forbiddenCharacter: (shown: string) => `pad ${shown} bevat een teken dat niet mag (\\, %, : of een stuurteken)`,
    notInProject: (shown: string) => `pad ${shown} is geen pad binnen het project`,
    emptyFolder: (shown: string) => `pad ${shown} heeft een lege map (// of / aan het eind)`,
    hidden: (shown: string) => `pad ${shown} bevat . of .. of een verborgen bestand`,
    outside: (shown: string, folders: readonly string[]) => `pad ${shown} ligt buiten ${folders.join(' en ')}`,
    notAList: (name: string) => `${name} is geen lijst`,
    badDepth: 'diepte is geen geldig getal',
    fileMissing: 'een bestand ontbreekt',
    noAction: 'geen actie',
    unknownAction: (action: string) => `onbekende actie ${action}`,
    paramsMissing: 'params ontbreekt',
  },
  /** What `npm run docs` and `npm run headers` print, for whoever maintains a fork (scripts/, src/security/header-files.ts). */
  maintenance: {
    docsUnchanged: (file: string) => `${file} was al bijgewerkt.`,
    docsWritten: (file: string) => `${file} bijgewerkt uit de schema's in src/schemas/.`,
    headersUnchanged: (headersFile: string, netlifyToml: string) => `${headersFile} en ${netlifyToml} waren al bijgewerkt.`,
    headersWritten: (files: readonly string[]) => `Bijgewerkt uit src/security/csp.ts: ${files.join(' en ')}.`,
    headerMarkersMissing: (file: string, start: string, end: string) =>
      `${file}: de regels "${start} ..." en "${end}" ontbreken. Zet ze terug om de plek van de beveiligingskoppen aan te geven.`,
  },
  /** The components an .mdx entry may use (src/components/mdx/). */
  mdxComponents: {
    tipTitle: 'Tip',
  },
  /**
   * Narrowing /wie-weet-wat/, /prototypen/ and /lessen/ (src/components/ListFilter.astro): select boxes
   * whose choice hides the other cards through CSS, so it works without JavaScript. Keys as in searchFilters.
   */
  listFilter: {
    legend: 'Maak de lijst kleiner',
    all: { werkgebied: 'Alle werkgebieden', thema: "Alle thema's", onderwijstype: 'Alle onderwijstypen' },
    /** An option with how many cards it leaves: "Heiloo (4)". */
    option: (label: string, count: number) => `${label} (${count})`,
    reset: 'Alles tonen',
    /** Follows the number of cards shown, which the stylesheet counts: "4 van 21 personen getoond". */
    shownOf: (total: number, noun: string) => `van ${total} ${noun} getoond`,
    shownOfOnPage: (total: number, noun: string) => `van ${total} ${noun} op deze pagina getoond`,
    /** When the list has more pages: the same choice in search, over the whole list. */
    searchAll: (total: number, noun: string) => `Zoek in alle ${total} ${noun}`,
  },
  /** The short facts on a card (src/lib/pages/card-facts.ts): singular or plural by how many there are. */
  cardFacts: {
    regions: { one: 'Werkgebied', many: 'Werkgebieden' },
    topics: { one: 'Thema', many: "Thema's" },
    schoolTypes: { one: 'Onderwijstype', many: 'Onderwijstypen' },
  },
  /** "Wie kan je waarvoor benaderen?" on a werkgebied: one table of people, on screen and on paper (src/components/ContactSheet.astro). */
  peopleTable: {
    byTopic: 'Per thema',
    byTopicLabel: (region: string) => `Mensen in ${region} per thema`,
    nobody: 'Er staat nog niemand uit dit werkgebied bij Wie weet wat.',
    everyone: 'Bekijk iedereen bij Wie weet wat',
    /** Under the printed sheet: when the list was made and where the newest version is. */
    madeOn: (date: string) => `Gemaakt op ${date}.`,
    newest: 'De nieuwste gegevens staan op',
    outdatedNote: (months: number) =>
      `"Mogelijk verouderd": dit profiel is meer dan ${termText(months)} niet gecontroleerd. Klopt het nog? Vraag het de persoon zelf.`,
  },
  /** The opening lines of a speerpunt page. With the plan's address in src/site.config.ts, its title is a link. */
  focusIntro: {
    withPlan: (section: string) => `Dit speerpunt komt uit paragraaf ${section} van het `,
    withoutPlan: (section: string) => `Dit speerpunt komt uit paragraaf ${section} van ons ondersteuningsplan.`,
    rest: 'Hieronder zie je wat scholen en netwerkgroepen er al voor doen, en wat ze ervan leerden.',
  },
  /** The search page's controls on a phone, and what it says about words it could not find. */
  searchControls,
  /** The answer card above the search results, and the question to the werkgebied when nothing is found. */
  searchAnswer,
  /** `npm start`: the search index following what editors save. */
  devSearch: {
    updated: (paths: readonly string[]) => `Zoekindex bijgewerkt voor ${paths.join(', ')}.`,
    failed: (problem: string) => `De zoekindex kon niet worden bijgewerkt: ${problem}. Het zoeken toont de stand van de laatste build.`,
  },
  /** Build log: the content check ran beside Astro's start (src/integrations/content-check.ts). */
  buildCheck: {
    checked: (files: number, seconds: number) => `Inhoud gecontroleerd: ${files} bestanden in ${seconds.toFixed(1).replace('.', ',')} s.`,
  },
  /** Living pages: when an entry last changed, links to edit or add to it, and the build's notes about git history (src/lib/history.ts). */
  living: {
    lastUpdated: 'Laatst bijgewerkt op',
    edit: 'Bewerk deze pagina',
    editFor: '(voor de redactie)',
    suggest: 'Iets aanvullen of verbeteren?',
    staleHeading: 'Klopt dit nog?',
    staleText: (date: string, months: number) =>
      `Dit voorbeeld is voor het laatst bijgewerkt op ${date}, meer dan ${termText(months)} geleden. Misschien is er iets veranderd.`,
    staleAsk: (name: string) => `Vraag het ${name}`,
    or: 'of',
    staleAddition: 'vul het zelf aan',
    shallowClone:
      'Let op: deze kopie van de repository heeft geen volledige geschiedenis (shallow clone). "Laatst bijgewerkt" komt nu uit de velden "updated" en "date" van elk stuk, en /wijzigingen/ uit die datums. Zie "Volledige geschiedenis" in de README.',
    fetchingHistory: 'Deze kopie heeft geen volledige geschiedenis; die wordt eerst opgehaald (voor "Laatst bijgewerkt").',
    fetchFailed: (reason: string) => `De geschiedenis ophalen lukte niet (${reason}). De site wordt gebouwd met de datums uit de stukken zelf.`,
    noGit: 'Let op: er is geen git-geschiedenis gevonden. "Laatst bijgewerkt" komt uit de velden "updated" en "date" van elk stuk.',
  },
  /** /wijzigingen/: the newest changes, and the feeds to follow one thema, netwerkgroep or werkgebied. */
  changes: {
    title: 'Wijzigingen',
    footerLink: 'Wat is er veranderd?',
    lead: (count: number) => `De laatste ${count} wijzigingen op de site: nieuwe pagina's en pagina's die zijn bijgewerkt.`,
    date: 'Datum',
    page: 'Pagina',
    kind: 'Soort',
    what: 'Wat',
    added: 'Nieuw',
    changed: 'Bijgewerkt',
    fromOwnDates: "Deze lijst komt uit de datums die in de pagina's zelf staan.",
    none: 'Er is nog niets gewijzigd.',
    feed: 'Volg alle wijzigingen (RSS)',
    watchHeading: 'Alleen nieuws over wat jij volgt',
    watch:
      'Elk thema, elke netwerkgroep en elk werkgebied heeft een eigen RSS-feed. Zet die in je feedlezer, dan zie je alleen wat daar nieuw is. Je hebt geen account nodig.',
    feedTitle: (siteName: string) => `Wijzigingen | ${siteName}`,
    feedDescription: (siteName: string) => `Nieuwe en bijgewerkte pagina's op ${siteName}.`,
    feedItem: (what: string, kind: string, title: string) => `${what}: ${kind.toLocaleLowerCase('nl')} "${title}"`,
  },
  /** Feeds per thema and netwerkgroep, beside those per werkgebied. */
  watchFeeds: {
    topicTitle: (topic: string, siteName: string) => `Nieuw over ${topic} | ${siteName}`,
    topicDescription: (topic: string) => `Nieuwe lessen en goede voorbeelden over ${topic}.`,
    topicLink: 'Nieuw bij dit thema (RSS)',
    groupTitle: (group: string, siteName: string) => `Nieuw van ${group} | ${siteName}`,
    groupDescription: (group: string) => `Nieuwe lessen en goede voorbeelden van netwerkgroep ${group}.`,
    groupLink: 'Nieuw van deze netwerkgroep (RSS)',
  },
  /** /delen/: sharing a les, a goed voorbeeld or an addition without an account. */
  share: {
    title: 'Delen',
    footerLink: 'Deel een les of voorbeeld',
    lead: 'Deel wat je geleerd hebt: een les, een goed voorbeeld, of een aanvulling op een pagina. Je hebt geen account nodig. De redactie leest alles na voordat het op de site komt.',
    mind: 'Schrijf geen namen of herkenbare details van kinderen of ouders, en geen telefoonnummers of e-mailadressen.',
    kindLegend: 'Wat wil je delen?',
    kinds: {
      lessons: 'Een les: wat werkte, en wat niet',
      prototypes: 'Een goed voorbeeld uit jouw school of netwerk',
      addition: 'Een aanvulling of verbetering op een pagina',
    },
    entryLegend: 'Je les of goed voorbeeld',
    entryNoScript: 'Vul bij een aanvulling alleen het deel "Je aanvulling" in.',
    lessonLegend: 'Alleen bij een les',
    prototypeLegend: 'Alleen bij een goed voorbeeld',
    sectionsIntro: 'Schrijf onder elk kopje een paar zinnen. Je mag een kopje leeg laten.',
    additionLegend: 'Je aanvulling',
    page: { label: 'Over welke pagina?', hint: 'Het adres van de pagina, bijvoorbeeld /lessen/verzuim-begint-klein/.' },
    pageChosen: (title: string) => `Je vult deze pagina aan: ${title}`,
    text: { label: 'Wat wil je aanvullen of verbeteren?', hint: 'Schrijf wat er nog bij moet, of wat niet (meer) klopt.' },
    aboutYouLegend: 'Over jou',
    aboutYou: 'Je naam en e-mailadres komen niet op de site. De redactie gebruikt ze alleen om je iets te vragen over je tekst.',
    name: { label: 'Je naam', hint: '' },
    email: { label: 'Je e-mailadres', hint: 'Zodat de redactie je kan mailen.' },
    author: { label: 'Sta je bij Wie weet wat?', hint: 'Kies je profiel als je naam bij de les mag komen. Anders blijft je naam weg.' },
    authorConsent: 'Ja, zet mijn naam bij deze les',
    accessCode: { label: 'Toegangscode', hint: 'Deze code krijg je van het samenwerkingsverband.' },
    honeypot: 'Laat dit veld leeg',
    chooseNone: 'Geen',
    optional: '(mag leeg)',
    schools: { label: 'Scholen', hint: 'Eén school per regel (mag leeg).' },
    contactsHint: 'Wie kunnen anderen hierover vragen? Kies minstens één persoon uit Wie weet wat (met Ctrl of Cmd kies je er meer).',
    dateEmpty: 'Laat je het leeg, dan wordt het vandaag.',
    contactsNone: 'Staat je contactpersoon er niet bij? Kies de coördinator van je werkgebied en zet de naam in je aanvulling aan de redactie.',
    submit: 'Versturen',
    sending: 'Bezig met versturen…',
    problemsHeading: 'Nog niet verstuurd',
    problemsIntro: (count: number) => (count === 1 ? 'Eén ding moet nog anders:' : `${count} dingen moeten nog anders:`),
    sentHeading: 'Dank je wel!',
    sent: 'Je tekst is bij de redactie. Die leest hem na en zet hem op de site. Heeft de redactie een vraag, dan krijg je een mail.',
    sentLink: 'Bekijk het voorstel',
    again: 'Nog iets delen',
    thanksTitle: 'Bedankt voor het delen',
    mailInstead: (email: string) => `Lukt het niet? Mail je tekst naar ${email}.`,
  },
  /** What the submission endpoint (src/contribute/) answers, and what it writes for the redactie. */
  contribute: {
    refusedTitle: 'Niet verstuurd',
    back: 'Ga met de terugknop van je browser terug naar het formulier: je tekst staat er dan nog.',
    notAForm: 'Dit adres neemt alleen het formulier van de pagina Delen aan.',
    tooLarge: (kilobytes: number) => `Je bericht is te lang: hoogstens ${kilobytes} kB. Maak de tekst korter.`,
    tooMany: 'Er is vanaf dit adres het afgelopen uur al vaak iets verstuurd. Probeer het over een uur opnieuw.',
    honeypot: 'Je bericht is niet verstuurd: het veld "Laat dit veld leeg" was ingevuld.',
    accessCode: 'De toegangscode klopt niet. Vraag de code aan het samenwerkingsverband.',
    unknownKind: 'Kies wat je wilt delen: een les, een goed voorbeeld of een aanvulling.',
    unknownPage: 'Die pagina kennen we niet. Plak het adres van de pagina die je wilt aanvullen.',
    mdxPage: 'Deze pagina kan niet via dit formulier worden aangevuld. Mail je aanvulling naar de redactie.',
    pending: 'Voor deze pagina ligt al een voorstel bij de redactie. Mail je aanvulling naar de redactie, dan nemen we hem mee.',
    unknownChoice: (label: string, value: string) => `"${value}" staat niet in de lijst bij ${label}. Kies uit de lijst.`,
    hostFailed: (email: string) => `Versturen lukt nu niet door een storing. Probeer het later opnieuw, of mail je tekst naar ${email}.`,
    notConfigured: (email: string) => `Delen via dit formulier staat nog niet aan. Mail je tekst naar ${email}.`,
    nameMissing: 'Vul je naam in.',
    nameTooLong: 'Je naam is te lang: hoogstens 80 tekens.',
    emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@school.nl.',
    bodyTooShort: (min: number) => `Schrijf onder de kopjes samen minstens ${min} tekens.`,
    bodyTooLong: (max: number) => `De tekst onder de kopjes is te lang: hoogstens ${max} tekens.`,
    additionTooShort: (min: number) => `Schrijf minstens ${min} tekens.`,
    additionTooLong: (max: number) => `Schrijf hoogstens ${max} tekens.`,
    consentWithoutAuthor: 'Kies je profiel, of zet het vinkje uit.',
    authorWithoutConsent: 'Zet het vinkje aan als je naam bij de les mag, of kies "Geen".',
    pickAtLeastOne: (one: string) => `Kies minstens één ${one}.`,
    additionHeading: (date: string) => `Aanvulling van ${date}`,
    additionKind: 'Aanvulling',
    pullRequestTitle: (kind: string, title: string) => `${kind} via Delen: ${title}`,
    /** `author`: the profile the contributor chose as author, if any. Nobody logs in, so the redactie checks it. */
    pullRequestBody: (lines: { kind: string; from: string; file: string; author?: string; sent: string }) =>
      [
        `Ingestuurd via de pagina Delen op ${lines.sent}.`,
        '',
        `- Soort: ${lines.kind}`,
        `- Van: ${lines.from}`,
        `- Bestand: ${lines.file}`,
        `- Naam bij de les: ${lines.author ?? 'nee'}`,
        '',
        ...(lines.author
          ? [
              `Let op: de inzender koos zelf het profiel ${lines.author} als auteur, en zegt dat deze persoon dat goed vindt. De site kan dat niet controleren. Vraag het na bij ${lines.author} voordat je publiceert.`,
              '',
            ]
          : []),
        'Naam en e-mailadres van de inzender staan alleen hier, niet in het bestand. Lees de tekst na in het beheer (Workflow) en publiceer hem daar.',
      ].join('\n'),
    savedLocally: (file: string) => `Opgeslagen als concept in ${file}. Je vindt het in het beheer.`,

    /** `npm run contribute:code` without a code. */
    codeMissing: 'Geef de code mee: npm run contribute:code -- onze-code',
    /** `npm run contribute:server` without the git token in its environment. */
    tokenMissing: (variable: string) => `Let op: ${variable} is niet gezet; het formulier zegt dat delen nog niet aanstaat.`,
    serverRunning: (address: string) => `De site en het formulier Delen draaien op ${address} (stoppen: Ctrl+C).`,
  },
  /** Words of the CMS that Decap does not take from the schemas (src/cms/). */
  cmsWords: {
    /** What one item of a list field is, for Decap's "Voeg ... toe". */
    listItems: { askMeAbout: 'onderwerp', schools: 'school', synonyms: 'woord', municipalities: 'plaats' } as Record<string, string>,
    /** What one value of a multi-value field is, for "Kies minstens één ...". */
    valueNames: { schoolTypes: 'onderwijstype', focusAreas: 'speerpunt', audience: 'groep' } as Record<string, string>,
    /**
     * Decap's phrases that its own Dutch lacks (it falls back to English, also for screen readers) or says
     * awkwardly, by their path in Decap's phrase book; merged over it by src/cms/client/dutch-phrases.ts.
     */
    decapPhrases: {
      auth: { loginWithForgejo: 'Inloggen met Forgejo' },
      collection: {
        collectionTop: { viewAsList: 'Toon als lijst', viewAsGrid: 'Toon als tegels' },
        entries: { unpublishedHeader: 'Nog niet gepubliceerd' },
      },
      editor: {
        editorControl: { field: { widgetLabel: 'veld %{widgetLabel}' } },
        editorControlPane: {
          widget: {
            required: 'Vul "%{fieldLabel}" in.',
            regexPattern: '"%{fieldLabel}": %{pattern}.',
            rangeCount: '"%{fieldLabel}": vul er %{minCount} tot %{maxCount} in.',
            rangeCountExact: '"%{fieldLabel}": vul er precies %{count} in.',
            rangeMin: '"%{fieldLabel}": vul er minstens %{minCount} in.',
            rangeMax: '"%{fieldLabel}": hoogstens %{maxCount}.',
            invalidPath: '"%{path}" is geen geldig pad',
            pathExists: '"%{path}" bestaat al',
          },
        },
        editorInterface: { toggleNotes: 'Notities tonen of verbergen' },
        editorToolbar: {
          statusInfoTooltipDraft: 'Dit is een concept. Klaar? Zet de status op "Wordt beoordeeld".',
          statusInfoTooltipInReview: 'Dit wordt nagelezen. Je kunt het intussen nog aanpassen.',
        },
        editorWidgets: {
          markdown: { strikethrough: 'Doorhalen', toggleMode: { rich: 'Naar opgemaakte tekst', markdown: 'Naar Markdown' } },
          image: { chooseMultiple: 'Kies afbeeldingen', addMore: 'Meer afbeeldingen toevoegen', removeAll: 'Alle afbeeldingen weghalen' },
          file: { chooseMultiple: 'Kies bestanden', addMore: 'Meer bestanden toevoegen', removeAll: 'Alle bestanden weghalen' },
          // Decap passes the field's code name ("date") as fieldLabel here, so the phrase does without it.
          datetime: { now: 'Vandaag', setToNow: 'Vul de datum van vandaag in' },
          list: { add: 'Voeg %{item} toe', addType: 'Voeg %{item} toe' },
          object: { expand: 'Uitklappen', collapse: 'Inklappen' },
        },
      },
      mediaLibrary: { mediaLibraryModal: { close: 'Sluiten' } },
      ui: { settingsDropdown: { account: 'Menu van je account' } },
    },
    smallScreen:
      'Het beheer werkt op een scherm van minstens 800 pixels breed, zoals een laptop of tablet. Op een telefoon kun je wel een les of voorbeeld insturen via de pagina Delen: ',
    smallScreenLink: 'naar Delen',
    startedWithoutSetup:
      "Het beheer is niet goed geladen. Je kunt werken, maar sommige knoppen kunnen in het Engels zijn en de controles bij het opslaan werken niet. Laad de pagina opnieuw. Blijft dit staan? Meld het aan de beheerder van de site. De site controleert alles wel voordat het online komt.",
  },
  /** How far a goed voorbeeld has come, computed from what was shared (src/lib/learning-phase.ts). A phase is a step, not a grade. */
  learningPhase: {
    label: 'Leerfase',
    names: { idee: 'Idee', uitgeprobeerd: 'Uitgeprobeerd', teruggekeken: 'Teruggekeken', overgenomen: 'Overgenomen' },
    explanations: {
      idee: 'Nog niet uitgeprobeerd.',
      uitgeprobeerd: 'Een school probeert het uit, of heeft het uitgeprobeerd.',
      teruggekeken: 'Er is een les over gedeeld: wat werkte en wat niet.',
      overgenomen: 'Een ander werkgebied heeft het overgenomen.',
    },
    stepsLabel: 'De leerfasen van een goed voorbeeld',
    /** After the phase this voorbeeld is in. */
    current: '(hier is het nu)',
  },
  /** "Werkt het ook bij ons?" on a goed voorbeeld: what it needs, and how it went in each werkgebied. */
  transfer: {
    /** Under the summary of a goed voorbeeld, before links to the two sections below. */
    jump: 'Werkt het ook bij jou?',
    conditionsHeading: 'Wat is nodig?',
    conditionsIntro: 'Wil je dit ook doen? Dit had de school nodig die ermee begon.',
    needed: 'Nodig',
    helps: 'Helpt',
    noConditions: 'Hier staat nog niet wat ervoor nodig is. Vraag het de contactpersoon.',
    perRegionHeading: 'Per werkgebied',
    perRegionIntro: 'Waar is het begonnen, waar is het overgenomen, en hoe ging het daar? Wat op de ene plek werkt, hoeft op een andere plek niet zo te werken.',
    tableCaption: (title: string) => `${title}, per werkgebied`,
    columns: { region: 'Werkgebied', state: 'Hoe staat het?', story: 'Hoe ging het?' },
    origin: 'Hier begonnen',
    adopted: (result: string) => `Overgenomen: ${result.toLocaleLowerCase('nl')}`,
    notTried: 'Nog niet geprobeerd',
    /** Under the table in a large network, where only the werkgebieden with news and the neighbours have a row. */
    othersNotTried: (count: number) => `In ${count === 1 ? '1 ander werkgebied' : `${count} andere werkgebieden`} is het nog niet geprobeerd.`,
    allRegions: 'Bekijk alle werkgebieden',
    changed: 'Anders gedaan:',
    /** Before the names of who wrote how a take-over went. */
    askThem: 'Vraag het:',
    share: 'Wij hebben dit overgenomen: deel hoe het ging',
    shareHow: 'Je schrijft een les over jullie eigen school. Het voorbeeld zelf blijft van de school die ermee begon.',
    withoutAccount: 'Geen account voor het beheer?',
    otherWay: 'Deel het op een andere manier',
    /** On the lesson that reports a take-over. */
    lessonHeading: 'Overgenomen uit een ander werkgebied',
    lessonText: (adopters: readonly string[], origins: readonly string[]) =>
      `${adopters.join(' en ')} nam dit goede voorbeeld over uit ${origins.join(' en ')}.`,
    seeAllRegions: 'Bekijk hoe het in elk werkgebied ging',
  },
  /** On a werkgebied: what it took over, what others took over from it, and who to ask where nobody here knows a thema. */
  regionTransfer: {
    adoptedHereHeading: 'Overgenomen hier',
    adoptedHereIntro: 'Goede voorbeelden uit andere werkgebieden, en hoe het hier ging.',
    adoptedElsewhereHeading: 'Van hier overgenomen elders',
    adoptedElsewhereIntro: 'Goede voorbeelden uit dit werkgebied die een ander werkgebied overnam.',
    /** "Heiloo, Bergen en Egmond en Langedijk" */
    names: (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`),
    /** "uit Bergen en Egmond" */
    from: (regions: string) => `uit ${regions}`,
    /** "in Heiloo" */
    in: (regions: string) => `in ${regions}`,
    readLesson: 'Lees hoe het ging:',
    nobodyHeading: 'Nog niemand om te vragen over',
    nobodyIntro: "Voor deze thema's staat hier nog niemand bij Wie weet wat. Daarom staat erbij wie het dichtstbij is: eerst in de werkgebieden ernaast, dan verder weg.",
    nearest: 'Dichtstbij:',
    /** "Ans de Vries, Intern begeleider, in Heiloo" */
    nearestIn: (region: string) => `in ${region}`,
    nobodyNearby: 'Niemand in de buurt. Bekijk wie er in het hele netwerk iets van weet:',
    nobodyAtAll: 'Nog niemand in het hele netwerk.',
  },
  /** The map of the werkgebieden (/werkgebieden/ and each thema): inline SVG, no tiles, no JavaScript. */
  networkMap: {
    caption: 'Kaart van de werkgebieden',
    topicCaption: (topic: string) => `Waar zijn mensen en voorbeelden over ${topic}?`,
    legend: 'In elk werkgebied: goede voorbeelden · lessen · mensen.',
    emptyLegend: 'Gestreept met "nog niets": hier is nog niets gedeeld.',
    empty: 'nog niets',
    /** The name a screen reader reads for an area: "Heiloo: 3 goede voorbeelden, 2 lessen, 4 personen". */
    areaLabel: (region: string, counts: readonly string[]) => `${region}: ${counts.join(', ')}`,
    emptyAreaLabel: (region: string) => `${region}: nog niets gedeeld`,
    tableCaption: 'De cijfers van de kaart',
    topicTableCaption: (topic: string) => `${topic} per werkgebied`,
    // A soft hyphen lets the long word break on a phone, so the table fits on a 320 px screen.
    columns: { region: 'Werkgebied', prototypes: 'Goede voor\u00ADbeelden', lessons: 'Lessen', experts: 'Mensen' },
    badShape:
      'is geen vorm die de kaart kan tekenen: schrijf een SVG-pad met M, L, H, V, C, S, Q, T en Z en getallen (hoogstens een miljard, plus of min) die samen een vlak omsluiten, bijvoorbeeld M 10 10 L 90 10 L 90 60 Z',
  },
  /** /speerpunten/: the six "Voorbeeld" boxes of the plan side by side, one landscape A4 on paper. */
  focusBoard: {
    intro: (count: number) =>
      `De ${numberWord(count)} speerpunten uit ons ondersteuningsplan. Per speerpunt zie je de goede voorbeelden per leerfase, de werkgebieden die bijdragen en de nieuwste les.`,
    printHint: 'Print deze pagina: alle kaders passen op één liggende A4.',
    phasesHeading: 'Voorbeelden per leerfase',
    regionsHeading: (count: number, total: number) => `Werkgebieden die bijdragen: ${count} van ${total}`,
    newestLesson: 'Nieuwste les',
    noLesson: 'Nog geen les.',
    empty: 'Dit kader is nog leeg:',
    shareExample: 'deel jouw voorbeeld',
    printedFrom: (date: string, url: string) => `Gemaakt op ${date}. De nieuwste stand staat op ${url}`,
  },
  /** Messages of the content check about a lesson's `adoption` (src/content-check/adoptions.ts). */
  adoptionCheck: {
    noPrototype:
      'een overname hoort bij een goed voorbeeld: vul bij "prototype" (Over het voorbeeld) in welk voorbeeld jullie overnamen, of haal "adoption" weg',
    ownRegions: (prototype: string, regions: string) =>
      `de werkgebieden van deze les (${regions}) zijn allemaal werkgebieden van het voorbeeld "${prototype}" zelf. Een overname is in een ander werkgebied: zet jullie eigen werkgebied bij "regions", of haal "adoption" weg als de les over jullie eigen voorbeeld gaat`,
  },
  /** npm start's /delen/ endpoint writes files, so it takes a form only from its own page (src/contribute/local-origin.ts). */
  contributeSafety: {
    notFromOwnPage: 'Dit adres neemt alleen het formulier aan van de pagina Delen op deze computer zelf. Open /delen/ op de site van npm start en verstuur het daar.',
  },
  /** Messages of the content check about a werkgebied's `neighbours` (src/content-check/region-neighbours.ts). */
  regionCheck: {
    ownNeighbour: (region: string) => `werkgebied "${region}" staat bij zijn eigen buren: haal het daar weg, en kies de werkgebieden die ernaast liggen`,
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
    sitemap: "Alle pagina's",
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
    /** Instead of e-mail and phone when the consent is older than the consent term (src/lib/contact.ts). */
    viaEditors: (name: string) => `Wil je ${name} spreken? Mail de redactie, dan brengen wij je in contact: `,
    viaEditorsWhy: 'Het e-mailadres en telefoonnummer staan hier even niet, omdat we eerst opnieuw toestemming vragen.',
    viaEditorsShort: 'Contact via de redactie: ',
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
    whoToAskIntro: 'Zoek je thema op en neem gerust contact op met wie erbij staat.',
    contactSheet: 'Print deze pagina voor een contactlijst op papier.',
    prototypesHeading: 'Goede voorbeelden',
    lessonsHeading: 'Lessen',
    lessonsOf: (groupName: string) => `Lessen van ${groupName}`,
    expertsHeading: 'Mensen met kennis van dit thema',
    networkGroupsHeading: 'Netwerkgroepen',
    regionsHeading: 'Werkgebieden',
    topicsHeading: "Thema's",
    feed: 'Nieuw in dit werkgebied (RSS)',
    alsoKnownAs: 'Ook gezocht als',
    allRegions: 'Alle werkgebieden',
    focusGoal: 'Doel uit het ondersteuningsplan',
    focusWhatWeDo: 'Wat we al doen voor dit speerpunt',
    focusLessons: 'Lessen bij dit speerpunt',
  },
  lists: {
    sortedNewest: 'Nieuwste eerst',
    count: (count: number, singular: string, plural: string) => `${count} ${count === 1 ? singular : plural}`,
    people: { one: 'persoon', many: 'personen' },
    page: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    pagination: 'Paginering',
    filterHint: 'Bekijk ook per werkgebied of thema, of zoek:',
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
