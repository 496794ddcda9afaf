/**
 * The security headers have one source, src/security/csp.ts: public/_headers and
 * netlify.toml must say exactly what it says (run npm run headers to write
 * them), and the policy must be as strict as the site allows.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminFolder } from '../../src/cms/admin-files.ts';
import { mediaFolder } from '../../src/cms/config.ts';
import { uploadsFolder } from '../../src/content-check/uploads.ts';
import { pagefindFolder } from '../../src/search/contract.ts';
import { pageUrl } from '../../src/lib/urls.ts';
import {
  adminPolicy,
  cmsConnectSources,
  headersForPath,
  metaContentSecurityPolicy,
  netlifyHeadersEnd,
  netlifyHeadersStart,
  policyPaths,
  renderHeadersFile,
  renderNetlifyHeaders,
  searchPolicy,
  serialisePolicy,
  sharePolicyFor,
  sitePolicy,
  uploadsPolicy,
} from '../../src/security/csp.ts';
import { withNetlifyHeaders, writeHeaderFiles } from '../../src/security/header-files.ts';
import site from '../../src/site.config.ts';
import { projectRoot, publicDir } from '../helpers/paths.ts';
import { allows, cloudflareHeaders, hasDirective, netlifyHeaders, parseHeadersFile, policiesIn } from '../helpers/static-hosts.ts';

const netlifyToml = readFileSync(path.join(projectRoot, 'netlify.toml'), 'utf8');
const headersFileText = readFileSync(path.join(publicDir, '_headers'), 'utf8');
/** The site's policy, written out by hand so a mistake in serialisePolicy cannot hide itself. */
const sitePolicyText =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
/** What a content page, the search page, an upload and the CMS are sent, as paths on the site. */
const samplePaths = { content: '/lessen/warme-overdracht/', search: '/zoeken/', pagefind: '/pagefind/pagefind.js', upload: '/uploads/x.png', admin: '/admin/' };

describe('security headers', () => {
  it('public/_headers matches src/security/csp.ts (run npm run headers when the policy changes)', () => {
    expect(readFileSync(path.join(publicDir, '_headers'), 'utf8'), 'public/_headers is out of date: run npm run headers').toBe(
      renderHeadersFile(),
    );
  });

  it('netlify.toml has the same headers as src/security/csp.ts, between its markers (run npm run headers when the policy changes)', () => {
    const start = netlifyToml.indexOf(netlifyHeadersStart);
    const end = netlifyToml.indexOf(netlifyHeadersEnd);
    expect(start, `netlify.toml has no line "${netlifyHeadersStart}"`).toBeGreaterThanOrEqual(0);
    expect(end, `netlify.toml has no line "${netlifyHeadersEnd}"`).toBeGreaterThan(start);
    expect(netlifyToml.slice(start, end + netlifyHeadersEnd.length), 'netlify.toml is out of date: run npm run headers').toBe(
      renderNetlifyHeaders(),
    );
    // Nothing outside the markers may set headers that would override them.
    expect(netlifyToml.slice(0, start) + netlifyToml.slice(end)).not.toContain('[[headers]]');
  });

  it('npm run headers rewrites both files, and only the marked block of netlify.toml', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'headers-'));
    try {
      mkdirSync(path.join(root, 'public'));
      writeFileSync(path.join(root, 'public', '_headers'), '/*\n  X-Old: yes\n');
      const outside = '[build]\n  command = "npm run build"\n';
      writeFileSync(path.join(root, 'netlify.toml'), `${outside}\n# BEGIN security headers (an older comment)\n[[headers]]\n  for = "/old"\n# END security headers\n# after\n`);
      expect(writeHeaderFiles(root)).toEqual([path.join('public', '_headers'), 'netlify.toml']);
      expect(readFileSync(path.join(root, 'public', '_headers'), 'utf8')).toBe(renderHeadersFile());
      expect(readFileSync(path.join(root, 'netlify.toml'), 'utf8')).toBe(`${outside}\n${renderNetlifyHeaders()}\n# after\n`);
      expect(writeHeaderFiles(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says in Dutch what is missing when netlify.toml has lost its markers', () => {
    expect(() => withNetlifyHeaders('[build]\n')).toThrow(/netlify\.toml: de regels "# BEGIN security headers \.\.\." en "# END security headers" ontbreken/);
  });

  it('netlify.toml builds with npm run build:host (the build, after fetching full history) and publishes dist/', () => {
    expect(netlifyToml).toMatch(/command = "npm run build:host"/);
    expect(netlifyToml).toMatch(/publish = "dist"/);
  });

  it('lets /delen/ post its form to the site itself, and to a self-hosted endpoint elsewhere only when one is configured', () => {
    expect(serialisePolicy(sharePolicyFor('/api/delen'))).toBe(sitePolicyText);
    const elsewhere = sharePolicyFor('https://delen.swv.example.nl/api/delen');
    expect(elsewhere['form-action']).toEqual(["'self'", 'https://delen.swv.example.nl']);
    expect(elsewhere['connect-src']).toEqual(["'self'", 'https://delen.swv.example.nl']);
    expect(elsewhere['script-src']).toEqual(["'self'"]);
    // The sample site posts to /api/delen on the site: /delen/ has no rule of its own, content pages keep 'self' only.
    expect(headersForPath('/delen/')['Content-Security-Policy']).toBe(sitePolicyText);
  });

  it('netlify.toml runs the /delen/ endpoint from src/contribute/netlify and builds with full history', () => {
    expect(netlifyToml).toMatch(/\[functions\]\n\s+directory = "src\/contribute\/netlify"/);
    expect(netlifyToml).toContain('command = "npm run build:host"');
  });

  it('allows content pages only the site itself: no eval, no WebAssembly, no inline code, no other servers', () => {
    expect(serialisePolicy(sitePolicy)).toBe(sitePolicyText);
    const all = Object.values(sitePolicy).flat();
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", 'blob:']) expect(all).not.toContain(loose);
    expect(all.filter((source) => /^https?:/.test(source))).toEqual([]);
  });

  it('allows the search page exactly what Pagefind needs on top: WebAssembly, and no blob: worker', () => {
    expect(searchPolicy).toEqual({ ...sitePolicy, 'script-src': ["'self'", "'wasm-unsafe-eval'"] });
    for (const pathname of [samplePaths.search, '/zoeken/?q=ouders', samplePaths.pagefind, '/pagefind/wasm.unknown.pagefind']) {
      expect(headersForPath(pathname.replace(/\?.*$/, ''))['Content-Security-Policy'], pathname).toBe(serialisePolicy(searchPolicy));
    }
  });

  it('keeps the paths with their own policy where the site really puts them', () => {
    expect(policyPaths.search).toBe(pageUrl('search'));
    expect(policyPaths.pagefind).toBe(`/${pagefindFolder}/`);
    expect(policyPaths.admin).toBe(`/${adminFolder}/`);
    expect(policyPaths.uploads).toBe(`/${uploadsFolder}/`);
    expect(mediaFolder).toBe(`public/${uploadsFolder}`);
  });

  it("puts the page's own policy in the <meta> tag, without what only a header can carry", () => {
    expect(metaContentSecurityPolicy('/lessen/warme-overdracht/')).toBe(sitePolicyText.replace("; frame-ancestors 'none'", ''));
    expect(metaContentSecurityPolicy('/')).toBe(sitePolicyText.replace("; frame-ancestors 'none'", ''));
    const searchMeta = metaContentSecurityPolicy('/zoeken/');
    expect(searchMeta).toBe(serialisePolicy(searchPolicy).replace("; frame-ancestors 'none'", ''));
    expect(searchMeta).toContain("'wasm-unsafe-eval'");
    for (const meta of [searchMeta, metaContentSecurityPolicy('/lessen/')]) {
      expect(meta).not.toContain('frame-ancestors');
      expect(meta).not.toContain('sandbox');
    }
  });

  it('sends the site policy and the other security headers for every page', () => {
    for (const pathname of ['/', '/prototypen/plusklas-heiloo/', '/administratie/', '/zoekenderwijs/', '/uploadsx/']) {
      const headers = headersForPath(pathname);
      expect(headers['Content-Security-Policy'], pathname).toBe(sitePolicyText);
      expect(headers).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'same-origin',
        'Cross-Origin-Opener-Policy': 'same-origin',
      });
      expect(headers['Permissions-Policy']).toContain('camera=()');
      expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
    }
  });

  it('sandboxes uploads: nothing in them may run, load or be sniffed as something else', () => {
    const headers = headersForPath(samplePaths.upload);
    expect(headers['Content-Security-Policy']).toBe(serialisePolicy(uploadsPolicy));
    expect(uploadsPolicy.sandbox).toEqual([]);
    expect(uploadsPolicy['default-src']).toEqual(["'none'"]);
    expect(Object.values(uploadsPolicy).flat()).not.toContain("'unsafe-eval'");
    expect(uploadsPolicy['script-src']).toBeUndefined();
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headersForPath('/uploads/map/foto.jpg')['Content-Security-Policy']).toContain('sandbox');
  });

  it('lets the CMS reach exactly the git host it is configured for, and no local address', () => {
    expect(cmsConnectSources({ backend: 'gitlab', repo: 'a/b', branch: 'main', appId: 'x' })).toEqual(["'self'", 'https://gitlab.com']);
    expect(
      cmsConnectSources({ backend: 'gitea', repo: 'a/b', branch: 'main', appId: 'x', baseUrl: 'https://git.example.nl', apiRoot: 'https://git.example.nl/api/v1' }),
    ).toEqual(["'self'", 'https://git.example.nl']);
    for (const published of [headersFileText, netlifyToml]) {
      expect(published).not.toMatch(/localhost|127\.0\.0\.1|:8081/);
    }
  });

  it('gives the CMS at /admin/ its own, looser policy, and keeps the other headers', () => {
    const headers = headersForPath('/admin/');
    expect(headers['Content-Security-Policy']).toBe(serialisePolicy(adminPolicy));
    expect(adminPolicy['script-src']).toEqual(["'self'", "'unsafe-eval'", "'unsafe-inline'"]);
    expect(adminPolicy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(adminPolicy['connect-src']).toEqual(["'self'", 'https://api.github.com', new URL(site.cms.baseUrl!).origin]);
    expect(adminPolicy['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https:']);
    expect(adminPolicy['frame-ancestors']).toEqual(["'none'"]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
    expect(headersForPath('/admin/config.yml')['Content-Security-Policy']).toBe(serialisePolicy(adminPolicy));
  });

  it('lists /* before the rules that replace its policy, in both files, so the host lets those win', () => {
    for (const pattern of ['/zoeken/*', '/pagefind/*', '/uploads/*', '/admin/*']) {
      expect(headersFileText.indexOf('\n/*\n')).toBeLessThan(headersFileText.indexOf(`\n${pattern}\n`));
      expect(netlifyToml.indexOf('for = "/*"')).toBeLessThan(netlifyToml.indexOf(`for = "${pattern}"`));
    }
  });
});

describe('the headers on a host that joins repeated headers (Cloudflare Pages)', () => {
  const rules = parseHeadersFile(headersFileText);
  const cloudflare = (pathname: string) => cloudflareHeaders(rules, pathname);

  it('sends /admin/ one policy, which lets Decap evaluate code, inject styles and reach the git host', () => {
    const csp = cloudflare(samplePaths.admin)['content-security-policy'];
    expect(policiesIn(csp)).toHaveLength(1);
    expect(allows(csp, 'script-src', "'unsafe-eval'")).toBe(true);
    expect(allows(csp, 'script-src-elem', "'unsafe-inline'")).toBe(true);
    expect(allows(csp, 'style-src-elem', "'unsafe-inline'")).toBe(true);
    expect(allows(csp, 'img-src', 'blob:')).toBe(true);
    expect(allows(csp, 'connect-src', 'https://api.github.com')).toBe(true);
    expect(allows(csp, 'connect-src', 'http://localhost:8081')).toBe(false);
    expect(cloudflare(samplePaths.admin)['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  });

  it("sends the search page and Pagefind's files one policy that allows WebAssembly, and no blob: worker", () => {
    for (const pathname of [samplePaths.search, samplePaths.pagefind]) {
      const csp = cloudflare(pathname)['content-security-policy'];
      expect(policiesIn(csp), pathname).toHaveLength(1);
      expect(allows(csp, 'script-src', "'wasm-unsafe-eval'"), pathname).toBe(true);
      expect(allows(csp, 'worker-src', 'blob:'), pathname).toBe(false);
      expect(allows(csp, 'script-src', "'unsafe-eval'"), pathname).toBe(false);
      expect(allows(csp, 'script-src-elem', "'unsafe-inline'"), pathname).toBe(false);
    }
  });

  it('sends a content page a policy without WebAssembly, eval, inline code or blob: workers', () => {
    const csp = cloudflare(samplePaths.content)['content-security-policy'];
    expect(csp).toBe(sitePolicyText);
    for (const [directive, source] of [
      ['script-src', "'wasm-unsafe-eval'"],
      ['script-src', "'unsafe-eval'"],
      ['script-src-elem', "'unsafe-inline'"],
      ['style-src-elem', "'unsafe-inline'"],
      ['worker-src', 'blob:'],
      ['connect-src', 'https://api.github.com'],
    ]) {
      expect(allows(csp, directive, source), `${directive} ${source}`).toBe(false);
    }
  });

  it('sends an upload a sandbox in which nothing runs, and nosniff once', () => {
    const headers = cloudflare(samplePaths.upload);
    const csp = headers['content-security-policy'];
    expect(hasDirective(csp, 'sandbox')).toBe(true);
    expect(allows(csp, 'script-src-elem', "'self'")).toBe(false);
    expect(allows(csp, 'script-src-elem', "'unsafe-inline'")).toBe(false);
    expect(allows(csp, 'connect-src', "'self'")).toBe(false);
    expect(allows(csp, 'img-src', "'self'")).toBe(true);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends every path the same headers as Netlify and netlify.toml do', () => {
    for (const pathname of [...Object.values(samplePaths), '/', '/admin/config.yml', '/uploads/map/foto.jpg', '/administratie/']) {
      const fromToml = Object.fromEntries(Object.entries(headersForPath(pathname)).map(([name, value]) => [name.toLowerCase(), value]));
      expect(cloudflare(pathname), pathname).toEqual(fromToml);
      expect(netlifyHeaders(rules, pathname), pathname).toEqual(fromToml);
    }
  });

  it('would send /admin/ two policies that block the CMS without the "! Name" lines (a check of the check)', () => {
    const withoutDetach = parseHeadersFile(headersFileText.replace(/^\s+!.*\n/gm, ''));
    const csp = cloudflareHeaders(withoutDetach, samplePaths.admin)['content-security-policy'];
    expect(policiesIn(csp)).toHaveLength(2);
    expect(allows(csp, 'script-src', "'unsafe-eval'")).toBe(false);
    expect(allows(csp, 'style-src-elem', "'unsafe-inline'")).toBe(false);
    expect(cloudflareHeaders(withoutDetach, samplePaths.admin)['cross-origin-opener-policy']).toBe('same-origin, same-origin-allow-popups');
  });
});
