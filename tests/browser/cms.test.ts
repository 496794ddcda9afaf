/**
 * The real Decap CMS from the built site, saving through the real
 * decap-server (behind the guard that npm start puts in front of it) into a
 * temporary copy of content/: what an editor does in the browser must land
 * as valid Markdown that the site builds.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallbackNoteId } from '../../src/cms/admin-files.ts';
import { cmsConfigYaml } from '../../src/cms/config.ts';
import { localDay } from '../../src/cms/client/updated-on-save.ts';
import { formatContentFile } from '../../src/cms/content-format.ts';
import { launchChromium } from '../../tools/chromium.ts';
import { checkContent } from '../../src/content-check/validation.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import site from '../../src/site.config.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { startDecapServer, type DecapServer } from '../helpers/decap-server.ts';
import { contentDir, fixturesDir, outputDir, sampleSiteDir } from '../helpers/paths.ts';

const repoDir = path.join(outputDir, 'cms', 'repo');
const repoContent = path.join(repoDir, 'content');

let decap: DecapServer;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  rmSync(repoDir, { recursive: true, force: true });
  mkdirSync(path.join(repoDir, 'public', 'uploads'), { recursive: true });
  cpSync(contentDir, repoContent, { recursive: true });
  decap = await startDecapServer(repoDir);
  const config = cmsConfigYaml({ site, mode: 'local', localBackendUrl: decap.apiUrl });
  server = await serveStatic(sampleSiteDir, { overrides: { '/admin/config.yml': { body: config, type: 'text/yaml' } } });
  // The backend's guard lets in only the pages of this server, as npm start does for the dev server.
  decap.setDevPort(Number(new URL(server.url).port));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.stop();
});

/** Opens the CMS, logs in with the local backend and goes to `hash`. */
async function openCms(hash: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForSelector('text=Lessen');
  await page.goto(`${server.url}/admin/#${hash}`);
  return page;
}

/** Types into a relation widget and picks the first option that matches. */
async function pick(page: Page, field: string, text: string): Promise<void> {
  const input = page.locator(`input[id^="${field}-field"]`);
  await input.click();
  await input.pressSequentially(text, { delay: 20 });
  await page.locator('[class*="option"]', { hasText: text }).first().waitFor();
  await input.press('Enter');
}

/** Fills the required fields of a new lesson: title, summary, date, a werkgebied and a thema. */
async function fillLesson(page: Page, { title, summary }: { title: string; summary: string }): Promise<void> {
  await page.locator('input[id^="title-field"]').fill(title);
  await page.locator('textarea[id^="summary-field"]').fill(summary);
  await page.locator('input[id^="date-field"]').fill('2026-11-20');
  await pick(page, 'regions', 'Heiloo');
  await pick(page, 'topics', 'Hoogbegaafdheid');
}

async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publiceer' }).click();
  await page.getByText('Publiceer nu', { exact: true }).click();
}

function readEntry(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
  return { data: yaml.load(frontmatter) as Record<string, unknown>, body };
}

const lessonFiles = () => new Set(readdirSync(path.join(repoContent, 'lessons')));

const tasksAndTableBody =
  '## Wat werkte?\n\n- [ ] Ouders bellen\n- [x] Rooster aanpassen\n\n| Wat | Hoeveel |\n|:--|--:|\n| Gesprekken | 3 |\n| Dagen | 12 |\n\n## Tip voor anderen\n\nBegin klein.\n';

/** Puts a lesson whose body has a task list and a table with aligned columns in the CMS's folder; returns its path. */
function writeLessonWithTasksAndTable(id: string): string {
  const file = path.join(repoContent, 'lessons', `${id}.md`);
  const frontmatter = [
    'title: Een les met taken en een tabel',
    'summary: Een les met een takenlijst en een tabel met uitgelijnde kolommen, om te zien wat het CMS ermee doet.',
    'date: 2026-03-01',
    'regions:\n  - heiloo',
    'topics:\n  - gedrag',
    'authors:\n  - sanne-dekker',
  ].join('\n');
  // In the CMS's own form, so a save changes only what the editor changed.
  writeFileSync(file, formatContentFile('lessons', `---\n${frontmatter}\n---\n${tasksAndTableBody}`));
  return file;
}

describe('editing through Decap CMS with the local backend', () => {
  it('creates a lesson learned through the form that validates and builds, linked to its prototype', async () => {
    const before = lessonFiles();
    const page = await openCms('/collections/lessons/new');
    await fillLesson(page, {
      title: 'Een vaste leesplek in de plusklas helpt ook thuis',
      summary: 'Kinderen in de plusklas kregen een vaste leesplek. Ouders namen het idee mee naar huis en dat hielp.',
    });
    await pick(page, 'networkGroup', 'Oudersteunpunt');
    await pick(page, 'prototype', 'De plusklas in Heiloo');
    // Write under the last heading of the template.
    await page.locator('[data-slate-editor] h2', { hasText: 'Tip voor anderen' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Een rustige plek werkt, ook voor het lezen thuis.');
    await publishNow(page);

    await expect.poll(() => [...lessonFiles()].filter((name) => !before.has(name)), { timeout: 15_000 }).toHaveLength(1);
    const [created] = [...lessonFiles()].filter((name) => !before.has(name));
    expect(created).toBe('een-vaste-leesplek-in-de-plusklas-helpt-ook-thuis.md');
    // The file can be there before it is fully written: wait for its last line, as the other saves here do.
    const createdFile = path.join(repoContent, 'lessons', created!);
    await expect.poll(() => readFileSync(createdFile, 'utf8'), { timeout: 15_000 }).toContain('Een rustige plek werkt, ook voor het lezen thuis.');
    const entry = readEntry(createdFile);
    expect(entry.data).toMatchObject({
      title: 'Een vaste leesplek in de plusklas helpt ook thuis',
      regions: ['heiloo'],
      topics: ['hoogbegaafdheid'],
      networkGroup: 'oudersteunpunt',
      prototype: 'plusklas-heiloo',
    });
    expect(String(entry.data.date instanceof Date ? entry.data.date.toISOString() : entry.data.date)).toMatch(/^2026-11-20/);
    expect(entry.body).toContain('## Wat werkte?');
    expect(entry.body).toContain('Een rustige plek werkt, ook voor het lezen thuis.');

    const problems = checkContent(repoContent).problems.filter((problem) => problem.severity === 'error');
    expect(problems).toEqual([]);

    const build = await astroBuild({ contentDir: repoContent, outDir: path.join(outputDir, 'cms', 'site'), name: 'cms-site' });
    expect(build.code, build.output).toBe(0);
    const lessonPage = readFileSync(path.join(build.outDir, 'lessen', 'een-vaste-leesplek-in-de-plusklas-helpt-ook-thuis', 'index.html'), 'utf8');
    expect(lessonPage).toContain('href="/prototypen/plusklas-heiloo/"');
    const prototypePage = readFileSync(path.join(build.outDir, 'prototypen', 'plusklas-heiloo', 'index.html'), 'utf8');
    expect(prototypePage).toContain('href="/lessen/een-vaste-leesplek-in-de-plusklas-helpt-ook-thuis/"');
  });

  it('edits an existing expert profile and changes nothing else in the file', async () => {
    const file = path.join(repoContent, 'experts', 'sanne-dekker.md');
    const before = readFileSync(file, 'utf8');
    const page = await openCms('/collections/experts/entries/sanne-dekker');
    const availability = page.locator('input[id^="availability-field"]');
    await availability.waitFor();
    await availability.fill('maandag en donderdag');
    await publishNow(page);

    // decap-server empties the file before it writes it: wait for the finished file.
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toContain('availability: maandag en donderdag\n');
    const after = readFileSync(file, 'utf8');
    const changed = diffLines(before, after);
    expect(changed).toEqual([{ before: expect.stringContaining('availability:'), after: 'availability: maandag en donderdag' }]);
  });

  it('uploads a photo to public/uploads, and will not save it without alt text', async () => {
    const file = path.join(repoContent, 'experts', 'tom-hendriks.md');
    const before = readFileSync(file, 'utf8');
    const page = await openCms('/collections/experts/entries/tom-hendriks');
    await page.getByRole('button', { name: 'Kies een afbeelding' }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(fixturesDir, 'images', 'klaslokaal.png'));
    await page.getByRole('button', { name: 'Gebruik selectie' }).click();
    await publishNow(page);
    await expect.poll(() => page.getByText(/beschrijving nodig \(alt-tekst\)/).first().isVisible(), { timeout: 10_000 }).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(before);

    await page.locator('input[id^="alt-field"]').fill('Een leeg klaslokaal met stoelen op de tafels');
    await publishNow(page);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toContain('alt: Een leeg klaslokaal met stoelen op de tafels\n');
    // Decap saves an uploaded file together with the entry; decap-server writes them one after the other.
    await expect.poll(() => existsSync(path.join(repoDir, 'public', 'uploads', 'klaslokaal.png')), { timeout: 15_000 }).toBe(true);
    const entry = readEntry(file);
    expect(entry.data.photo).toEqual({ src: '/uploads/klaslokaal.png', alt: 'Een leeg klaslokaal met stoelen op de tafels' });
    expect(checkContent(repoContent, path.join(repoDir, 'public')).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('stops an editor who leaves a required field empty, with a visible message, and saves nothing', async () => {
    const before = lessonFiles();
    const page = await openCms('/collections/lessons/new');
    await page
      .locator('textarea[id^="summary-field"]')
      .fill('Een samenvatting zonder titel, om te zien dat het formulier dat niet goed vindt.');
    await publishNow(page);
    await expect.poll(() => page.getByText(/verplicht/i).first().isVisible(), { timeout: 10_000 }).toBe(true);
    expect(lessonFiles()).toEqual(before);
  });

  it('refuses a lesson with a phone number and a BSN in its summary before anything is written, with the build\'s message', async () => {
    const before = lessonFiles();
    const page = await openCms('/collections/lessons/new');
    await fillLesson(page, {
      title: 'Een vaste leesplek helpt ook bij het lezen thuis',
      summary: 'Bel de moeder van Sem op 06-12345678 als er iets is. Zijn BSN is 111222333, dat staat in het dossier.',
    });
    await publishNow(page);

    // The check's own panel lists the build's messages, with the numbers masked.
    const panel = page.getByRole('alert').filter({ hasText: 'Niet opgeslagen' });
    await panel.waitFor({ timeout: 10_000 });
    const messages = await panel.getByRole('listitem').allTextContents();
    expect(messages).toEqual([
      expect.stringMatching(/^veld "summary": bevat iets dat lijkt op een telefoonnummer \("06[^"]*"\)\. Contactgegevens horen niet in een les/),
      expect.stringMatching(/^veld "summary": bevat iets dat lijkt op een burgerservicenummer \(BSN\) \("[^"]*"\)\. Een BSN hoort nooit op de site/),
    ]);
    expect(messages.join(' ')).not.toMatch(/12345678|111222333/);
    // Decap's own notice for the refused save says so too, in Dutch, without a stack trace.
    await expect.poll(() => page.getByText('Kan item niet opslaan: 2 dingen moeten anders').first().isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await page.getByText(/\bat \w+ \(|Error:/).count()).toBe(0);
    // Nothing was written: no new file, now or a moment later.
    expect(lessonFiles()).toEqual(before);
    await page.waitForTimeout(1_000);
    expect(lessonFiles()).toEqual(before);

    // The same lesson without the personal data saves, and the panel goes away.
    await page.locator('textarea[id^="summary-field"]').fill('Als er iets is, bellen we de ouders. Wat er met het kind besproken is, staat in het dossier.');
    await publishNow(page);
    const file = path.join(repoContent, 'lessons', 'een-vaste-leesplek-helpt-ook-bij-het-lezen-thuis.md');
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8'), { timeout: 15_000 }).toContain('summary: Als er iets is, bellen we de ouders.');
    expect([...lessonFiles()].filter((name) => !before.has(name))).toEqual(['een-vaste-leesplek-helpt-ook-bij-het-lezen-thuis.md']);
    expect(readFileSync(file, 'utf8')).not.toMatch(/12345678|111222333/);
    await expect.poll(() => panel.count(), { timeout: 5_000 }).toBe(0);
  });

  it('keeps a task list and an aligned table in the body when the editor changes another field', async () => {
    const file = writeLessonWithTasksAndTable('taken-en-tabel-titel');
    const before = readFileSync(file, 'utf8');
    const page = await openCms('/collections/lessons/entries/taken-en-tabel-titel');
    const title = page.locator('input[id^="title-field"]');
    await title.waitFor();
    await title.fill('Een les met taken en een tabel, nieuwe titel');
    await publishNow(page);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toContain('nieuwe titel');
    expect(readEntry(file).body).toBe(tasksAndTableBody);
    // Only the title changed, and "Bijgewerkt" became today, as on every save.
    const expected = before
      .replace(/^title: .*$/m, 'title: Een les met taken en een tabel, nieuwe titel')
      .replace('authors:\n  - sanne-dekker\n', `authors:\n  - sanne-dekker\nupdated: ${localDay(new Date())}\n`);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  // Pins what the README ("Redactie", "Takenlijsten en tabellen") tells editors: Decap's rich-text
  // editor writes the whole body anew, without checkboxes, column alignment or "-" bullets.
  it('rewrites a task list and an aligned table when the editor changes the body, exactly as the README says', async () => {
    const file = writeLessonWithTasksAndTable('taken-en-tabel-tekst');
    const page = await openCms('/collections/lessons/entries/taken-en-tabel-tekst');
    await page.locator('[data-slate-editor] p', { hasText: 'Begin klein.' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Echt.');
    await publishNow(page);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toContain('Begin klein. Echt.');
    expect(readEntry(file).body).toBe(
      '## Wat werkte?\n\n* Ouders bellen\n* Rooster aanpassen\n\n| Wat        | Hoeveel |\n| ---------- | ------- |\n| Gesprekken | 3       |\n| Dagen      | 12      |\n\n## Tip voor anderen\n\nBegin klein. Echt.\n',
    );
  });

  it('lets everything the CMS asked for through the guard of the local backend', () => {
    expect(decap.refusals).toEqual([]);
  });
});

/** The lines that differ between two versions of a file, paired up in order. */
describe('the CMS in the site’s Dutch', () => {
  it('says "Kies minstens één thema." for an empty choice, shows dates without "UTC" and reads its buttons out in Dutch', async () => {
    const before = lessonFiles();
    const page = await openCms('/collections/lessons/new');
    await page.locator('input[id^="title-field"]').fill('Een les zonder thema om de melding te zien');
    await page.locator('textarea[id^="summary-field"]').fill('Een les zonder thema, om te zien wat de CMS dan zegt tegen de redacteur.');
    await page.locator('input[id^="date-field"]').fill('2026-11-20');
    await pick(page, 'regions', 'Heiloo');
    await publishNow(page);
    await expect.poll(() => page.getByText('Kies minstens één thema.').first().isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByText(/is vereist/).count()).toBe(0);
    expect(await page.getByText('UTC', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Vul de datum van vandaag in' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /Set .* to now/ }).count()).toBe(0);
    expect(lessonFiles()).toEqual(before);
  });

  it('names what a list item is: "Voeg onderwerp toe" under Vraag mij over', async () => {
    const page = await openCms('/collections/experts/entries/sanne-dekker');
    await expect.poll(() => page.getByRole('button', { name: /Voeg onderwerp toe/ }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('tells a phone user plainly that the CMS needs a larger screen, and where sharing works', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const phone = await context.newPage();
    await phone.goto(`${server.url}/admin/`);
    const note = phone.getByRole('note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/minstens 800 pixels breed/);
    expect(await note.getByRole('link', { name: 'naar Delen' }).getAttribute('href')).toBe('/delen/');
    const wide = await openCms('/');
    expect(await wide.locator('.small-screen').isVisible()).toBe(false);
    // Started by the setup as it should: no note that the CMS started without it.
    expect(await wide.locator(`#${fallbackNoteId}`).isVisible()).toBe(false);
    await context.close();
  });
});

function diffLines(before: string, after: string): Array<{ before: string; after: string }> {
  const a = before.split('\n');
  const b = after.split('\n');
  const changes: Array<{ before: string; after: string }> = [];
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if (a[index] !== b[index]) changes.push({ before: a[index] ?? '', after: b[index] ?? '' });
  }
  return changes;
}

