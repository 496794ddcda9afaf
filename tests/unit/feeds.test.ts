/** RSS items (src/lib/feeds.ts): what each item says, the order, the size, and that editors' text stays text. */
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { feedSize, feedText, lessonFeedItem, mixedFeedItems, prototypeFeedItem } from '../../src/lib/feeds.ts';
import type { Lesson, Prototype } from '../../src/lib/relations.ts';

const lesson = (id: string, date: string, summary = 'Een rustige plek helpt de hele groep.'): Lesson =>
  ({ id, collection: 'lessons', data: { title: `Les ${id}`, summary, date: new Date(`${date}T00:00:00Z`) } }) as unknown as Lesson;
const prototype = (id: string, updated: string): Prototype =>
  ({ id, collection: 'prototypes', data: { title: `Voorbeeld ${id}`, summary: 'Een vaste plek in de klas.', updated: new Date(`${updated}T00:00:00Z`) } }) as unknown as Prototype;

/** Undoes XML escaping once, as a feed reader's XML parser does. */
const xmlUnescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('feed items', () => {
  it('gives a lesson its title, link, date, summary and the category "Les"', () => {
    expect(lessonFeedItem(lesson('rust-helpt', '2026-05-01'))).toEqual({
      title: 'Les rust-helpt',
      link: '/lessen/rust-helpt/',
      pubDate: new Date('2026-05-01T00:00:00Z'),
      description: 'Een rustige plek helpt de hele groep.',
      categories: ['Les'],
    });
  });

  it('dates a prototype by its last update, with the category "Goed voorbeeld"', () => {
    expect(prototypeFeedItem(prototype('rustige-werkplek', '2026-03-01'))).toEqual({
      title: 'Voorbeeld rustige-werkplek',
      link: '/prototypen/rustige-werkplek/',
      pubDate: new Date('2026-03-01T00:00:00Z'),
      description: 'Een vaste plek in de klas.',
      categories: ['Goed voorbeeld'],
    });
  });

  it('holds at most 50 items', () => {
    expect(feedSize).toBe(50);
  });
});

describe('feed text', () => {
  it('escapes <, > and & once more', () => {
    expect(feedText('a < b > c & d &amp; e')).toBe('a &lt; b &gt; c &amp; d &amp;amp; e');
  });

  it('shows a summary with <script> and &amp; as plain text after the feed reader undoes the XML escaping once', async () => {
    const summary = 'Kijk <script>alert(1)</script> & lees &amp; meer.';
    const xml = await getRssString({
      title: 'Proef',
      description: 'Proef',
      site: 'https://leernetwerk.example.nl',
      items: [lessonFeedItem(lesson('met-code', '2026-05-01', summary))],
    });
    const description = xmlUnescape(/<item>[\s\S]*?<description>([\s\S]*?)<\/description>/.exec(xml)![1]);
    // This is the HTML a reader renders: no tag in it, and every character of the summary as an entity or itself.
    expect(description).toBe('Kijk &lt;script&gt;alert(1)&lt;/script&gt; &amp; lees &amp;amp; meer.');
    expect(description).not.toContain('<');
  });
});

describe('the mixed feed of a werkgebied', () => {
  it('puts lessons and prototypes together, newest first', () => {
    const items = mixedFeedItems(
      [lesson('oud', '2025-01-10'), lesson('nieuw', '2026-04-02')],
      [prototype('midden', '2025-09-15'), prototype('nieuwst', '2026-06-01')],
    );
    expect(items.map((item) => item.link)).toEqual(['/prototypen/nieuwst/', '/lessen/nieuw/', '/prototypen/midden/', '/lessen/oud/']);
  });

  it('keeps only the newest 50 items', () => {
    const lessons = Array.from({ length: 40 }, (_, index) => lesson(`les-${index}`, `2025-01-${String((index % 28) + 1).padStart(2, '0')}`));
    const prototypes = Array.from({ length: 40 }, (_, index) => prototype(`voorbeeld-${index}`, `2026-01-${String((index % 28) + 1).padStart(2, '0')}`));
    const items = mixedFeedItems(lessons, prototypes);
    expect(items).toHaveLength(50);
    // All 40 prototypes (2026) are newer than every lesson (2025); the ten newest lessons fill the rest.
    expect(items.filter((item) => item.categories?.includes('Goed voorbeeld'))).toHaveLength(40);
    expect(items.slice(40).every((item) => item.pubDate!.getTime() >= new Date('2025-01-19T00:00:00Z').getTime())).toBe(true);
  });
});
