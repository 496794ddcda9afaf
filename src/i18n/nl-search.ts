/**
 * The texts of the search page that its browser code (src/search/client/)
 * shows: the status line, the filter groups, the answer card. Apart from
 * src/i18n/nl.ts so the page's script carries only these; nl.ts includes them
 * under the same keys (`nl.searchPage`, `nl.searchControls`, `nl.searchAnswer`).
 * No imports, like nl.ts.
 */
/** The search page itself. */
export const searchPage = {
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
  /** In a filter group whose choices the page fetches when it is opened. */
  filterValuesLoading: 'De keuzes worden geladen…',
  filterValuesFailed: 'Het laden van de keuzes lukt niet. Sluit dit filter en open het opnieuw om het nog eens te proberen.',
} as const;

/** The search page's controls on a phone, and what it says about words it could not find. */
export const searchControls = {
  filters: 'Filters',
  /** After "Filters" on the button: how many filters are on. */
  activeFilters: (count: number) => (count > 0 ? ` (${count})` : ''),
  showResults: 'Toon de resultaten',
  /** "‘xyzqq’ komt nergens voor", "‘a’ en ‘b’ komen nergens voor". */
  ignored: (words: readonly string[]) => {
    const quoted = words.map((word) => `‘${word}’`);
    const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} en ${quoted.at(-1)}` : quoted.join('');
    return `${list} ${words.length === 1 ? 'komt' : 'komen'} nergens voor`;
  },
  /** Follows `ignored` and a semicolon. */
  resultsForTheRest: (count: number, words: string) =>
    `dit ${count === 1 ? 'is het enige resultaat' : `zijn de ${count} resultaten`} voor ‘${words}’`,
  nowhere: (count: number) => (count === 1 ? 'Dit woord komt nergens voor op de site.' : 'Deze woorden komen nergens voor op de site.'),
} as const;

/** The answer card above the search results, and the question to the werkgebied when nothing is found. */
export const searchAnswer = {
  heading: 'Snel antwoord op je vraag',
  example: 'Zo doen ze het',
  lesson: 'Dit leerden ze, ook wat niet werkte',
  /** Followed by a choice of werkgebied and a question mark. */
  askIn: 'Wie kan je vragen in',
  askInRegion: (region: string) => `Wie kan je vragen in ${region}?`,
  /** Instead of the choice of werkgebied when the werkgebieden could not be loaded. */
  askSomeone: 'Wie kan je vragen?',
  regionsFailed: 'Het laden van de werkgebieden lukt nu niet. Zoek nog een keer om het opnieuw te proberen.',
  /** The first option of the werkgebied choice: "Wie kan je vragen in je werkgebied?" */
  yourRegion: 'je werkgebied',
  /** The first option of the werkgebied choice when nothing is found. */
  pickRegion: 'Kies je werkgebied',
  remembered: 'Je werkgebied onthouden we alleen op dit apparaat.',
  outside: 'buiten jouw werkgebied',
  worksIn: (regions: readonly string[]) =>
    `werkt in ${regions.length > 2 ? `${regions.slice(0, 2).join(', ')} en ${regions.length - 2} andere werkgebieden` : regions.join(' en ')}`,
  worksEverywhere: 'werkt in alle werkgebieden',
  askHeading: 'Stel je vraag aan je werkgebied',
  askIntro: 'Hier staat nog niets over. De coördinator van je werkgebied weet vaak wie je verder kan helpen.',
  regionLabel: 'Jouw werkgebied',
  mailCoordinator: (name: string, region: string) => `Mail je vraag aan ${name}, coördinator van ${region}`,
  mailEditors: 'Mail je vraag aan de redactie',
  noChildNames: 'Schrijf geen namen van kinderen in je mail.',
  mailBody: 'Hallo,\n\nMijn vraag:\n\n\n(Schrijf geen namen van kinderen, en niets waaraan iemand een kind kan herkennen.)\n',
} as const;
