/** The RSS feed of a thema or netwerkgroep hub, like a werkgebied's: to follow one subject without an account. */
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';
import { hubFeedUrl } from '../urls.ts';

export interface HubFeed {
  /** For <link rel="alternate"> in the head. */
  title: string;
  href: string;
  /** The visible link on the hub. */
  linkText: string;
}

export function hubFeed(collection: 'topics' | 'network-groups', id: string, name: string): HubFeed {
  return collection === 'topics'
    ? { title: nl.watchFeeds.topicTitle(name, site.name), href: hubFeedUrl(collection, id), linkText: nl.watchFeeds.topicLink }
    : { title: nl.watchFeeds.groupTitle(name, site.name), href: hubFeedUrl(collection, id), linkText: nl.watchFeeds.groupLink };
}
