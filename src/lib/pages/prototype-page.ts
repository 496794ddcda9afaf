/** The page of one goed voorbeeld (/prototypen/<id>/): what the layout shows, computed from the relations index. */
import { nl } from '../../i18n/nl.ts';
import { prototypeSearch } from '../../search/records.ts';
import { formatDate } from '../dates.ts';
import { focusAreaLinks, regionLinks, schoolTypeNames, topicLinks } from '../link-items.ts';
import type { Prototype, Relations } from '../relations.ts';
import { contributeUrl, listUrl, url } from '../urls.ts';
import { noHistory, type ContentHistory } from '../history.ts';
import { livingPage } from './living.ts';
import { prototypeTransfer } from './prototype-transfer.ts';
import type { Crumb, Fact } from './types.ts';
import { visitOffer } from './visit-offer.ts';

export function prototypePage(prototype: Prototype, relations: Relations, history: ContentHistory = noHistory, now = new Date()) {
  const { data } = prototype;
  const text = nl.collections.prototypes;
  const label = nl.fields.prototypes;
  // The status is not repeated here: the badge under the title shows it.
  const facts: Fact[] = [
    { term: label.regions.label, value: regionLinks(relations.regionsOf(data.regions)) },
    { term: label.topics.label, value: topicLinks(relations.topicsOf(data.topics)) },
    { term: label.schoolTypes.label, value: schoolTypeNames(data.schoolTypes) },
    { term: label.focusAreas.label, value: focusAreaLinks(data.focusAreas) },
    { term: label.schools.label, value: data.schools.join(', ') },
    { term: label.started.label, value: data.started && formatDate(data.started) },
    { term: label.updated.label, value: formatDate(data.updated) },
    { term: label.reviewed.label, value: data.reviewed && formatDate(data.reviewed) },
  ];
  const crumbs: Crumb[] = [{ label: text.section, href: listUrl('prototypes') }, { label: data.title }];
  return {
    kind: text.kind,
    title: data.title,
    summary: data.summary,
    factsLabel: nl.facts.label(data.title),
    crumbs,
    ...prototypeSearch(prototype, relations),
    status: data.status,
    cover: data.cover && { src: url(data.cover.src), alt: data.cover.alt },
    contacts: relations.expertsOf(data.contacts),
    lessons: relations.lessonsForPrototype(prototype.id),
    shareLessonHref: contributeUrl('lessons', prototype.id),
    visit: visitOffer(prototype, relations, now),
    /** "Werkt het ook bij ons?": leerfase, what it needs, per werkgebied, and sharing a take-over. */
    transfer: prototypeTransfer(prototype, relations),
    facts,
    living: livingPage('prototypes', prototype, history, { contacts: relations.expertsOf(data.contacts), now }),
  };
}
