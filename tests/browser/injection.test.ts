/**
 * Content cannot inject markup or script. A fixture site whose titles,
 * summaries, askMeAbout phrases and bodies are full of `<script>`,
 * `"><img src=x onerror=...>` and `javascript:` links is built and opened in
 * Chromium with the Content-Security-Policy switched off (bypassCSP), so the
 * escaping itself is tested, not the CSP behind it: no script runs, no dialog
 * opens, and no such element or attribute exists in any page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../tools/link-check.ts';
import { astroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { fixturesDir, outputDir } from '../helpers/paths.ts';
import { waitForSearch } from '../helpers/search-page.ts';
import { duplicateIds, htmlPages, xmlFiles, xmlProblems } from '../helpers/well-formed.ts';

const injectionSite = path.join(outputDir, 'injection-site');
let build: BuildResult;
beforeAll(async () => {
  build = await astroBuild({ contentDir: path.join(fixturesDir, 'injection'), outDir: injectionSite, name: 'injection-site' });
}, 300_000);
const site = useSampleSite({ dir: injectionSite });

/** The pages that show the fixture's payloads, one of every kind. */
const payloadPages = [
  '/',
  '/prototypen/',
  '/prototypen/proef-met-code/',
  '/lessen/',
  '/lessen/les-met-code/',
  // .mdx: only literal props are allowed, and these contain markup (tests/unit/mdx-check.test.ts refuses the rest).
  '/lessen/les-in-mdx/',
  '/lessen/les-met-tekens/',
  '/wie-weet-wat/',
  '/wie-weet-wat/eva-proef/',
  '/werkgebieden/',
  '/werkgebieden/proefgebied/',
  '/themas/',
  '/themas/veiligheid/',
  '/netwerkgroepen/',
  '/netwerkgroepen/proefgroep/',
  '/speerpunten/samenwerken/',
  '/overzicht/',
  '/ouders/',
  '/ouders/proefroute/',
  '/ouders/proefroute/proefgebied/',
  '/woorden/',
];

interface Visit {
  page: Page;
  /** Dialogs (alert, confirm, prompt) the page opened. */
  dialogs: string[];
}

async function visit(sitePath: string): Promise<Visit> {
  const dialogs: string[] = [];
  const page = await site.page(sitePath, {
    context: { bypassCSP: true },
    beforeGoto: (page) => {
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
    },
  });
  // goto() waits for the load event, and a broken <img>'s onerror fires before it.
  return { page, dialogs };
}

/** Everything in the page that content could have smuggled in; empty when the page is inert. */
function injectedThings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>`;
    if ((window as any).xss !== undefined) found.push(`a payload ran: window.xss = ${JSON.stringify((window as any).xss)}`);
    for (const script of document.querySelectorAll('script')) {
      const source = script.getAttribute('src');
      // Only the search page and the /delen/ form have a script of their own, from /_astro/.
      if (!source || !new URL(source, location.href).pathname.startsWith('/_astro/') || !['/zoeken/', '/delen/'].includes(location.pathname)) {
        found.push(`script element: ${source ?? script.textContent?.slice(0, 60)}`);
      }
    }
    // The map of the werkgebieden is the site's own inline SVG; any other <svg> came from content.
    for (const element of document.querySelectorAll('iframe, frame, object, embed, base, svg:not(.network-map__figure > .network-map__svg), math, style, meta[http-equiv="refresh"], img:not([src^="/"])')) {
      found.push(`element ${describe(element)} ${element.outerHTML.slice(0, 80)}`);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`event handler ${attribute.name}="${attribute.value}" on ${describe(element)}`);
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(attribute.name) && /^(javascript|vbscript|data):/.test(value)) {
          found.push(`${attribute.name}="${attribute.value}" on ${describe(element)}`);
        }
      }
    }
    for (const form of document.forms) {
      if (new URL(form.action, location.href).origin !== location.origin) found.push(`form posting to ${form.action}`);
    }
    return found;
  });
}

describe('content with injected markup and script', () => {
  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('would notice a payload that got through (a check of the check)', async () => {
    const { page, dialogs } = await visit('/');
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.xss = 1; alert(2)"><a href="javascript:alert(3)">x</a>');
    });
    await page.waitForFunction(() => (window as any).xss === 1);
    expect(await injectedThings(page)).toEqual([
      'a payload ran: window.xss = 1',
      'element <img> <img src="x" onerror="window.xss = 1; alert(2)">',
      'event handler onerror="window.xss = 1; alert(2)" on <img>',
      'href="javascript:alert(3)" on <a>',
    ]);
    expect(dialogs).toEqual(['alert: 2']);
  });

  it.each(payloadPages)('renders inert on %s: no script ran, no dialog, no injected element or attribute', async (sitePath) => {
    const { page, dialogs } = await visit(sitePath);
    expect(await injectedThings(page), `injected on ${sitePath}`).toEqual([]);
    expect(dialogs, `dialogs opened on ${sitePath}`).toEqual([]);
  });

  it('renders inert on every other built page too', async () => {
    const others = listFiles(injectionSite)
      .filter((file) => file.endsWith('.html') && !/^(admin|pagefind)\//.test(file))
      .map((file) => `/${file.replace(/index\.html$/, '')}`)
      .filter((sitePath) => !payloadPages.includes(sitePath));
    expect(others.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const sitePath of others) {
      const { page, dialogs } = await visit(sitePath);
      problems.push(...[...(await injectedThings(page)), ...dialogs].map((problem) => `${sitePath}: ${problem}`));
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('shows the payloads as plain text, so editors see what they wrote', async () => {
    const { page } = await visit('/prototypen/proef-met-code/');
    expect(await page.textContent('h1')).toBe('Een proef <script>window.xss="titel"</script> met "><img src=x onerror=alert("titel")>');
    expect(await page.textContent('main')).toContain('<img src="x" onerror="alert(\'body-img-2\')">');
    expect(await page.textContent('main')).toContain('Een gewone link met javascript');
    const expert = await visit('/wie-weet-wat/eva-proef/');
    expect(await expert.page.textContent('main')).toContain('"><img src=x onerror=alert("vraag-mij")>');
  });

  it('shows the literal props of .mdx components as plain text', async () => {
    const { page } = await visit('/lessen/les-in-mdx/');
    expect(await page.locator('figure.quote figcaption').allTextContents()).toEqual(['<script>alert(1)</script>', '"><img src=x onerror=alert("citaat-van")>']);
    // Smart punctuation turns the straight quotes in the body into curly ones.
    expect(await page.locator('figure.quote blockquote').first().textContent()).toMatch(/Een citaat met <script>window\.xss = .citaat.<\/script> als gewone tekst\./);
    expect(await page.locator('aside.tip').getAttribute('aria-label')).toBe('"><svg onload=alert("tip-titel")>');
    expect(await page.locator('aside.tip strong').textContent()).toBe('"><svg onload=alert("tip-titel")>');
    expect(await page.locator('aside.tip').textContent()).toContain('Klik hier');
  });

  it('finds the pages through search and shows their results inert', async () => {
    const { page, dialogs } = await visit('/zoeken/?q=proef');
    await waitForSearch(page);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await injectedThings(page)).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('keeps summaries in the RSS feeds as text, so feed readers cannot run them either', () => {
    const feeds = listFiles(injectionSite).filter((file) => file.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(1);
    const markup = feeds.flatMap((feed) =>
      [...readFileSync(path.join(injectionSite, feed), 'utf8').matchAll(/<description>([\s\S]*?)<\/description>/g)]
        .map((match) => decodeXml(match[1]))
        .filter((description) => /<[a-z!/]/i.test(description))
        .map((description) => `${feed}: ${description.slice(0, 80)}`),
    );
    expect(markup).toEqual([]);
  });

  it('writes every RSS feed and sitemap as well-formed XML, with &, <, ]]> and emoji in titles and summaries', async () => {
    const files = xmlFiles(injectionSite);
    expect(files.filter((file) => file.endsWith('rss.xml')).length).toBeGreaterThan(2);
    expect(await xmlProblems(site.browser, injectionSite, files)).toEqual([]);
  });

  it('keeps a title with &, <, ]]> and emoji in the feed exactly as the editor wrote it', async () => {
    const page = await site.browser.newPage();
    const titles = await page.evaluate(
      (xml) => [...new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('item > title')].map((title) => title.textContent),
      readFileSync(path.join(injectionSite, 'lessen', 'rss.xml'), 'utf8'),
    );
    await page.close();
    expect(titles).toContain('Lezen & schrijven <samen> ]]> met 🎉 en "quotes" & &amp; &nbsp;');
  });

  it('gives every element on every page an id of its own, also when body headings repeat or match the layout’s ids', () => {
    const pages = htmlPages(injectionSite);
    expect(pages).toContain('lessen/les-met-tekens/index.html');
    expect(duplicateIds(injectionSite, pages)).toEqual([]);
    const lesson = readFileSync(path.join(injectionSite, 'lessen', 'les-met-tekens', 'index.html'), 'utf8');
    for (const id of ['wat-werkte', 'wat-werkte-1', 'voorbeeld-1', 'auteurs-1', 'kop', 'kop-1', 'footnote-label-1']) expect(lesson).toContain(`id="${id}"`);
  });
});

/** Undoes one level of XML escaping, as a feed reader does before it renders a description as HTML. */
function decodeXml(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? entity),
    );
}
