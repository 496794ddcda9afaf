/**
 * The answer data of the search page (see answer.ts): per werkgebied where a
 * question goes, in the page; and per thema the people with what their page
 * already shows (name, role, werkgebieden, thema's), in a small JSON file per
 * thema that the page fetches for the thema of a question (so the page does
 * not grow with the number of people). A coordinator's e-mail
 * address is in it only while their consent allows it (src/lib/contact.ts),
 * otherwise the redactie's. It lives in the search page only, never in the
 * search index.
 */
import { publishableContact } from '../lib/contact.ts';
import type { Relations } from '../lib/relations.ts';
import { entryUrl } from '../lib/urls.ts';
import site from '../site.config.ts';
import type { AnswerPageData, AnswerPerson, AskAddress } from './answer.ts';

/**
 * The people of "wie weet wat" with this thema (the file /zoeken/mensen/<thema>.json): those
 * there for professionals, as on the thema's own page (an ervaringsouder for parents only is not).
 */
export function answerPeople(relations: Relations, topicId: string): AnswerPerson[] {
  return relations.expertsForTopic(topicId).map((expert) => ({
    name: expert.data.name,
    role: expert.data.role,
    href: entryUrl('experts', expert.id),
    regions: relations.regionsOf(expert.data.regions).map((region) => region.id),
    topics: relations.topicsOf(expert.data.topics).map((topic) => topic.id),
  }));
}

export function answerData(relations: Relations, now = new Date()): AnswerPageData {
  const editors: AskAddress = { email: site.contact.email };
  return {
    regions: relations.regions.map((region) => {
      const coordinator = relations.expertOf(region.data.coordinator);
      const email = coordinator && publishableContact(coordinator, now)?.email;
      return {
        id: region.id,
        name: region.data.name,
        ask: coordinator && email ? { name: coordinator.data.name, email } : editors,
      };
    }),
    editors,
  };
}
