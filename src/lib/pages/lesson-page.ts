/** The page of one les (/lessen/<id>/): what the layout shows, computed from the relations index. */
import { nl } from '../../i18n/nl.ts';
import { adoptionResults } from '../../schemas/adoption.ts';
import { lessonSearch } from '../../search/records.ts';
import { adoptionsOf } from '../adoptions.ts';
import { formatDate } from '../dates.ts';
import { regionLinks, schoolTypeNames, topicLinks } from '../link-items.ts';
import type { Lesson, Relations } from '../relations.ts';
import { entryUrl, listUrl } from '../urls.ts';
import { noHistory, type ContentHistory } from '../history.ts';
import { livingPage } from './living.ts';
import type { Crumb, Fact } from './types.ts';

export function lessonPage(lesson: Lesson, relations: Relations, history: ContentHistory = noHistory) {
  const { data } = lesson;
  const text = nl.collections.lessons;
  const label = nl.fields.lessons;
  const prototype = relations.prototypeOf(data.prototype);
  const group = relations.networkGroupOf(data.networkGroup);
  const authors = relations.expertsOf(data.authors);
  const adoption = adoptionsOf(relations).ofLesson(lesson.id);
  // Only what the page does not say elsewhere: the date and netwerkgroep are in "Gedeeld door ... op ...",
  // the goed voorbeeld and the authors have their own sections below the text.
  const facts: Fact[] = [
    { term: label.regions.label, value: regionLinks(relations.regionsOf(data.regions)) },
    { term: label.topics.label, value: topicLinks(relations.topicsOf(data.topics)) },
    { term: label.schoolTypes.label, value: schoolTypeNames(data.schoolTypes) },
    { term: label.updated.label, value: data.updated && formatDate(data.updated) },
  ];
  const crumbs: Crumb[] = [{ label: text.section, href: listUrl('lessons') }, { label: data.title }];
  return {
    kind: text.kind,
    title: data.title,
    summary: data.summary,
    factsLabel: nl.facts.label(data.title),
    crumbs,
    ...lessonSearch(lesson, relations),
    /** "Gedeeld door <netwerkgroep> op <datum>", or "Gedeeld op <datum>". */
    sharedBy: group && { name: group.data.name, href: entryUrl('network-groups', group.id) },
    sharedOn: formatDate(data.date),
    prototype,
    /** A take-over: which voorbeeld, from where, how it went and what they changed. */
    adoption: adoption && {
      heading: nl.transfer.lessonHeading,
      text: nl.transfer.lessonText(
        adoption.regions.map((region) => region.data.name),
        adoption.origins.map((region) => region.data.name),
      ),
      result: { label: nl.fields.adoption.result.label, value: adoptionResults[adoption.result] },
      changed: adoption.changed && { label: nl.fields.adoption.changed.label, value: adoption.changed },
      prototypeHref: entryUrl('prototypes', adoption.prototype.id),
      perRegion: { label: nl.transfer.seeAllRegions, href: `${entryUrl('prototypes', adoption.prototype.id)}#per-werkgebied` },
    },
    authors,
    authorsHeading: label.authors.label,
    facts,
    living: livingPage('lessons', lesson, history),
  };
}
