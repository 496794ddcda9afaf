/**
 * The answer data of the search page (see answer.ts), in JSON files the page
 * fetches when a question needs them, so the page does not grow with the
 * network: per werkgebied where a question goes (/zoeken/vragen.json), and per
 * thema the people with what their page already shows (name, role,
 * werkgebieden, thema's; /zoeken/mensen/<thema>.json). A coordinator's e-mail
 * address is in it only while their consent allows it (src/lib/contact.ts),
 * otherwise questions go to the redactie. Never in the search index.
 */
import { publishableContact } from '../lib/contact.ts';
import type { Relations } from '../lib/relations.ts';
import { entryUrl } from '../lib/urls.ts';
import type { AnswerPerson, AnswerRegion } from './answer.ts';

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

/**
 * Per werkgebied where a question goes (the file /zoeken/vragen.json): its coordinator while
 * their consent allows it and they are there for professionals (as the people of answerPeople;
 * someone for parents only gets no questions from the search page); without `ask` to the
 * redactie, whose address is in the page.
 */
export function askRegions(relations: Relations, now = new Date()): AnswerRegion[] {
  return relations.regions.map((region) => {
    const coordinator = relations.expertOf(region.data.coordinator);
    const forProfessionals = coordinator?.data.audience.includes('professionals');
    const email = coordinator && forProfessionals && publishableContact(coordinator, now)?.email;
    const where = { id: region.id, name: region.data.name };
    return coordinator && email ? { ...where, ask: { name: coordinator.data.name, email } } : where;
  });
}
