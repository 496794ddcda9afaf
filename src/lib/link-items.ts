/** Turns references into link items for <LinkList> and <Facts>: names in Dutch, URLs from urls.ts. */
import { focusAreas, type FocusArea } from '../schemas/focus-areas.ts';
import { schoolTypes, type SchoolType } from '../schemas/shared.ts';
import type { Expert, NetworkGroup, Region, Topic } from './relations.ts';
import { entryUrl, focusAreaUrl } from './urls.ts';

export interface LinkItem {
  label: string;
  href?: string;
}

export const regionLinks = (regions: Region[]): LinkItem[] =>
  regions.map((region) => ({ label: region.data.name, href: entryUrl('regions', region.id) }));
export const topicLinks = (topics: Topic[]): LinkItem[] =>
  topics.map((topic) => ({ label: topic.data.name, href: entryUrl('topics', topic.id) }));
export const networkGroupLinks = (groups: NetworkGroup[]): LinkItem[] =>
  groups.map((group) => ({ label: group.data.name, href: entryUrl('network-groups', group.id) }));
export const expertLinks = (experts: Expert[]): LinkItem[] =>
  experts.map((expert) => ({ label: expert.data.name, href: entryUrl('experts', expert.id) }));
export const focusAreaLinks = (ids: readonly FocusArea[]): LinkItem[] =>
  ids.map((id) => ({ label: focusAreas[id].short, href: focusAreaUrl(id) }));
export const schoolTypeNames = (ids: readonly SchoolType[]): string => ids.map((id) => schoolTypes[id]).join(', ');
