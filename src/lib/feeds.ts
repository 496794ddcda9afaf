/** RSS items for lessons and prototypes: newest first, title, link, date and summary (escaped by @astrojs/rss). */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { Lesson, Prototype } from './relations.ts';
import { nl } from '../i18n/nl.ts';
import { entryUrl } from './urls.ts';

export const feedSize = 50;

/**
 * Text for an RSS description. Feed readers render a description as HTML after
 * undoing the XML escaping, so `<`, `>` and `&` are escaped once more here:
 * an editor's `<script>` then shows as text in the reader too.
 */
export function feedText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function lessonFeedItem(lesson: Lesson): RSSFeedItem {
  return {
    title: lesson.data.title,
    link: entryUrl('lessons', lesson.id),
    pubDate: lesson.data.date,
    description: feedText(lesson.data.summary),
    categories: [nl.collections.lessons.kind],
  };
}

export function prototypeFeedItem(prototype: Prototype): RSSFeedItem {
  return {
    title: prototype.data.title,
    link: entryUrl('prototypes', prototype.id),
    pubDate: prototype.data.updated,
    description: feedText(prototype.data.summary),
    categories: [nl.collections.prototypes.kind],
  };
}

/** Lessons and prototypes together, newest first, at most `feedSize`. */
export function mixedFeedItems(lessons: Lesson[], prototypes: Prototype[]): RSSFeedItem[] {
  return [...lessons.map(lessonFeedItem), ...prototypes.map(prototypeFeedItem)]
    .sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0))
    .slice(0, feedSize);
}

/** The feed of one hub (werkgebied, thema, netwerkgroep): its lessons and goede voorbeelden, newest first. */
export function hubFeed(options: { site: URL; title: string; description: string; lessons: Lesson[]; prototypes: Prototype[] }) {
  return rss({
    title: options.title,
    description: feedText(options.description),
    site: options.site,
    items: mixedFeedItems(options.lessons, options.prototypes),
    customData: '<language>nl-nl</language>',
  });
}
