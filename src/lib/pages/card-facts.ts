/** The short facts under a card's summary: where, about what and for which onderwijs, as plain text (one link per card is enough). */
import { nl } from '../../i18n/nl.ts';
import { schoolTypes, type SchoolType } from '../../schemas/shared.ts';
import type { Expert, Lesson, Prototype, Relations } from '../relations.ts';

export interface CardFact {
  term: string;
  value: string;
}

/** "Thema: Autisme" or "Thema's: Autisme, Gedrag"; nothing when there are no names. */
function namesFact(noun: { one: string; many: string }, names: string[]): CardFact[] {
  if (names.length === 0) return [];
  return [{ term: names.length === 1 ? noun.one : noun.many, value: names.join(', ') }];
}

/** The werkgebieden by name, or "Werkgebieden: Alle werkgebieden" when it is all of them (eight names say less). */
function regionsFact(entry: Expert | Prototype | Lesson, relations: Relations): CardFact[] {
  const regions = relations.regionsOf(entry.data.regions);
  if (regions.length > 1 && regions.length === relations.regions.length) return [{ term: nl.cardFacts.regions.many, value: nl.listFilter.all.werkgebied }];
  return namesFact(nl.cardFacts.regions, regions.map((region) => region.data.name));
}

const topicsFact = (entry: Expert | Prototype | Lesson, relations: Relations) =>
  namesFact(nl.cardFacts.topics, relations.topicsOf(entry.data.topics).map((topic) => topic.data.name));

/** A person: where you can reach them and what they know about. */
export const expertCardFacts = (expert: Expert, relations: Relations): CardFact[] => [...regionsFact(expert, relations), ...topicsFact(expert, relations)];

/** A goed voorbeeld or a les: where, about what, and for which onderwijstypen. */
export const entryCardFacts = (entry: Prototype | Lesson, relations: Relations): CardFact[] => [
  ...regionsFact(entry, relations),
  ...topicsFact(entry, relations),
  ...namesFact(nl.cardFacts.schoolTypes, (entry.data.schoolTypes as readonly SchoolType[]).map((id) => schoolTypes[id])),
];
