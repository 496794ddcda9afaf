/**
 * The answer data the search page is built with (see answer.ts): every
 * person with what their page already shows (name, role, werkgebieden,
 * thema's), and per werkgebied where a question goes. A coordinator's e-mail
 * address is in it only while their consent allows it (src/lib/contact.ts),
 * otherwise the redactie's. It lives in the search page only, never in the
 * search index.
 */
import { publishableContact } from '../lib/contact.ts';
import type { Relations } from '../lib/relations.ts';
import { entryUrl } from '../lib/urls.ts';
import site from '../site.config.ts';
import type { AnswerData, AskAddress } from './answer.ts';

export function answerData(relations: Relations, now = new Date()): AnswerData {
  const editors: AskAddress = { email: site.contact.email };
  return {
    people: relations.experts.map((expert) => ({
      name: expert.data.name,
      role: expert.data.role,
      href: entryUrl('experts', expert.id),
      regions: relations.regionsOf(expert.data.regions).map((region) => region.id),
      topics: relations.topicsOf(expert.data.topics).map((topic) => topic.id),
    })),
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
