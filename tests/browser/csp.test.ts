/**
 * Every page works under the shipped Content-Security-Policy: the sample
 * site is served with the headers of src/security/csp.ts (as public/_headers makes
 * a static host send them) and every page type loads in Chromium without a
 * single CSP violation, search included. The built pages carry the same
 * policy in a <meta> tag, before anything it governs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headersForPath, metaContentSecurityPolicy, serialisePolicy, sitePolicy } from '../../src/security/csp.ts';
import { listFiles } from '../../tools/link-check.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { sampleSiteDir } from '../helpers/paths.ts';
import { shownResults, waitForSearch } from '../helpers/search-page.ts';

const site = useSampleSite({ headers: headersForPath('/') });
const builtPages = listFiles(sampleSiteDir).filter((file) => file.endsWith('.html') && !/^(admin|pagefind)\//.test(file));

/** Opens `sitePath` and collects every CSP violation: `securitypolicyviolation` events and Chromium's console reports. */
async function openWatched(sitePath: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const consoleReports: string[] = [];
  const page = await site.page(sitePath, {
    beforeGoto: async (page) => {
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) consoleReports.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleReports.push(`page error: ${error.message}`));
      // Init scripts run before the page's own, outside its policy.
      await page.addInitScript(() => {
        const seen: string[] = ((window as any).__cspViolations = []);
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
        );
      });
    },
  });
  return {
    page,
    violations: async () => [...(await page.evaluate(() => (window as any).__cspViolations as string[])), ...consoleReports],
  };
}

describe('Content-Security-Policy', () => {
  it('is sent as a header by the test server, as public/_headers makes a static host do', async () => {
    const response = await fetch(`${site.url}/`);
    expect(response.headers.get('content-security-policy')).toBe(serialisePolicy(sitePolicy));
  });

  it('would notice a violation (a check of the check): an inline script is blocked and reported', async () => {
    const { page, violations } = await openWatched('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInline = true';
      document.body.append(script);
    });
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
    expect(await page.evaluate(() => (window as any).ranInline)).toBeUndefined();
  });

  describe.each(pageTypes())('$name ($path)', ({ path: sitePath, search }) => {
    it('loads without any CSP violation', async () => {
      const { page, violations } = await openWatched(sitePath);
      if (search) await waitForSearch(page);
      await page.waitForLoadState('networkidle');
      expect(await violations(), `CSP violations on ${sitePath}`).toEqual([]);
    });
  });

  it('still finds results when searching under the policy, with filters', async () => {
    const { page, violations } = await openWatched('/zoeken/');
    await page.fill('#search-query', 'ouders');
    await page.press('#search-query', 'Enter');
    await waitForSearch(page);
    const all = await shownResults(page);
    expect(all.length).toBeGreaterThan(0);
    await page.check('#filter-soort-les');
    await page.waitForURL(/soort=les/);
    await waitForSearch(page);
    await expect.poll(async () => (await shownResults(page)).every((result) => result.kind === 'Les')).toBe(true);
    expect(await violations()).toEqual([]);
  });

  it('is in a <meta> tag on every built page, before any stylesheet, script or image', () => {
    const problems = builtPages.flatMap((file) => {
      const root = parse(readFileSync(path.join(sampleSiteDir, file), 'utf8'));
      const head = root.querySelector('head');
      const meta = head?.querySelector('meta[http-equiv="Content-Security-Policy"]');
      if (!meta) return [`${file}: no <meta http-equiv="Content-Security-Policy">`];
      const issues: string[] = [];
      if (meta.getAttribute('content') !== metaContentSecurityPolicy) issues.push(`${file}: the meta policy differs from src/security/csp.ts`);
      const elements = head!.querySelectorAll('*');
      const first = elements.findIndex((element) => ['link', 'script', 'style', 'img'].includes(element.tagName.toLowerCase()));
      if (first >= 0 && first < elements.indexOf(meta)) issues.push(`${file}: <${elements[first].tagName.toLowerCase()}> comes before the CSP meta tag`);
      return issues;
    });
    expect(problems).toEqual([]);
  });

  it('needs no inline script, inline style or style attribute on any built page', () => {
    const problems = builtPages.flatMap((file) => {
      const root = parse(readFileSync(path.join(sampleSiteDir, file), 'utf8'));
      return [
        ...root.querySelectorAll('script:not([src])').map(() => `${file}: inline <script>`),
        ...root.querySelectorAll('style').map(() => `${file}: <style> element`),
        ...root.querySelectorAll('[style]').map((element) => `${file}: style="${element.getAttribute('style')}" on <${element.tagName.toLowerCase()}>`),
      ];
    });
    expect(problems).toEqual([]);
  });
});
