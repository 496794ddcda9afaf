/**
 * "Wie kan je waarvoor benaderen?" on a werkgebied: one table with a row per
 * person (each person once, with how to reach them), the same table on screen
 * and on the printed contact sheet; and above it, per thema, who to ask.
 * On paper it says when it was made, where the newest version is, and which
 * profiles are "mogelijk verouderd".
 */
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';
import { expertContact } from '../contact.ts';
import { formatDate } from '../dates.ts';
import type { Expert, Region, Relations } from '../relations.ts';
import { entryUrl, listUrl } from '../urls.ts';
import { isOutdated } from './expert-page.ts';

/** How many "vraag mij over" phrases a row shows. */
const askLimit = 3;

export interface PeopleRow {
  expert: Expert;
  /** Id of the row, for the links from the thema list. */
  id: string;
  name: string;
  href: string;
  roleAndOrganisation: string;
  topics: string;
  ask: string;
  /** When to reach the person: only beside their own contact data. */
  availability?: string;
  outdated: boolean;
}

export const personRowId = (expert: Expert) => `persoon-${expert.id}`;

export function peopleTable(region: Region, relations: Relations, now = new Date()) {
  const experts = relations.expertsForRegion(region.id);
  const rows = experts.map((expert): PeopleRow => {
    const { data } = expert;
    return {
      expert,
      id: personRowId(expert),
      name: data.name,
      href: entryUrl('experts', expert.id),
      roleAndOrganisation: `${data.role}, ${data.organisation}`,
      topics: relations.topicsOf(data.topics).map((topic) => topic.data.name).join(', '),
      ask: `${nl.expert.askMeAbout}: ${data.askMeAbout.slice(0, askLimit).join('; ')}${data.askMeAbout.length > askLimit ? ' …' : ''}`,
      availability:
        expertContact(expert, now).published && data.availability ? `${nl.fields.experts.availability.label}: ${data.availability}` : undefined,
      outdated: isOutdated(expert, now),
    };
  });
  return {
    count: rows.length,
    rows,
    /** Per thema (alphabetical), the people to ask, as links to their row. */
    byTopic: relations.expertsByTopicInRegion(region.id).map(({ topic, experts: people }) => ({
      topic: { name: topic.data.name, href: entryUrl('topics', topic.id) },
      people: people.map((expert) => ({ name: expert.data.name, href: `#${personRowId(expert)}` })),
    })),
    byTopicLabel: nl.peopleTable.byTopicLabel(region.data.name),
    caption: nl.contactSheet.title(site.name, site.organisation, region.data.name),
    madeOn: nl.peopleTable.madeOn(formatDate(now)),
    address: new URL(entryUrl('regions', region.id), site.url).href,
    outdatedNote: rows.some((row) => row.outdated) ? nl.peopleTable.outdatedNote(site.privacy.reviewMonths) : undefined,
    everyone: { label: nl.peopleTable.everyone, href: listUrl('experts') },
  };
}
