/**
 * The security headers have one source, src/security/csp.ts: public/_headers and
 * netlify.toml must say exactly what it says (run npm run headers to write
 * them), and the policy must be as strict as the site allows.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adminPolicy,
  cmsConnectSources,
  headersForPath,
  metaContentSecurityPolicy,
  netlifyHeadersEnd,
  netlifyHeadersStart,
  renderHeadersFile,
  renderNetlifyHeaders,
  serialisePolicy,
  sitePolicy,
} from '../../src/security/csp.ts';
import { withNetlifyHeaders, writeHeaderFiles } from '../../src/security/header-files.ts';
import site from '../../src/site.config.ts';
import { projectRoot, publicDir } from '../helpers/paths.ts';

const netlifyToml = readFileSync(path.join(projectRoot, 'netlify.toml'), 'utf8');
/** The site's policy, written out by hand so a mistake in serialisePolicy cannot hide itself. */
const sitePolicyText =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

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

  it('netlify.toml builds with npm run build and publishes dist/', () => {
    expect(netlifyToml).toMatch(/command = "npm run build"/);
    expect(netlifyToml).toMatch(/publish = "dist"/);
  });

  it('allows only the site itself, plus WebAssembly and a blob: worker for search', () => {
    expect(serialisePolicy(sitePolicy)).toBe(sitePolicyText);
    const all = Object.values(sitePolicy).flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((source) => /^https?:/.test(source))).toEqual([]);
  });

  it('puts the same policy in the <meta> tag, without frame-ancestors (a meta tag cannot carry it)', () => {
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
    expect(metaContentSecurityPolicy).toBe(sitePolicyText.replace("; frame-ancestors 'none'", ''));
  });

  it('sends the site policy and the other security headers for every page', () => {
    for (const pathname of ['/', '/prototypen/plusklas-heiloo/', '/zoeken/', '/administratie/']) {
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

  it('lets the CMS reach exactly the git host it is configured for', () => {
    const local = ["'self'", 'http://127.0.0.1:8081', 'http://localhost:8081'];
    expect(cmsConnectSources({ backend: 'gitlab', repo: 'a/b', branch: 'main', appId: 'x' })).toEqual([...local, 'https://gitlab.com']);
    expect(
      cmsConnectSources({ backend: 'gitea', repo: 'a/b', branch: 'main', appId: 'x', baseUrl: 'https://git.example.nl', apiRoot: 'https://git.example.nl/api/v1' }),
    ).toEqual([...local, 'https://git.example.nl']);
  });

  it('gives the CMS at /admin/ its own, looser policy, and keeps the other headers', () => {
    const headers = headersForPath('/admin/');
    expect(headers['Content-Security-Policy']).toBe(serialisePolicy(adminPolicy));
    expect(adminPolicy['script-src']).toEqual(["'self'", "'unsafe-eval'", "'unsafe-inline'"]);
    expect(adminPolicy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(adminPolicy['connect-src']).toEqual([
      "'self'",
      'http://127.0.0.1:8081',
      'http://localhost:8081',
      'https://api.github.com',
      new URL(site.cms.baseUrl!).origin,
    ]);
    expect(adminPolicy['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https:']);
    expect(adminPolicy['frame-ancestors']).toEqual(["'none'"]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
    expect(headersForPath('/admin/config.yml')['Content-Security-Policy']).toBe(serialisePolicy(adminPolicy));
  });

  it('lists /admin/* after /* in both files, so the host lets it win', () => {
    const headersFile = readFileSync(path.join(publicDir, '_headers'), 'utf8');
    expect(headersFile.indexOf('\n/*\n')).toBeLessThan(headersFile.indexOf('\n/admin/*\n'));
    expect(netlifyToml.indexOf('for = "/*"')).toBeLessThan(netlifyToml.indexOf('for = "/admin/*"'));
  });
});
