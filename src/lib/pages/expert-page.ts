/** The page of one profile (/wie-weet-wat/<id>/): what the layout shows, computed from the relations index. */
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';
import { expertSearch } from '../../search/records.ts';
import { expertContact } from '../contact.ts';
import { formatDate, isOlderThan } from '../dates.ts';
import { networkGroupLinks, regionLinks, topicLinks } from '../link-items.ts';
import type { Expert, Relations } from '../relations.ts';
import { listUrl, url } from '../urls.ts';
import { noHistory, type ContentHistory } from '../history.ts';
import { livingPage } from './living.ts';
import type { Crumb, Fact } from './types.ts';

/** True when the profile's last check is older than the site's review term: it shows as "mogelijk verouderd". */
export const isOutdated = (expert: Expert, now = new Date()) => isOlderThan(expert.data.reviewed, site.privacy.reviewMonths, now);

export function expertPage(expert: Expert, relations: Relations, now = new Date(), history: ContentHistory = noHistory) {
  const { data } = expert;
  const text = nl.collections.experts;
  const label = nl.fields.experts;
  const coordinated = relations.regionsCoordinatedBy(expert.id);
  const outdated = isOutdated(expert, now);
  // Each fact once: the organisation is in the summary, a werkgebied they coordinate is not listed again,
  // and the date of the last check is in the "mogelijk verouderd" notice when there is one.
  const facts: Fact[] = [
    { term: label.topics.label, value: topicLinks(relations.topicsOf(data.topics)) },
    { term: label.regions.label, value: regionLinks(relations.regionsOf(data.regions).filter((region) => !coordinated.includes(region))) },
    { term: nl.expert.coordinatorOf, value: regionLinks(coordinated) },
    { term: nl.expert.contactFor, value: networkGroupLinks(relations.networkGroupsForContact(expert.id)) },
    { term: label.reviewed.label, value: outdated ? undefined : formatDate(data.reviewed) },
  ];
  const crumbs: Crumb[] = [{ label: text.section, href: listUrl('experts') }, { label: data.name }];
  // E-mail and phone, or the redactie once the consent has expired (src/lib/contact.ts, as ContactLinks shows it).
  const contact = expertContact(expert, now);
  return {
    kind: text.kind,
    title: data.name,
    summary: `${data.role}, ${data.organisation}`,
    description: nl.expert.description(data.name, data.role, data.organisation, data.askMeAbout),
    factsLabel: nl.facts.label(data.name),
    crumbs,
    ...expertSearch(expert, relations),
    /** The "mogelijk verouderd" notice, with where to report what is wrong. */
    outdated: outdated
      ? {
          explanation: nl.expert.outdatedExplanation(formatDate(data.reviewed), site.privacy.reviewMonths),
          email: site.contact.email,
          mailto: `mailto:${site.contact.email}?subject=${encodeURIComponent(nl.expert.outdatedMailSubject(data.name))}`,
        }
      : undefined,
    photo: data.photo && { src: url(data.photo.src), alt: data.photo.alt },
    askMeAbout: data.askMeAbout,
    contact,
    /** When to reach the person: only beside their own contact data. */
    availability: contact.published && data.availability ? `${label.availability.label}: ${data.availability}` : undefined,
    prototypes: relations.prototypesForContact(expert.id),
    lessons: relations.lessonsByAuthor(expert.id),
    facts,
    living: livingPage('experts', expert, history),
  };
}
