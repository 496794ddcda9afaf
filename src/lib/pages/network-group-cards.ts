/** Netwerkgroepen as cards on a hub page, each with how many lessons it shared. */
import { nl } from '../../i18n/nl.ts';
import { contentCounts } from '../counts.ts';
import type { NetworkGroup, Relations } from '../relations.ts';
import { entryUrl } from '../urls.ts';

export interface HubCardModel {
  kind: string;
  href: string;
  title: string;
  summary?: string;
  counts: string[];
}

export const networkGroupCards = (groups: NetworkGroup[], relations: Relations): HubCardModel[] =>
  groups.map((group) => ({
    kind: nl.collections['network-groups'].kind,
    href: entryUrl('network-groups', group.id),
    title: group.data.name,
    counts: contentCounts({ lessons: relations.lessonsForNetworkGroup(group.id).length }),
  }));
