/**
 * The one place for the site's Content-Security-Policy and other security
 * headers. `npm run headers` writes public/_headers and netlify.toml from here
 * (a test checks they match), and Base.astro puts the same policy in a <meta>
 * tag for hosts that cannot send headers.
 *
 * The site loads nothing from other servers and runs one script of its own:
 * the search page, whose Pagefind index needs WebAssembly ('wasm-unsafe-eval')
 * and a Web Worker started from a blob: URL.
 * @see https://content-security-policy.com/ for what each directive does.
 */

import { cmsSettings, type CmsSettings } from '../config/cms-settings.ts';
import site from '../site.config.ts';

/** Directive name to its sources, in the order they are written. */
export type Policy = Record<string, readonly string[]>;

export const sitePolicy: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Where the CMS may connect: decap-server when editing locally, and the git host (and OAuth proxy) from the site config. */
export function cmsConnectSources(settings: CmsSettings): string[] {
  const origin = (address: string | undefined) => (address ? [new URL(address).origin] : []);
  const api = {
    github: ['https://api.github.com'],
    gitlab: settings.apiRoot ? origin(settings.apiRoot) : ['https://gitlab.com'],
    gitea: origin(settings.apiRoot),
  }[settings.backend];
  return [...new Set(["'self'", 'http://127.0.0.1:8081', 'http://localhost:8081', ...api, ...origin(settings.baseUrl)])];
}

/**
 * The CMS at /admin/ (Decap) evaluates code, injects styles, shows images
 * from the repository host and talks to the git host's API, or to
 * decap-server on port 8081 when editing locally.
 */
export const adminPolicy: Policy = {
  ...sitePolicy,
  'script-src': ["'self'", "'unsafe-eval'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  // From the config file only, not environment overrides: public/_headers is a checked-in file.
  'connect-src': cmsConnectSources(cmsSettings(site.cms, {})),
};

/** Directives a <meta> policy cannot carry (browsers ignore them there, with a console error). */
const headerOnlyDirectives = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; ...` */
export function serialisePolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** The site's policy for the <meta http-equiv> tag: the header policy without what a meta tag cannot carry. */
export const metaContentSecurityPolicy = serialisePolicy(
  Object.fromEntries(Object.entries(sitePolicy).filter(([directive]) => !headerOnlyDirectives.has(directive))),
);

/** Headers every response gets, besides its Content-Security-Policy. */
const commonHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // Search queries stay on the site: other sites never see which page (or question) a visitor came from.
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};

export interface HeaderRule {
  /** Path pattern as static hosts write it: `/*`, `/admin/*`. */
  path: string;
  headers: Record<string, string>;
}

/**
 * The rules for static hosts, in order. Netlify applies every matching rule and
 * a later rule's header replaces an earlier one's, so /admin/* comes last.
 * (Hosts that join repeated headers instead, like Cloudflare Pages, need
 * `! Content-Security-Policy` under /admin/* first.)
 */
export const headerRules: HeaderRule[] = [
  { path: '/*', headers: { 'Content-Security-Policy': serialisePolicy(sitePolicy), ...commonHeaders } },
  {
    path: '/admin/*',
    headers: {
      'Content-Security-Policy': serialisePolicy(adminPolicy),
      // The CMS logs in through a pop-up window on the git host's OAuth page, which must be able to answer.
      'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    },
  },
];

/** The headers a static host sends for `pathname`, applying the rules like Netlify does. */
export function headersForPath(pathname: string): Record<string, string> {
  const matches = (pattern: string) =>
    pattern.endsWith('/*') ? pathname.startsWith(pattern.slice(0, -1)) || pathname === pattern.slice(0, -2) : pathname === pattern;
  return Object.assign({}, ...headerRules.filter((rule) => matches(rule.path)).map((rule) => rule.headers));
}

/** public/_headers, in the format of Netlify and Cloudflare Pages. */
export function renderHeadersFile(): string {
  const blocks = headerRules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Generated from src/security/csp.ts: do not edit, run npm run headers. tests/unit/security-headers.test.ts checks that it matches.\n${blocks.join('\n\n')}\n`;
}

export const netlifyHeadersStart = '# BEGIN security headers (generated from src/security/csp.ts: do not edit, run npm run headers; a test checks that it matches)';
export const netlifyHeadersEnd = '# END security headers';

/** The [[headers]] tables of netlify.toml, between the start and end markers. */
export function renderNetlifyHeaders(): string {
  const tables = headerRules.map((rule) =>
    [
      '[[headers]]',
      `  for = ${JSON.stringify(rule.path)}`,
      '  [headers.values]',
      ...Object.entries(rule.headers).map(([name, value]) => `    ${name} = ${JSON.stringify(value)}`),
    ].join('\n'),
  );
  return [netlifyHeadersStart, tables.join('\n\n'), netlifyHeadersEnd].join('\n');
}
