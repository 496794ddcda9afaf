/** The main sections of the site, in menu order: the header menu, the search page's no-JS list and the 404 page use them. */
import { nl } from '../i18n/nl.ts';
import { collectionNames, collections, type CollectionDefinition } from '../schemas/index.ts';
import { listUrl, pageUrl } from './urls.ts';

const inMenu = (definition: CollectionDefinition) => definition.menu !== false;

const sections = [
  ...collectionNames
    .filter((collection) => inMenu(collections[collection]))
    .map((collection) => ({ href: listUrl(collection), label: nl.collections[collection].section })),
  { href: pageUrl('focusAreas'), label: nl.focusArea.section },
];

export const mainSections = () => sections;
