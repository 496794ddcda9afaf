/**
 * /woorden/: every glossary term with its explanation, at /woorden/#<id>.
 * Terms inside an explanation link to their own explanation; each term says
 * which routes for parents use it.
 */
import { nl } from '../../i18n/nl.ts';
import { FirstUse, type GlossaryWord } from '../parents/glossary-words.ts';
import { glossaryWords } from '../parents/page-parts.ts';
import { routeBody, routeHeader, routeSteps } from '../parents/route-steps.ts';
import type { ParentRoute, Relations } from '../relations.ts';
import { entryUrl, listUrl } from '../urls.ts';
import { collections } from '../../schemas/index.ts';
import type { SearchRecord } from '../../search/filters.ts';
import type { Crumb } from './types.ts';

/** The ids of the glossary words a route uses anywhere in its text. */
function wordsOfRoute(route: ParentRoute, words: readonly GlossaryWord[]): Set<string> {
  const firstUse = new FirstUse(words);
  routeHeader(route, firstUse);
  routeSteps(route, firstUse);
  routeBody(route, firstUse);
  return new Set(firstUse.used.map((word) => word.id));
}

export function glossaryPage(relations: Relations) {
  const text = nl.glossaryPage;
  const words = glossaryWords(relations);
  const routeWords = relations.parentRoutes.map((route) => ({ route, ids: wordsOfRoute(route, words) }));
  const crumbs: Crumb[] = [{ label: nl.parents.title, href: listUrl('parent-routes') }, { label: text.title }];
  const search: SearchRecord = { kind: collections.glossary.searchKind };
  return {
    title: text.title,
    lead: text.lead,
    crumbs,
    search,
    jump: { label: text.jump, links: words.map((word) => ({ label: word.term, href: `#${word.id}` })) },
    terms: words.map((word) => {
      // Other terms in an explanation link to their own explanation on this page.
      const explanation = new FirstUse(words, word.id).parts(word.explanation);
      const usedIn = routeWords.filter(({ ids }) => ids.has(word.id));
      return {
        id: word.id,
        term: word.term,
        full: word.full,
        explanation,
        alsoCalled: word.synonyms.length > 0 ? { label: text.alsoCalled, text: word.synonyms.join(', ') } : undefined,
        usedIn:
          usedIn.length > 0
            ? { label: text.usedIn, links: usedIn.map(({ route }) => ({ label: route.data.title, href: entryUrl('parent-routes', route.id) })) }
            : undefined,
      };
    }),
    missing: text.missing,
  };
}
