/** The steps of a parent route as a page shows them, with glossary terms linked at first use, and the route's "Goed om te weten" text. */
import { nl } from '../../i18n/nl.ts';
import { topicKeywords } from '../../search/keywords.ts';
import type { ParentRoute, Relations } from '../relations.ts';
import { entryUrl } from '../urls.ts';
import type { FirstUse } from './glossary-words.ts';
import { linkTermsInHtml } from './link-html.ts';
import { explanationId } from './page-parts.ts';

/** The id of a step on the page, for the overview's in-page links: `stap-2`. */
export const stepAnchor = (number: number) => `stap-${number}`;

/** The route's header: situation and summary, in reading order before the steps. */
export function routeHeader(route: ParentRoute, firstUse: FirstUse) {
  firstUse.note(route.data.title);
  return {
    situationLabel: nl.parents.situationQuote,
    situation: firstUse.parts(route.data.situation),
    summary: firstUse.parts(route.data.summary),
  };
}

export function routeSteps(route: ParentRoute, firstUse: FirstUse) {
  const { steps } = route.data;
  return steps.map((step, index) => {
    firstUse.note(step.title);
    return {
      number: index + 1,
      anchor: stepAnchor(index + 1),
      label: nl.parents.stepNumber(index + 1, steps.length),
      title: step.title,
      text: firstUse.parts(step.text),
      expect: step.expect ? { label: nl.parents.expectLabel, text: firstUse.parts(step.expect) } : undefined,
    };
  });
}

/** "Goed om te weten": the route's Markdown text as HTML, with first uses linked; undefined when the route has none. */
export function routeBody(route: ParentRoute, firstUse: FirstUse) {
  const html = route.rendered?.html?.trim();
  if (!html) return undefined;
  const link = (id: string) => `<a class="term" href="${entryUrl('glossary', id)}" aria-describedby="${explanationId(id)}">`;
  return { heading: nl.parents.goodToKnow, html: linkTermsInHtml(html, firstUse, link) };
}

/**
 * Words the route is found by in search but that it does not show: the
 * other words of the glossary terms it uses ("rugzak" for arrangement) and
 * its topics' names and synonyms.
 */
export function routeSearchWords(route: ParentRoute, firstUse: FirstUse, relations: Relations): string[] {
  const fromGlossary = firstUse.used.flatMap((word) => [word.term, word.full ?? '', ...word.synonyms]);
  return [...new Set([...fromGlossary, ...topicKeywords(relations.topicsOf(route.data.topics))].filter(Boolean))];
}
