/**
 * Dutch words and sentences for the benchmark's synthetic entries: the body
 * sections the CMS offers, of the length editors write (about 350 words for a
 * prototype or lesson), about places, schools and approaches that vary per
 * entry, so the search index grows with the content the way real text does.
 */
import type { Random } from './random.ts';

/** What one entry is about; its sentences refer to these. */
export interface TextContext {
  /** A place (gemeente, dorp) in the entry's werkgebied. */
  place: string;
  regionName: string;
  /** Topic name as it reads in a sentence: "autisme", "overgang po-vo". */
  topic: string;
  school: string;
  /** The entry's own approach, a Dutch compound: "praatkaart", "rustplek". */
  approach: string;
  /** Its article, from the last part of the compound: "de praatkaart", "het rustmoment". */
  approachArticle: 'de' | 'het';
  partner: string;
  role: string;
  group: string;
}

/** Thema's people search for; the benchmark adds aspects to these when it needs more topics. */
export const topicBases = [
  { name: 'Autisme', synonyms: ['ASS', 'autismespectrumstoornis', 'autistisch', 'prikkelverwerking'] },
  { name: 'Dyslexie', synonyms: ['leesproblemen', 'spellingproblemen', 'leesstoornis'] },
  { name: 'Gedrag', synonyms: ['gedragsproblemen', 'ODD', 'externaliserend gedrag'] },
  { name: 'ADHD', synonyms: ['ADD', 'concentratieproblemen', 'aandachtstekort'] },
  { name: 'Hoogbegaafdheid', synonyms: ['meerbegaafd', 'plusklas', 'begaafdheid', 'onderpresteren'] },
  { name: 'Meertaligheid', synonyms: ['nieuwkomers', 'NT2', 'tweede taal'] },
  { name: 'Motoriek', synonyms: ['bewegen', 'fijne motoriek', 'grove motoriek'] },
  { name: 'Ouderbetrokkenheid', synonyms: ['ouders', 'educatief partnerschap', 'ouderparticipatie'] },
  { name: 'Overgang po-vo', synonyms: ['brugklas', 'schoolkeuze', 'overstap'] },
  { name: 'Overgang voorschool-po', synonyms: ['VVE', 'kleuters', 'peuters'] },
  { name: 'Sociale veiligheid', synonyms: ['pesten', 'groepsvorming', 'veilig klimaat'] },
  { name: 'Taalontwikkelingsstoornis', synonyms: ['TOS', 'spraak-taal', 'taalachterstand'] },
  { name: 'Thuiszitters', synonyms: ['verzuim', 'schoolverzuim', 'leerplicht'] },
  { name: 'Handelingsgericht werken', synonyms: ['HGW', 'onderwijsbehoeften', 'groepsplan'] },
  { name: 'Onderwijs-zorgarrangementen', synonyms: ['OZA', 'jeugdhulp', 'zorg in school'] },
  { name: 'Dyscalculie', synonyms: ['rekenproblemen', 'rekenstoornis'] },
  { name: 'Faalangst', synonyms: ['angst', 'schoolangst', 'stress'] },
  { name: 'Hechting', synonyms: ['hechtingsproblematiek', 'trauma'] },
  { name: 'Slechtziendheid', synonyms: ['visuele beperking', 'blind'] },
  { name: 'Slechthorendheid', synonyms: ['doof', 'gehoorbeperking'] },
  { name: 'Lichamelijke beperking', synonyms: ['rolstoel', 'chronisch ziek'] },
  { name: 'Executieve functies', synonyms: ['plannen', 'organiseren', 'zelfregulatie'] },
  { name: 'Begrijpend lezen', synonyms: ['leesbegrip', 'leesmotivatie'] },
  { name: 'Mentale gezondheid', synonyms: ['welbevinden', 'somberheid'] },
  { name: 'Jonge mantelzorgers', synonyms: ['mantelzorg', 'zorg thuis'] },
  { name: 'Armoede', synonyms: ['kansengelijkheid', 'schoolkosten'] },
  { name: 'Loopbaanoriëntatie', synonyms: ['stage', 'beroepskeuze', 'LOB'] },
  { name: 'Spraakontwikkeling', synonyms: ['logopedie', 'stotteren'] },
  { name: 'Zelfstandigheid', synonyms: ['eigen regie', 'zelfredzaamheid'] },
  { name: 'Rouw', synonyms: ['verlies', 'echtscheiding'] },
] as const;

/** Aspects that turn a base thema into a narrower one ("Autisme in het vo"). */
export const topicAspects = [
  'in de klas',
  'en ouders',
  'in het vo',
  'bij het jonge kind',
  'op het mbo',
  'in het speciaal onderwijs',
  'op het schoolplein',
  'en de overstap',
] as const;

const placeRoots = [
  'Aal', 'Bever', 'Dijk', 'Eem', 'Heer', 'Hoog', 'Kamper', 'Lange', 'Maas', 'Rijn', 'Schager',
  'Twee', 'Vecht', 'Wester', 'Zuider', 'Berg', 'Brede', 'Dussel', 'Elsen', 'Gelder', 'Haren', 'IJssel', 'Kolder',
  'Leeuw', 'Mol', 'Nieuwer', 'Ommer', 'Putter', 'Ravens', 'Steen', 'Valken', 'Wold', 'Zand', 'Beek', 'Cuijk', 'Drie',
  'Esch', 'Gras', 'Hunze', 'Linde', 'Mark', 'Oude', 'Rozen', 'Sluis', 'Tjonger', 'Venne', 'Waal', 'Zwarte',
];
const placeSuffixes = [
  'dam', 'wijk', 'veen', 'horst', 'broek', 'hout', 'meer', 'zand', 'drecht', 'oord', 'loo', 'berg', 'dorp', 'hoven',
  'kerk', 'sloot', 'burg', 'endijk', 'haven', 'wold', 'um', 'ede', 'vliet', 'zijl', 'woude',
];
const placePrefixes = ['', '', '', '', '', 'Nieuw-', 'Oud-', 'Sint ', 'Groot-', 'Klein-', 'Noord-', 'Zuid-'];

/** `count` different Dutch-sounding place names. */
export function placeNames(random: Random, count: number): string[] {
  const possible = new Set(placePrefixes).size * placeRoots.length * placeSuffixes.length;
  if (count > possible / 2) throw new Error(`Too many places asked (${count}); the word lists make about ${possible}`);
  const names = new Set<string>();
  while (names.size < count) names.add(`${random.pick(placePrefixes)}${random.pick(placeRoots)}${random.pick(placeSuffixes)}`);
  return [...names];
}

const firstNames = [
  'Anouk', 'Bram', 'Carla', 'Dewi', 'Erik', 'Fatima', 'Gerrit', 'Hanneke', 'Ilse', 'Jeroen', 'Karin', 'Lars', 'Marieke',
  'Nadia', 'Olaf', 'Petra', 'Quinten', 'Ruth', 'Sanne', 'Tom', 'Ymke', 'Ahmed', 'Bas', 'Chantal', 'Daan', 'Esra', 'Femke',
  'Gijs', 'Hatice', 'Iris', 'Jasper', 'Khadija', 'Lotte', 'Mehmet', 'Noor', 'Oscar', 'Priya', 'Roos', 'Sem', 'Tessa',
  'Umut', 'Vera', 'Willem', 'Yara', 'Zoë', 'Annemiek', 'Bouchra', 'Cor', 'Dirk', 'Elif', 'Floor', 'Geert', 'Hester',
  'Inge', 'Joost', 'Kees', 'Linda', 'Mohamed', 'Nienke', 'Orlando', 'Pim', 'Rachid', 'Saskia', 'Thijs', 'Ursula',
  'Vincent', 'Wendy', 'Xander', 'Yusuf', 'Zeynep', 'Astrid', 'Babette', 'Coen', 'Dilara', 'Evert', 'Gerda', 'Hamza',
  'Jolien', 'Kevin', 'Leila', 'Maarten', 'Naima', 'Pieter', 'Rianne', 'Stefan', 'Trudy', 'Wouter', 'Marloes',
];
const middleNames = ['', '', '', '', '', 'de', 'van', 'van der', 'van den', 'de', 'ter', 'van de', 'el'];
const lastNames = [
  'Vries', 'Jonker', 'Visser', 'Hoekstra', 'Bakker', 'Amrani', 'Kramer', 'Smit', 'Mulder', 'Boer', 'Peeters', 'Meijer',
  'Dijk', 'Yilmaz', 'Graaf', 'Willems', 'Bos', 'Kok', 'Dekker', 'Hendriks', 'Schouten', 'Jansen', 'Janssen', 'Berg',
  'Vos', 'Brouwer', 'Wit', 'Dijkstra', 'Kaya', 'Postma', 'Huisman', 'Veenstra', 'Kuipers', 'Wijk', 'Koster',
  'Prins', 'Vermeulen', 'Maas', 'Leeuwen', 'Kuiper', 'Boersma', 'Bosman', 'Haan', 'Timmermans', 'Groot', 'Verhoeven',
  'Sarmo', 'Öztürk', 'Ramdin', 'Tahiri', 'Goossens', 'Martens', 'Hermans', 'Claassen', 'Wouters', 'Gerritsen', 'Blom',
  'Pauw', 'Sluis', 'Vliet', 'Zanten', 'Linden', 'Heuvel', 'Ploeg', 'Steen', 'Molenaar', 'Schipper', 'Bruijn', 'Koning',
  'Roos', 'Zwart', 'Hoek', 'Kaptein', 'Wolters', 'Driessen', 'Nijland', 'Terpstra', 'Evers', 'Ravensbergen', 'Tuinstra',
  'Bouzid', 'Çelik', 'Pinas', 'Kartosen', 'Lindeboom', 'Heijnen', 'Verbeek', 'Rietveld', 'Oosterhuis', 'Holtkamp',
];

export interface PersonName {
  full: string;
  first: string;
  last: string;
}

export function personName(random: Random): PersonName {
  const first = random.pick(firstNames);
  const middle = random.pick(middleNames);
  const last = random.pick(lastNames);
  return { first, last: `${middle ? `${middle} ` : ''}${last}`, full: [first, middle, last].filter(Boolean).join(' ') };
}

const schoolKinds = [
  'OBS', 'CBS', 'Basisschool', 'Kindcentrum', 'IKC', 'SBO', 'Daltonschool', 'Montessorischool', 'Jenaplanschool',
  'School voor speciaal onderwijs', 'Scholengemeenschap', 'College',
];
const schoolNames = [
  'De Regenboog', 'Het Kompas', 'De Wegwijzer', 'De Vlinder', 'Het Palet', 'De Zonnewijzer', 'De Springplank', 'Het Anker',
  'De Kameleon', 'De Sterrenkijker', 'De Windroos', 'De Klimop', 'Het Startpunt', 'De Fontein', 'De Zandheuvel',
  'Het Zwanennest', 'De Hoge Hoed', 'De Duinroos', 'Het Baken', 'De Vuurtoren', 'De Linde', 'Het Mozaïek', 'De Bongerd',
  'De Boomgaard', 'Het Kleurrijk', 'De Wilgen', 'De Tweemaster', 'De Ontdekking', 'Het Talent', 'De Horizon',
  'De Toren', 'De Ark', 'Het Octaaf', 'De Meander', 'De Schakel', 'Het Kristal', 'De Rank', 'De Parel', 'De Piramide',
  'De Wereldwijzer',
];

export function schoolName(random: Random): string {
  return `${random.pick(schoolKinds)} ${random.pick(schoolNames)}`;
}

const approachFirsts = [
  'lees', 'reken', 'taal', 'praat', 'rust', 'prikkel', 'beweeg', 'kijk', 'plan', 'werk', 'speel', 'denk', 'luister',
  'schrijf', 'klas', 'school', 'ouder', 'maatjes', 'zorg', 'overstap', 'start', 'pauze', 'kring', 'stilte', 'focus',
  'leer', 'hulp', 'samenwerk', 'gevoels', 'buurt',
];
const approachSeconds = [
  'kaart', 'plek', 'hoek', 'moment', 'route', 'maatje', 'tafel', 'map', 'kring', 'uur', 'week', 'boekje', 'bord', 'lijst',
  'ritueel', 'plan', 'koffer', 'spel', 'gesprek', 'team', 'klas', 'overleg', 'traject', 'cirkel', 'wandeling', 'kompas',
  'paspoort', 'rooster', 'dagboek', 'poster',
];

/** Second parts that take "het"; the rest take "de". */
const neuterSeconds = new Set([
  'moment', 'maatje', 'uur', 'boekje', 'bord', 'ritueel', 'plan', 'spel', 'gesprek', 'team', 'overleg', 'traject',
  'kompas', 'paspoort', 'rooster', 'dagboek',
]);

/** A Dutch compound that names an approach ("praatkaart", "rustmoment"), with its article. */
export function approachName(random: Random): { name: string; article: 'de' | 'het' } {
  const first = random.pick(approachFirsts);
  let second = random.pick(approachSeconds);
  while (second === first) second = random.pick(approachSeconds);
  return { name: `${first}${second}`, article: neuterSeconds.has(second) ? 'het' : 'de' };
}

export const roles = [
  'Intern begeleider', 'Leerkracht', 'Onderwijsconsulent', 'Gedragsspecialist', 'Orthopedagoog',
  'Ervaringsdeskundige ouder', 'Jeugdverpleegkundige', 'Leerplichtambtenaar', 'Schoolmaatschappelijk werker',
  'Taalspecialist', 'Directeur basisschool', 'Zorgcoördinator vo', 'Ambulant begeleider', 'Kindcoach',
  'Trajectbegeleider mbo', 'Logopedist', 'Jeugdhulpverlener', 'Remedial teacher', 'Leesspecialist', 'Mentor brugklas',
];
const rolesInSentence = [
  'de intern begeleider', 'de onderwijsconsulent', 'de gedragsspecialist', 'de orthopedagoog', 'de jeugdverpleegkundige',
  'de zorgcoördinator', 'de ambulant begeleider', 'de logopedist', 'de schoolmaatschappelijk werker', 'de taalspecialist',
];
const partners = [
  'het wijkteam', 'de jeugdhulp', 'de kinderopvang', 'leerplicht', 'de GGD', 'de bibliotheek', 'de buurtsportcoach',
  'het consultatiebureau', 'de huisarts', 'de peuterspeelzaal', 'het sociaal team', 'de schoolarts',
];
const groups = [
  'groep 1 en 2', 'groep 3', 'groep 4', 'groep 5', 'groep 6', 'groep 7', 'groep 8', 'de brugklas', 'klas 2', 'de onderbouw',
  'de bovenbouw', 'de kleutergroep', 'de schakelklas', 'het eerste jaar van het mbo',
];
const numbers = ['twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'twaalf'];
const days = ['maandag', 'dinsdagmiddag', 'woensdagochtend', 'donderdag', 'vrijdagochtend', 'dinsdag', 'donderdagmiddag'];
const weeks = ['zes', 'acht', 'tien', 'twaalf'];

/** Everything about an entry that its sentences may mention, chosen once so the text hangs together. */
export function textContext(random: Random, fixed: Pick<TextContext, 'place' | 'regionName' | 'topic'>): TextContext {
  const approach = approachName(random);
  return {
    ...fixed,
    school: schoolName(random),
    approach: approach.name,
    approachArticle: approach.article,
    partner: random.pick(partners),
    role: random.pick(rolesInSentence),
    group: random.pick(groups),
  };
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);

/** Fills `{slot}` (as is) and `{Slot}` (capitalised) from the context; a few slots vary per sentence. */
export function fill(template: string, context: TextContext, random: Random): string {
  const values: Record<string, () => string> = {
    plaats: () => context.place,
    werkgebied: () => context.regionName,
    thema: () => context.topic,
    school: () => context.school,
    aanpak: () => context.approach,
    art: () => context.approachArticle,
    partner: () => context.partner,
    rol: () => context.role,
    groep: () => context.group,
    aantal: () => random.pick(numbers),
    dag: () => random.pick(days),
    weken: () => random.pick(weeks),
  };
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name.toLowerCase()];
    if (!value) throw new Error(`Unknown slot ${slot} in "${template}"`);
    return name[0] === name[0]!.toUpperCase() ? capitalise(value()) : value();
  });
}

const prototypeSentences = {
  'Wat is het?': [
    'Op {school} in {plaats} werken we sinds dit schooljaar met {art} {aanpak}.',
    'Het idee is eenvoudig: leerlingen die extra ondersteuning nodig hebben bij {thema}, krijgen die in hun eigen klas en niet daarbuiten.',
    '{Aantal} scholen in het werkgebied {werkgebied} doen mee, van de voorschool tot en met het voortgezet onderwijs.',
    '{Art} {aanpak} is bedoeld voor leerlingen uit {groep} die vastlopen, en voor de leerkrachten die met hen werken.',
    'Het begon als een klein experiment van {rol} en twee leerkrachten.',
    'Inmiddels is het een vast onderdeel van de ondersteuning op school.',
    'We wilden voorkomen dat leerlingen die extra ondersteuning nodig hebben rond {thema} naar een school buiten {plaats} moeten.',
    'Ouders zijn vanaf het eerste gesprek betrokken en denken mee over wat hun kind nodig heeft.',
    '{Art} {aanpak} kost weinig geld, maar vraagt wel tijd en aandacht van het hele team.',
    'Het is geen extra programma naast de les, maar een andere manier van kijken naar wat een leerling nodig heeft.',
    'Samen met {partner} zorgen we dat hulp en onderwijs op elkaar aansluiten.',
    'Zo kunnen kinderen thuisnabij naar school blijven gaan, bij hun eigen vriendjes.',
  ],
  'Hoe werkt het?': [
    'Elke {dag} komt {rol} in de klas en kijkt mee met de leerkracht.',
    'Een blok duurt {weken} weken en sluit af met een gesprek met de leerling en de ouders.',
    'Daarna bespreken we in het team wat werkte en wat we willen veranderen.',
    'De leerkracht houdt bij welke momenten van de dag lastig zijn, en wat dan helpt.',
    'Leerlingen kiezen zelf een doel en schrijven dat op een kaartje op hun tafel.',
    'We gebruiken vaste pictogrammen, zodat iedereen in de klas dezelfde taal spreekt.',
    'Bij twijfel schuift {partner} aan bij het overleg, zonder lange wachtlijst.',
    'Eén keer per maand is er intervisie voor de leerkrachten die meedoen.',
    'De intern begeleider plant de gesprekken en bewaakt dat afspraken ook worden nagekomen.',
    "Nieuwe collega's lopen eerst een dag mee voordat ze zelf aan de slag gaan.",
    'Alles wat we afspreken, staat op één A4 dat ouders ook meekrijgen.',
    'In {groep} ziet dat er anders uit dan bij de jongste kinderen: oudere leerlingen plannen meer zelf.',
  ],
  'Waarom werkt het hier?': [
    'De scholen in {plaats} liggen dicht bij elkaar en kennen elkaar goed.',
    'De directeuren hebben vanaf het begin tijd vrijgemaakt voor de leerkrachten.',
    'We hebben niet gewacht op een perfect plan, maar zijn klein begonnen.',
    'Er is één vast aanspreekpunt, zodat niemand hoeft te zoeken bij wie hij moet zijn.',
    'Ouders worden gezien als ervaringsdeskundigen, niet als lastige klanten.',
    'De coördinator van het werkgebied {werkgebied} brengt de juiste mensen bij elkaar.',
    'Omdat de scholen het samen doen, zijn de kosten voor elke school klein.',
    'Leerkrachten merken snel dat het hen werk scheelt, en dat helpt.',
    '{Partner} zit in hetzelfde gebouw, dus overleg is makkelijk.',
    'Het team had al ervaring met handelingsgericht werken, dus de taal was bekend.',
  ],
  'Wat werkt (nog) niet?': [
    'De verbinding met de rest van de week is nog zwak.',
    'Niet elke leerkracht heeft tijd om mee te doen aan het overleg.',
    'Bij ziekte of verlof valt {art} {aanpak} soms een paar weken stil.',
    'Sommige ouders vinden het lastig dat hun kind een deel van de dag buiten de groep werkt.',
    'De financiering is maar voor twee jaar geregeld; daarna is het onzeker.',
    'We meten nog te weinig wat het oplevert voor de leerlingen zelf.',
    'Met {partner} staan de afspraken nog niet op papier, waardoor er dingen blijven liggen.',
    'In {groep} past de aanpak minder goed, omdat het rooster daar vol zit.',
    'Een leerling zei: "Ik snap nu beter wat ik nodig heb, maar mijn juf weet dat nog niet."',
    'Dat willen we het komende jaar verbeteren.',
    'Het kost meer tijd dan we dachten om iedereen mee te krijgen.',
  ],
} as const;

const prototypeSteps = [
  'een vast moment per week voor overleg met {rol};',
  'korte lijnen met {partner};',
  'een rustige plek in of naast de klas;',
  'een startgesprek met ouders en leerling;',
  'een evaluatie na {weken} weken;',
  "een map met voorbeelden voor nieuwe collega's;",
  'een kort verslag voor de eigen leerkracht na elk blok;',
];

const prototypeAdvice = [
  'Begin klein, met een of twee klassen, en breid pas uit als het werkt.',
  'Betrek ouders vanaf het eerste gesprek, niet pas als er een plan ligt.',
  'Maak één persoon verantwoordelijk voor de afspraken.',
  'Plan de evaluatie meteen bij de start in de agenda.',
  'Werk samen met scholen in de buurt: dan is het betaalbaar.',
  'Kijk verder dan toetsen: wat ziet de leerkracht in de klas?',
  'Vraag {partner} om mee te denken voordat je iets nieuws begint.',
  'Laat leerlingen zelf vertellen wat helpt.',
  'Schrijf op wat je doet, zodat een nieuwe collega het kan overnemen.',
];

const lessonSentences = {
  'Wat werkte?': [
    'In onze netwerkgroep bespraken we een half jaar lang elke keer één voorbeeld uit de praktijk.',
    'Wat werkte, was een vaste vraag in de groepsbespreking: welke leerling valt ons deze weken op?',
    'Het hielp enorm dat {rol} bij het eerste gesprek aanschoof.',
    'Door ouders eerst te laten vertellen, kwam er informatie op tafel die we anders hadden gemist.',
    'Een korte lijn met {partner} zorgde dat we niet maanden hoefden te wachten.',
    'Leerkrachten gaven aan dat ze zich meer gesteund voelden in hun aanpak rond {thema}.',
    'We merkten dat kleine aanpassingen in de klas vaak genoeg waren.',
    'Na {weken} weken zagen we dat de leerlingen rustiger werkten en minder vaak uit de les gingen.',
    'Het werkte om de afspraken op één A4 te zetten, in gewone taal.',
    'Ook de leerlingen zelf hadden goede ideeën over wat hen helpt.',
    'Op {school} probeerden we {art} {aanpak} eerst in {groep}.',
  ],
  'Wat werkte niet?': [
    'Wachten tot er een diagnose was, voordat we iets deden.',
    'We maakten de plannen te groot, waardoor niemand precies wist wat er van hem verwacht werd.',
    'Een overleg zonder vaste voorzitter liep steeds uit en leverde weinig op.',
    'Alleen naar cijfers kijken werkte niet; die zeggen niets over de reden.',
    'We vergaten de leerkracht van {groep} mee te nemen, terwijl die de leerling elke dag ziet.',
    'Informatie bleef hangen bij één persoon; toen die ziek werd, stond alles stil.',
    'Ouders kregen te veel papier mee en te weinig uitleg.',
    '{Art} {aanpak} werkte in de ene klas wel en in de andere niet, en we wisten niet waarom.',
    'De afspraken met {partner} waren niet duidelijk, waardoor we langs elkaar heen werkten.',
    'Ook in {plaats} bleek dat een goed plan op papier nog geen goed plan in de klas is.',
  ],
  'Tip voor anderen': [
    'Kijk niet alleen naar wat een leerling niet kan, maar vooral naar wat wel lukt.',
    'Gebruik je collega\'s: in een intervisie zie je samen vaak in tien minuten wat je alleen over het hoofd ziet.',
    'Begin bij de ouders: zij kennen hun kind het langst.',
    'Maak het klein en concreet, dan gebeurt het ook.',
    'Leg vast wat je afspreekt, maar houd het kort.',
    'Zoek {partner} op voordat je hulp nodig hebt; een bekend gezicht bel je makkelijker.',
    'Vier ook wat goed gaat, met het team en met de leerling.',
  ],
} as const;

const lessonChangesIntro = ['We hebben met elkaar afgesproken:', 'Dit nemen we mee:', 'Voortaan doen we het zo:'];
const lessonChanges = [
  'We plannen de evaluatie al bij de start.',
  'Bij elke nieuwe leerling belt de leerkracht eerst de ouders.',
  '{Rol} schuift vanaf het begin aan.',
  'We spreken met {partner} af wie wat doet, en zetten dat op papier.',
  'We houden het plan klein: hooguit drie doelen tegelijk.',
  "Nieuwe collega's krijgen uitleg van een collega die het al doet.",
  'We vragen de leerling zelf wat helpt, en schrijven dat op.',
  'Twijfelen we, dan bellen we de onderwijsconsulent.',
];

const expertSentences = [
  'Ik werk vooral in {plaats} en omgeving, met scholen in het werkgebied {werkgebied}.',
  'Mijn hart ligt bij {thema}: hoe zorg je dat een leerling gewoon mee kan doen in de klas?',
  'Samen met leerkrachten en ouders zoek ik naar wat een leerling nodig heeft.',
  'Daarvoor heb ik jaren als leerkracht in {groep} gewerkt.',
  'Ik denk graag mee over {art} {aanpak} en over gesprekken met ouders.',
  'Ik ben ook lid van een netwerkgroep, waar we ervaringen uitwisselen.',
  'Met {partner} heb ik korte lijnen, dus ik weet vaak wie je verder kan helpen.',
  'Wil je sparren over een leerling of een aanpak? Neem gerust contact op.',
];

function sentences(random: Random, pool: readonly string[], count: number, context: TextContext): string[] {
  return random.pickSome(pool, count).map((template) => fill(template, context, random));
}

/** Sentences from `pool`, as one to `maxParagraphs` paragraphs. */
function paragraphs(random: Random, pool: readonly string[], count: number, maxParagraphs: number, context: TextContext): string {
  const chosen = sentences(random, pool, count, context);
  const parts = Math.min(maxParagraphs, random.int(1, maxParagraphs), chosen.length);
  const size = Math.ceil(chosen.length / parts);
  const result: string[] = [];
  for (let i = 0; i < chosen.length; i += size) result.push(chosen.slice(i, i + size).join(' '));
  return result.join('\n\n');
}

const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');

export function prototypeBody(random: Random, context: TextContext): string {
  const steps = sentences(random, prototypeSteps, random.int(3, 5), context);
  // The last item of a Dutch list of phrases ends with a full stop.
  steps[steps.length - 1] = steps[steps.length - 1]!.replace(/;$/, '.');
  return [
    '## Wat is het?',
    paragraphs(random, prototypeSentences['Wat is het?'], random.int(5, 7), 2, context),
    '## Hoe werkt het?',
    paragraphs(random, prototypeSentences['Hoe werkt het?'], random.int(4, 6), 2, context),
    'Vaste onderdelen zijn:',
    list(steps),
    '## Waarom werkt het hier?',
    paragraphs(random, prototypeSentences['Waarom werkt het hier?'], random.int(3, 5), 1, context),
    '## Wat werkt (nog) niet?',
    paragraphs(random, prototypeSentences['Wat werkt (nog) niet?'], random.int(4, 6), 2, context),
    '## Wat kunnen anderen ervan leren?',
    list(sentences(random, prototypeAdvice, random.int(3, 5), context)),
  ].join('\n\n');
}

export function lessonBody(random: Random, context: TextContext): string {
  return [
    '## Wat werkte?',
    paragraphs(random, lessonSentences['Wat werkte?'], random.int(5, 7), 2, context),
    '## Wat werkte niet?',
    paragraphs(random, lessonSentences['Wat werkte niet?'], random.int(4, 6), 2, context),
    '## Wat doen we de volgende keer anders?',
    random.pick(lessonChangesIntro),
    list(sentences(random, lessonChanges, random.int(3, 5), context)),
    '## Tip voor anderen',
    paragraphs(random, lessonSentences['Tip voor anderen'], random.int(2, 3), 1, context),
  ].join('\n\n');
}

export function expertBody(random: Random, context: TextContext, person: { name: string; role: string; organisation: string }): string {
  const intro = `Ik ben ${person.name}, ${person.role.toLocaleLowerCase('nl')} bij ${person.organisation}.`;
  return [intro, ...sentences(random, expertSentences, random.int(3, 5), context)].join(' ') + '\n';
}

const prototypeTitles = [
  '{Art} {aanpak} in {plaats}',
  'Een {aanpak} voor {groep}',
  'Samen sterk bij {thema} in {plaats}',
  '{Thema} in de klas: {art} {aanpak} van {school}',
  'Thuisnabij onderwijs bij {thema} in {plaats}',
  '{Art} {aanpak}: ouders en school samen aan tafel',
];
const lessonTitles = [
  'Een {aanpak} werkt alleen als het hele team meedoet',
  'Bij {thema} in {plaats} eerst de ouders bellen',
  '{Partner} vroeg aan tafel bij {thema}: wat {plaats} leerde',
  'Zonder evaluatie verwatert {art} {aanpak}',
  'Kleine aanpassingen in {groep} maken het verschil in {plaats}',
  'Een te groot plan voor {thema} liep vast in {plaats}',
  'Leerlingen in {plaats} weten zelf wat helpt bij {thema}',
  '{Art} {aanpak} in {groep}: klein beginnen werkt',
  'Wat {school} leerde over {thema}',
];

/** A title within the schema's 120 characters; long place and school names can push a template over. */
function title(random: Random, templates: readonly string[], context: TextContext): string {
  for (;;) {
    const text = fill(random.pick(templates), context, random);
    if (text.length <= 120) return text;
  }
}

export const prototypeTitle = (random: Random, context: TextContext) => title(random, prototypeTitles, context);
export const lessonTitle = (random: Random, context: TextContext) => title(random, lessonTitles, context);

const prototypeSummaries = [
  '{Aantal} scholen in {plaats} werken met {art} {aanpak}. Leerlingen die extra ondersteuning nodig hebben rond {thema} krijgen zo hulp in hun eigen klas, met de leerkracht en ouders samen.',
  'Met {art} {aanpak} houdt {school} leerlingen uit {groep} in hun eigen klas. {Rol} en {partner} werken daarvoor vast samen.',
  'Een aanpak voor {thema} in {groep}: kort overleg, één plan op papier en ouders die vanaf het begin meedenken.',
];
const lessonSummaries = [
  'We leerden dat {art} {aanpak} pas werkt als afspraken klein en duidelijk zijn. In {groep} maakte dat het verschil voor leerlingen die extra ondersteuning nodig hebben rond {thema}.',
  'Wachten tot er een plan ligt, kost te veel tijd. Een kort gesprek met ouders en {partner} helpt leerlingen met {thema} sneller.',
  'In {plaats} zagen we dat leerlingen zelf goed weten wat helpt. Vraag het ze, en schrijf het op.',
];

/** A summary of 20 to 300 characters, as the schema asks. */
function summary(random: Random, templates: readonly string[], context: TextContext): string {
  const text = fill(random.pick(templates), context, random);
  return text.length <= 300 ? text : `${text.slice(0, 296).replace(/\s+\S*$/, '')} ...`;
}

export const prototypeSummary = (random: Random, context: TextContext) => summary(random, prototypeSummaries, context);
export const lessonSummary = (random: Random, context: TextContext) => summary(random, lessonSummaries, context);

const askTemplates = [
  '{art} {aanpak} in {groep}',
  'een groepsplan voor {thema}',
  'samenwerken met {partner}',
  '{thema} in de klas',
  'gesprekken met ouders over {thema}',
  'de overstap van {groep} naar de volgende school',
  'een rustige plek in de klas',
  'intervisie voor intern begeleiders',
];

export const askMeAbout = (random: Random, context: TextContext) =>
  [...new Set(sentences(random, askTemplates, random.int(1, 4), context))];

export const organisationFor = (random: Random, context: TextContext) =>
  random.pick([
    `${context.school}, ${context.place}`,
    `${context.school}, ${context.place}`,
    `Samenwerkingsverband ${context.regionName}`,
    `Wijkteam ${context.place}`,
    `Gemeente ${context.place}`,
    `Jeugdhulp ${context.regionName}`,
  ]);

export const availability = (random: Random) =>
  random.pick(['maandag en dinsdag', 'dinsdag en donderdag', 'woensdagochtend', 'maandag, dinsdag en donderdag', 'hele week behalve vrijdag', undefined]);
