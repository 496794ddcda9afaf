/**
 * The sample site as built by the global setup: every entry, hub and feed
 * has its page, drafts appear nowhere, and every internal link resolves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkLinks, listFiles } from '../../tools/link-check.ts';
import { focusAreaIds } from '../../src/schemas/focus-areas.ts';
import site from '../../src/site.config.ts';
import { contentDir, sampleSiteDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';
import { checkContent } from '../../src/content-check/validation.ts';
import { nl } from '../../src/i18n/nl.ts';
import { consentExpired, publishableContact } from '../../src/lib/contact.ts';
import type { AnswerRegion } from '../../src/search/answer.ts';

const relations = relationsFromFolder(contentDir);
const page = (sitePath: string) => path.join(sampleSiteDir, sitePath, 'index.html');
const read = (file: string) => readFileSync(file, 'utf8');
// The CMS at /admin/ is an app, not a page of the site; tests/build/cms-admin.test.ts covers it.
const htmlPages = listFiles(sampleSiteDir).filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));
const drafts = [...Object.entries(checkContent(contentDir).entries)].flatMap(([collection, entries]) =>
  [...entries.values()].filter((entry) => entry.data.draft === true).map((entry) => ({ collection, id: entry.file.id, title: String(entry.data.title ?? entry.data.name) })),
);

describe('the built sample site', () => {
  it('has the sample content the issue asks for', () => {
    expect(relations.regions).toHaveLength(8);
    expect(relations.topics.length).toBeGreaterThanOrEqual(12);
    expect(relations.networkGroups).toHaveLength(4);
    expect(relations.prototypes.length).toBeGreaterThanOrEqual(15);
    expect(relations.lessons.length).toBeGreaterThanOrEqual(15);
    expect(relations.experts.length).toBeGreaterThanOrEqual(20);
    expect(drafts.length).toBeGreaterThan(0);
  });

  it('keeps the people out of the search page (it must not grow with them) and writes one small file per thema', () => {
    const searchPage = read(page('zoeken'));
    for (const expert of relations.experts) expect(searchPage).not.toContain(`/wie-weet-wat/${expert.id}/`);
    for (const topic of relations.topics) {
      const people = JSON.parse(read(path.join(sampleSiteDir, 'zoeken', 'mensen', `${topic.id}.json`))) as Array<{ href: string; topics: string[] }>;
      expect(people.every((person) => person.topics.includes(topic.id))).toBe(true);
      expect(people.map((person) => person.href)).toEqual(relations.expertsForTopic(topic.id).map((expert) => `/wie-weet-wat/${expert.id}/`));
    }
  });

  it('keeps where questions go out of the search page and writes it to one file, a coordinator\'s e-mail only while consent allows it', () => {
    const searchPage = read(page('zoeken'));
    const file = read(path.join(sampleSiteDir, 'zoeken', 'vragen.json'));
    const asks = JSON.parse(file) as AnswerRegion[];
    expect(asks.map((entry) => entry.id)).toEqual(relations.regions.map((region) => region.id));
    for (const region of relations.regions) {
      const coordinator = relations.expertOf(region.data.coordinator);
      const email = coordinator && publishableContact(coordinator)?.email;
      const entry = asks.find((candidate) => candidate.id === region.id)!;
      expect(entry.name).toBe(region.data.name);
      expect(entry.ask).toEqual(coordinator && email ? { name: coordinator.data.name, email } : undefined);
      if (email) expect(searchPage).not.toContain(email);
    }
    expect(asks.filter((entry) => entry.ask).length).toBeGreaterThan(0);
    const expired = relations.experts.filter((expert) => consentExpired(expert)).flatMap((expert) => expert.data.contact.email ?? []);
    expect(expired.length).toBeGreaterThan(0);
    for (const email of expired) expect(file).not.toContain(email);
    // The page names the file and the redactie, and nothing more of the werkgebieden's contacts.
    const app = parse(searchPage).querySelector('#search-app')!;
    expect(app.getAttribute('data-ask-regions')).toBe('/zoeken/vragen.json');
    expect(app.getAttribute('data-editors')).toBe(site.contact.email);
    expect(searchPage.match(/[\w.-]+@[\w.-]+\.\w+/g)?.filter((email) => email !== site.contact.email) ?? []).toEqual([]);
  });

  it('has a page for every published prototype, lesson and expert', () => {
    const missing = [
      ...relations.prototypes.map((entry) => `prototypen/${entry.id}`),
      ...relations.lessons.map((entry) => `lessen/${entry.id}`),
      ...relations.experts.map((entry) => `wie-weet-wat/${entry.id}`),
    ].filter((sitePath) => !existsSync(page(sitePath)));
    expect(missing).toEqual([]);
  });

  it('has a hub page for every werkgebied, thema, netwerkgroep and speerpunt, and their overviews', () => {
    const hubs = [
      ...relations.regions.map((entry) => `werkgebieden/${entry.id}`),
      ...relations.topics.map((entry) => `themas/${entry.id}`),
      ...relations.networkGroups.map((entry) => `netwerkgroepen/${entry.id}`),
      ...focusAreaIds.map((id) => `speerpunten/${id}`),
      'werkgebieden', 'themas', 'netwerkgroepen', 'speerpunten', 'prototypen', 'lessen', 'wie-weet-wat', '',
      'over', 'privacy', 'toegankelijkheid', 'overzicht', 'zoeken',
    ];
    expect(hubs.filter((sitePath) => !existsSync(page(sitePath)))).toEqual([]);
    expect(existsSync(path.join(sampleSiteDir, '404.html'))).toBe(true);
    expect(existsSync(path.join(sampleSiteDir, 'sitemap-index.xml'))).toBe(true);
  });

  it('publishes RSS feeds, site-wide and per werkgebied, newest first', () => {
    const lessonFeed = read(path.join(sampleSiteDir, 'lessen', 'rss.xml'));
    const items = [...lessonFeed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>/g)];
    expect(items.length).toBe(Math.min(relations.lessons.length, 50));
    const dates = items.map((item) => new Date(item[2]).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(lessonFeed).toContain('<language>nl-nl</language>');
    expect(read(path.join(sampleSiteDir, 'prototypen', 'rss.xml'))).toContain(`${site.url}/prototypen/${relations.prototypes[0].id}/`);
    for (const region of relations.regions) {
      const feed = read(path.join(sampleSiteDir, 'werkgebieden', region.id, 'rss.xml'));
      const expected = relations.lessonsForRegion(region.id).length + relations.prototypesForRegion(region.id).length;
      expect((feed.match(/<item>/g) ?? []).length).toBe(Math.min(expected, 50));
    }
  });

  it('leaves drafts out of every page, feed and the sitemap', () => {
    const allText = listFiles(sampleSiteDir)
      .filter((file) => /\.(html|xml)$/.test(file))
      .map((file) => read(path.join(sampleSiteDir, file)))
      .join('\n');
    for (const draft of drafts) {
      expect(allText).not.toContain(draft.title);
      expect(allText).not.toContain(`/${draft.id}/`);
    }
  });

  it('has no broken internal links, anchors or assets', () => {
    const broken = checkLinks(sampleSiteDir, { base: site.basePath, origin: new URL(site.url).origin, endpoints: [site.contribute.endpoint] });
    expect(broken.map((link) => `${link.page}: ${link.target} ${link.reason}`)).toEqual([]);
  });

  it('marks every page as Dutch, with one h1 and a title', () => {
    const problems = htmlPages.flatMap((file) => {
      const root = parse(read(path.join(sampleSiteDir, file)));
      const issues: string[] = [];
      if (root.querySelector('html')?.getAttribute('lang') !== 'nl') issues.push(`${file}: lang is not nl`);
      if (root.querySelectorAll('h1').length !== 1) issues.push(`${file}: ${root.querySelectorAll('h1').length} h1 elements`);
      if (!root.querySelector('title')?.text.trim()) issues.push(`${file}: no title`);
      return issues;
    });
    expect(problems).toEqual([]);
  });

  it('reads as written: a space before the link on /over/, one colon in the home page title, and no "Netwerkgroepen (0)"', () => {
    const about = parse(read(page('over'))).querySelector('main')!.textContent.replace(/\s+/g, ' ');
    expect(about).toContain('Je vult een formulier in op de pagina Delen.');
    const homeTitle = parse(read(page(''))).querySelector('title')!.text;
    expect(homeTitle.startsWith(`${site.name} | `)).toBe(true);
    expect(homeTitle.match(/:/g)?.length ?? 0).toBeLessThanOrEqual(1);
    const emptySections = htmlPages.filter((file) => /\(0\)<\/span><\/h2>/.test(read(path.join(sampleSiteDir, file))));
    expect(emptySections).toEqual([]);
  });

  it('writes apostrophes one way in every text of the site (src/i18n/nl.ts): straight, as in "thema\'s"', () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') texts.push(String(value));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(nl);
    expect(texts.filter((text) => /\p{L}’\p{L}/u.test(text))).toEqual([]);
  });

  it('ships no JavaScript on content pages', () => {
    const withScripts = htmlPages
      .filter((file) => !file.startsWith('zoeken/') && !file.startsWith('admin/') && file !== 'delen/index.html')
      .filter((file) => /<script/i.test(read(path.join(sampleSiteDir, file))));
    expect(withScripts).toEqual([]);
  });

  it('gives the /delen/ form one script of its own, and the pages that link to it none', () => {
    const scripts = parse(read(page('delen'))).querySelectorAll('script');
    expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['module']);
    expect(scripts[0]!.getAttribute('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    const lesson = read(page(`lessen/${relations.lessons[0]!.id}`));
    expect(lesson).toContain('Iets aanvullen of verbeteren?');
    expect(lesson).not.toMatch(/<script/i);
  });

  it('shows "Laatst bijgewerkt" on every lesson, goed voorbeeld and profile: the last commit of its file, or its own date on a shallow clone', () => {
    const git = (args: string[]) => execFileSync('git', ['-C', contentDir, ...args], { encoding: 'utf8' }).trim();
    const shallow = git(['rev-parse', '--is-shallow-repository']) === 'true';
    const day = (date: Date) => date.toISOString().slice(0, 10);
    const ownDate = (data: Record<string, unknown>) => ['updated', 'date', 'reviewed'].map((field) => data[field]).find((value) => value instanceof Date) as Date;
    const collections = [['lessen', 'lessons', relations.lessons], ['prototypen', 'prototypes', relations.prototypes], ['wie-weet-wat', 'experts', relations.experts]] as const;
    for (const [segment, collection, entries] of collections) {
      for (const entry of entries) {
        const html = read(page(`${segment}/${entry.id}`));
        const shown = /Laatst bijgewerkt op <time datetime="(\d{4}-\d{2}-\d{2})">/.exec(html)?.[1];
        const committed = shallow ? '' : git(['log', '-1', '--format=%cI', '--', `${collection}/${entry.id}.md`, `${collection}/${entry.id}.mdx`]);
        const expected = committed ? day(new Date(committed)) : day(ownDate(entry.data as Record<string, unknown>));
        expect(shown, `${segment}/${entry.id}`).toBe(expected);
      }
    }
  });

  it('lists the newest changes on /wijzigingen/ with a feed, and gives every thema and netwerkgroep a feed of its own', () => {
    const changes = parse(read(page('wijzigingen')));
    const rows = changes.querySelectorAll('table.changes tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(50);
    expect(changes.querySelector('link[rel="alternate"][href="/wijzigingen/rss.xml"]')).not.toBeNull();
    expect(read(path.join(sampleSiteDir, 'wijzigingen', 'rss.xml'))).toMatch(/<item><title>(Nieuw|Bijgewerkt): /);
    for (const topic of relations.topics) expect(existsSync(path.join(sampleSiteDir, 'themas', topic.id, 'rss.xml')), topic.id).toBe(true);
    for (const group of relations.networkGroups) {
      expect(read(page(`netwerkgroepen/${group.id}`))).toContain(`href="/netwerkgroepen/${group.id}/rss.xml"`);
    }
  });

  it('shows "mogelijk verouderd" only on profiles reviewed more than 12 months ago', () => {
    const yearAgo = new Date();
    yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
    for (const expert of relations.experts) {
      const html = read(page(`wie-weet-wat/${expert.id}`));
      expect(html.includes('Mogelijk verouderd'), expert.id).toBe(expert.data.reviewed.getTime() < yearAgo.getTime());
    }
    expect(relations.experts.some((expert) => expert.data.reviewed.getTime() < yearAgo.getTime())).toBe(true);
  });

  it('links a prototype to its contacts and lessons, and the lessons back', () => {
    const prototype = relations.prototypes.find((entry) => relations.lessonsForPrototype(entry.id).length > 0)!;
    const html = read(page(`prototypen/${prototype.id}`));
    for (const expert of relations.expertsOf(prototype.data.contacts)) expect(html).toContain(`/wie-weet-wat/${expert.id}/`);
    for (const lesson of relations.lessonsForPrototype(prototype.id)) {
      expect(html).toContain(`/lessen/${lesson.id}/`);
      expect(read(page(`lessen/${lesson.id}`))).toContain(`/prototypen/${prototype.id}/`);
    }
  });
});
