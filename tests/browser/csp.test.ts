/**
 * Every page works under the shipped Content-Security-Policy: the sample
 * site is served with the headers that the built _headers file makes a
 * host send that joins repeated headers (Cloudflare Pages; the strictest
 * reading, see tests/helpers/static-hosts.ts), and every page type loads in
 * Chromium without a single CSP violation, search and the CMS at /admin/
 * included. Only the search page may compile WebAssembly. A file in
 * /uploads/ that is not a photo runs nothing. The built pages carry their
 * policy in a <meta> tag, before anything it governs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { metaContentSecurityPolicy, searchPolicy, serialisePolicy, sitePolicy } from '../../src/security/csp.ts';
import { listFiles } from '../../tools/link-check.ts';
import { useSampleSite } from '../helpers/browser.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { fixturesDir, sampleSiteDir } from '../helpers/paths.ts';
import { shownResults, waitForSearch } from '../helpers/search-page.ts';
import { cloudflareHeaders, parseHeadersFile, policiesIn } from '../helpers/static-hosts.ts';

const headersFile = readFileSync(path.join(sampleSiteDir, '_headers'), 'utf8');
const rules = parseHeadersFile(headersFile);
const site = useSampleSite({ headers: (pathname) => cloudflareHeaders(rules, pathname) });
const builtPages = listFiles(sampleSiteDir).filter((file) => file.endsWith('.html') && !/^(admin|pagefind)\//.test(file));
/** The smallest WebAssembly module: its magic number and version. */
const emptyWasmModule = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/**
 * Opens `sitePath` and collects every CSP violation: `securitypolicyviolation` events and Chromium's console reports.
 * `prepare` runs before the page loads (to answer a path with other headers, say).
 */
async function openWatched(
  sitePath: string,
  { prepare }: { prepare?: (page: Page) => Promise<void> } = {},
): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const consoleReports: string[] = [];
  const page = await site.page(sitePath, {
    beforeGoto: async (page) => {
      await prepare?.(page);
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
  it('is sent as a header by the test server, one policy per page, as the built _headers makes a merging host do', async () => {
    const home = await fetch(`${site.url}/`);
    expect(home.headers.get('content-security-policy')).toBe(serialisePolicy(sitePolicy));
    const search = await fetch(`${site.url}/zoeken/`);
    expect(search.headers.get('content-security-policy')).toBe(serialisePolicy(searchPolicy));
    const admin = (await fetch(`${site.url}/admin/`)).headers.get('content-security-policy') ?? '';
    expect(policiesIn(admin)).toHaveLength(1);
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
      const pagePath = `/${file.replace(/index\.html$/, '')}`;
      if (meta.getAttribute('content') !== metaContentSecurityPolicy(pagePath)) issues.push(`${file}: the meta policy differs from src/security/csp.ts`);
      const elements = head!.querySelectorAll('*');
      const first = elements.findIndex((element) => ['link', 'script', 'style', 'img'].includes(element.tagName.toLowerCase()));
      if (first >= 0 && first < elements.indexOf(meta)) issues.push(`${file}: <${elements[first].tagName.toLowerCase()}> comes before the CSP meta tag`);
      return issues;
    });
    expect(problems).toEqual([]);
  });

  it("gives only the search page's meta policy WebAssembly", () => {
    const withWasm = builtPages.filter((file) =>
      parse(readFileSync(path.join(sampleSiteDir, file), 'utf8')).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')?.includes("'wasm-unsafe-eval'"),
    );
    expect(withWasm).toEqual(['zoeken/index.html']);
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

  it('lets the search page compile WebAssembly, and a content page not (blocked and reported)', async () => {
    const compiles = (page: Page) =>
      page.evaluate((bytes) => WebAssembly.compile(new Uint8Array(bytes)).then(() => 'compiled', (error: Error) => error.name), emptyWasmModule);
    const search = await openWatched('/zoeken/');
    expect(await compiles(search.page)).toBe('compiled');
    expect(await search.violations()).toEqual([]);
    const lesson = await openWatched(pageTypes().find((type) => type.name === 'lesson')!.path);
    expect(await compiles(lesson.page)).toBe('CompileError');
    await expect.poll(lesson.violations).toContainEqual(expect.stringMatching(/wasm-eval|WebAssembly/));
  });
});

describe('the CMS at /admin/ on a host that joins repeated headers', () => {
  const adminCsp = cloudflareHeaders(rules, '/admin/')['content-security-policy'];

  it('loads Decap up to its login button without a CSP violation', async () => {
    expect(policiesIn(adminCsp)).toHaveLength(1);
    const { page, violations } = await openWatched('/admin/');
    await page.getByRole('button', { name: 'Inloggen met GitHub' }).waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });

  it('would be blocked by the two policies a host sends without the "! Name" lines (a check of the check)', async () => {
    const joined = cloudflareHeaders(parseHeadersFile(headersFile.replace(/^\s+!.*\n/gm, '')), '/admin/');
    expect(policiesIn(joined['content-security-policy'])).toHaveLength(2);
    const { violations } = await openWatched('/admin/', {
      prepare: async (page) => {
        await page.route(`${site.url}/admin/`, async (route) => route.fulfill({ response: await route.fetch(), headers: { 'content-type': 'text/html', ...joined } }));
      },
    });
    await expect.poll(violations, { timeout: 20_000 }).toContainEqual(expect.stringMatching(/(script-src|style-src)[-a-z]* blocked/));
  });
});

describe('a file in /uploads/ that is not a photo, as the host sends it', () => {
  const uploads: Record<string, { file: string; type: string }> = {
    '/uploads/tekening.svg': { file: 'tekening.svg', type: 'image/svg+xml' },
    '/uploads/pagina.html': { file: 'pagina.html', type: 'text/html' },
    '/uploads/script.js': { file: 'script.js', type: 'text/javascript' },
  };

  /**
   * Opens an upload from tests/fixtures/uploads/bad (which loads the others), every upload answered
   * with the headers `headersFor` gives; records the requests its scripts make (each announces
   * itself with one) and what Chromium says about blocked scripts.
   */
  async function openUpload(uploadPath: string, headersFor: (pathname: string) => Record<string, string>) {
    const ran: string[] = [];
    const blocked: string[] = [];
    const page = await site.page(uploadPath, {
      beforeGoto: async (page) => {
        await page.route(`${site.url}/uploads/**`, (route) => {
          const pathname = new URL(route.request().url()).pathname;
          const { file, type } = uploads[pathname];
          const body = readFileSync(path.join(fixturesDir, 'uploads', 'bad', file), 'utf8').replace(
            /window\.uploadRan = '([^']+)'/g,
            "fetch('/upload-ran/$1')",
          );
          return route.fulfill({ status: 200, body, headers: { 'content-type': type, ...headersFor(pathname) } });
        });
        // Never leaves the browser, whatever the policy says.
        await page.route('https://evil.example/**', (route) => route.abort());
        page.on('request', (request) => {
          if (request.url().includes('/upload-ran/')) ran.push(new URL(request.url()).pathname);
        });
        page.on('console', (message) => {
          if (/Blocked script execution|Refused to|Content Security Policy/i.test(message.text())) blocked.push(message.text());
        });
      },
    });
    await page.waitForLoadState('networkidle');
    return { ran, blocked };
  }

  it.each(['/uploads/tekening.svg', '/uploads/pagina.html'])('runs nothing when opened on its own, not even a script from /uploads/: %s', async (uploadPath) => {
    expect(cloudflareHeaders(rules, uploadPath)['content-security-policy']).toContain('sandbox');
    const { ran, blocked } = await openUpload(uploadPath, (pathname) => cloudflareHeaders(rules, pathname));
    await expect.poll(() => blocked).not.toEqual([]);
    expect(ran).toEqual([]);
  });

  it('would run the script it loads from /uploads/ under the site policy alone (a check of the check)', async () => {
    const { ran } = await openUpload('/uploads/pagina.html', () => cloudflareHeaders(rules, '/lessen/'));
    await expect.poll(() => ran).toContain('/upload-ran/js');
  });
});
