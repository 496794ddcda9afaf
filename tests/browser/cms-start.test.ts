/**
 * /admin/ starts Decap from its setup module (admin/manual-init.js stops Decap
 * starting by itself). When that setup fails before it gets there, Decap still
 * starts, as it did before, instead of leaving the editor a blank page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallbackNoteId } from '../../src/cms/admin-files.ts';
import { cmsSetupInputId } from '../../src/cms/client/setup-input.ts';
import { nl } from '../../src/i18n/nl.ts';
import { launchChromium } from '../../tools/chromium.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';
import { sampleSiteDir } from '../helpers/paths.ts';

const inputBlock = new RegExp(`(<script type="application/json" id="${cmsSetupInputId}">)[^<]*`);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const adminHtml = readFileSync(path.join(sampleSiteDir, 'admin', 'index.html'), 'utf8');
  // The setup module throws on its first line when the page's setup input is not JSON.
  const brokenInput = adminHtml.replace(inputBlock, '$1{kapot');
  expect(brokenInput).not.toBe(adminHtml);
  const page = { body: brokenInput, type: 'text/html' };
  server = await serveStatic(sampleSiteDir, { overrides: { '/admin/': page, '/admin/index.html': page } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('starting the CMS', () => {
  it('starts Decap with its login even when the setup module fails before starting it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/admin/`);
    await expect.poll(() => page.getByRole('button', { name: /GitHub/ }).count()).toBe(1);
    // The setup did fail: the CMS started without it, and tells the editor so.
    expect(errors.some((message) => /JSON/.test(message))).toBe(true);
    const note = page.locator(`#${fallbackNoteId}`);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(nl.cmsWords.startedWithoutSetup);
    expect(await page.getByRole('alert').filter({ hasText: 'Het beheer is niet goed geladen' }).count()).toBe(1);
    await page.close();
  });
});
