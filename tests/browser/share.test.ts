/**
 * Sharing without an account, in Chromium: /delen/ from the built sample
 * site on the Node server with the endpoint as npm start runs it (drafts in a
 * temporary copy of content/), with the site's security headers. A lesson
 * sent through the form lands as a draft that validates, a rebuild leaves
 * it off the site, and once an editor publishes it in the CMS it is there.
 * Also: the form without JavaScript, the privacy guard while typing, and the
 * "Iets aanvullen" link that fills in the page.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsConfigYaml } from '../../src/cms/config.ts';
import { checkContent } from '../../src/content-check/validation.ts';
import { localHandler } from '../../src/contribute/local.ts';
import { startContributeServer, type ContributeServer } from '../../src/contribute/node-server.ts';
import site from '../../src/site.config.ts';
import { launchChromium } from '../../tools/chromium.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { startDecapServer, type DecapServer } from '../helpers/decap-server.ts';
import { contentDir, outputDir, publicDir, sampleSiteDir } from '../helpers/paths.ts';

const repoDir = path.join(outputDir, 'share', 'repo');
const repoContent = path.join(repoDir, 'content');
const lessonsDir = path.join(repoContent, 'lessons');

let server: ContributeServer;
let browser: Browser;

beforeAll(async () => {
  rmSync(repoDir, { recursive: true, force: true });
  mkdirSync(path.join(repoDir, 'public', 'uploads'), { recursive: true });
  cpSync(contentDir, repoContent, { recursive: true });
  server = await startContributeServer({
    handler: localHandler({ repoDir, contentDir: repoContent }),
    endpointPath: site.contribute.endpoint,
    siteDir: sampleSiteDir,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pathname: string, options: { javaScript?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  await page.goto(`${server.url}${pathname}`);
  return page;
}

const newLessons = (before: Set<string>) => readdirSync(lessonsDir).filter((name) => !before.has(name));

/** Fills the lesson part of the form as a netwerkgroep member would. */
async function fillLesson(page: Page, title: string): Promise<void> {
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Samenvatting').fill('Ouders kwamen pas naar de koffieochtend toen we die op het schoolplein hielden in plaats van binnen.');
  await page.getByRole('group', { name: 'Werkgebieden' }).getByLabel('Heiloo').check();
  await page.getByRole('group', { name: "Thema's" }).getByLabel('Ouderbetrokkenheid').check();
  await page.getByLabel('Wat werkte?').fill('Koffie op het schoolplein, bij het ophalen, zonder uitnodiging vooraf.');
  await page.getByLabel('Wat werkte niet?').fill('Een brief met een uitnodiging voor een ochtend in de aula.');
  await page.getByLabel('Je naam').fill('Ans de Tester');
  await page.getByLabel('Je e-mailadres').fill('ans@school.example');
}

describe('sharing a lesson through /delen/', () => {
  const title = 'Koffie op het schoolplein bereikt meer ouders';
  const file = path.join(lessonsDir, 'koffie-op-het-schoolplein-bereikt-meer-ouders.md');

  it('warns about a phone number while typing, before anything is sent', async () => {
    const before = new Set(readdirSync(lessonsDir));
    const page = await open('/delen/');
    await page.getByLabel('Samenvatting').fill('Bel de moeder van de leerling op 06 12345678, dan komt ze zeker.');
    const error = page.locator('#delen-summary-fout');
    await expect.poll(() => error.textContent()).toMatch(/lijkt op een telefoonnummer/);
    expect(await page.getByLabel('Samenvatting').getAttribute('aria-invalid')).toBe('true');
    expect(newLessons(before)).toEqual([]);
  });

  it('sends a lesson as a draft that validates, says where it is, and keeps the sender’s name out of the file', async () => {
    const page = await open('/delen/');
    await fillLesson(page, title);
    await page.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => page.locator('#delen-verstuurd').isVisible()).toBe(true);
    expect(await page.locator('#delen-verstuurd-tekst').textContent()).toContain('content/lessons/koffie-op-het-schoolplein-bereikt-meer-ouders.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('draft: true\n');
    expect(text).toContain('## Wat werkte?\n\nKoffie op het schoolplein, bij het ophalen, zonder uitnodiging vooraf.\n');
    expect(text).not.toMatch(/Ans de Tester|ans@school\.example/);
    expect(checkContent(repoContent, publicDir).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('leaves the draft off the site at the next build, and publishes it once an editor does so in the CMS', async () => {
    const hidden = await astroBuild({ contentDir: repoContent, outDir: path.join(outputDir, 'share', 'site'), name: 'share-site' });
    expect(hidden.code, hidden.output).toBe(0);
    const pagePath = ['lessen', 'koffie-op-het-schoolplein-bereikt-meer-ouders', 'index.html'];
    expect(existsSync(path.join(hidden.outDir, ...pagePath))).toBe(false);

    // The editor opens the draft in the CMS (local backend on the same folder) and switches "Concept" off.
    let decap: DecapServer | undefined;
    let cmsSite: StaticServer | undefined;
    try {
      decap = await startDecapServer(repoDir);
      const config = cmsConfigYaml({ site, mode: 'local', localBackendUrl: decap.apiUrl });
      cmsSite = await serveStatic(sampleSiteDir, { overrides: { '/admin/config.yml': { body: config, type: 'text/yaml' } } });
      decap.setDevPort(Number(new URL(cmsSite.url).port));
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const cms = await context.newPage();
      await cms.goto(`${cmsSite.url}/admin/`);
      await cms.getByRole('button', { name: 'Inloggen' }).click();
      await cms.waitForSelector('text=Lessen');
      await cms.goto(`${cmsSite.url}/admin/#/collections/lessons/entries/koffie-op-het-schoolplein-bereikt-meer-ouders`);
      const concept = cms.locator('[id^="draft-field"]');
      await concept.waitFor();
      expect(await concept.getAttribute('aria-checked')).toBe('true');
      await concept.click();
      await cms.getByRole('button', { name: 'Publiceer' }).click();
      await cms.getByText('Publiceer nu', { exact: true }).click();
      await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toContain('draft: false\n');
      await context.close();
    } finally {
      await cmsSite?.close();
      await decap?.stop();
    }

    const published = await astroBuild({ contentDir: repoContent, outDir: path.join(outputDir, 'share', 'site'), name: 'share-site' });
    expect(published.code, published.output).toBe(0);
    const html = readFileSync(path.join(published.outDir, ...pagePath), 'utf8');
    expect(html).toContain(title);
    expect(html).toContain('Laatst bijgewerkt op');
    // Two builds of the whole sample site and a CMS session.
  }, 400_000);

  it('works as a plain form post without JavaScript, landing on the thank-you page', async () => {
    const before = new Set(readdirSync(lessonsDir));
    const page = await open('/delen/', { javaScript: false });
    await fillLesson(page, 'Zonder script kan het ook gedeeld worden');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.waitForURL(/\/delen\/bedankt\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dank je wel!');
    expect(newLessons(before)).toEqual(['zonder-script-kan-het-ook-gedeeld-worden.md']);
  });

  it('without JavaScript shows what is wrong on a page of its own, and writes nothing', async () => {
    const before = new Set(readdirSync(lessonsDir));
    const page = await open('/delen/', { javaScript: false });
    await fillLesson(page, 'Kort');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Niet verstuurd');
    expect(await page.textContent('body')).toMatch(/Titel: is te kort/);
    expect(newLessons(before)).toEqual([]);
  });
});

describe('adding to a page', () => {
  it('opens /delen/ from "Iets aanvullen of verbeteren?" with the page filled in', async () => {
    const page = await open('/lessen/verzuim-begint-klein/');
    await page.getByRole('link', { name: 'Iets aanvullen of verbeteren?' }).click();
    await page.waitForURL(/\/delen\/\?over=/);
    expect(await page.getByLabel('Een aanvulling of verbetering op een pagina').isChecked()).toBe(true);
    expect(await page.getByLabel('Over welke pagina?').inputValue()).toBe('lessen/verzuim-begint-klein');
    expect(await page.locator('#delen-les').isVisible()).toBe(false);
    await page.getByLabel('Wat wil je aanvullen of verbeteren?').fill('Bij ons werkte een vast belmoment met ouders op maandagochtend.');
    await page.getByLabel('Je naam').fill('Ans de Tester');
    await page.getByLabel('Je e-mailadres').fill('ans@school.example');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => page.locator('#delen-verstuurd').isVisible()).toBe(true);
    expect(readFileSync(path.join(lessonsDir, 'verzuim-begint-klein.md'), 'utf8')).toMatch(/## Aanvulling van .+\n\nBij ons werkte een vast belmoment met ouders op maandagochtend\.\n$/);
  });

  it('opens /delen/ from a voorbeeld without lessons with a lesson about that voorbeeld chosen', async () => {
    const page = await open('/prototypen/terug-naar-de-wijkschool/');
    await page.getByRole('link', { name: /Deel je les/ }).click();
    await page.waitForURL(/\/delen\/\?soort=lessons&prototype=terug-naar-de-wijkschool$/);
    expect(await page.getByLabel('Een les: wat werkte, en wat niet').isChecked()).toBe(true);
    expect(await page.locator('#delen-prototype').inputValue()).toBe('terug-naar-de-wijkschool');
  });
});
