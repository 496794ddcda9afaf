/** The main sections of the site, in menu order: the header menu, the search page's no-JS list and the 404 page use them. */
import { nl } from '../i18n/nl.ts';
import { url } from './urls.ts';

export const mainSections = () => [
  { href: url('prototypen/'), label: nl.nav.prototypes },
  { href: url('lessen/'), label: nl.nav.lessons },
  { href: url('wie-weet-wat/'), label: nl.nav.experts },
  { href: url('werkgebieden/'), label: nl.nav.regions },
  { href: url('themas/'), label: nl.nav.topics },
  { href: url('netwerkgroepen/'), label: nl.nav.networkGroups },
  { href: url('speerpunten/'), label: nl.nav.focusAreas },
];
