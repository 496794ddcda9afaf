/**
 * The one place for the site's Content-Security-Policy and other security
 * headers. `npm run headers` writes public/_headers and netlify.toml from here
 * (a test checks they match), and Base.astro puts the same policy in a <meta>
 * tag for hosts that cannot send headers.
 *
 * The site loads nothing from other servers. Content pages run no code but
 * the site's own files; only the search page (and Pagefind's files) may
 * compile WebAssembly ('wasm-unsafe-eval'), which Pagefind needs. No page
 * may start a Web Worker from a blob: URL: the search runs Pagefind in the
 * page itself (src/search/client/pagefind.ts). Files in /uploads/ (editors' photos) are
 * sandboxed: opened on their own, nothing in them can run. The CMS at /admin/
 * has its own, looser policy.
 * @see https://content-security-policy.com/ for what each directive does.
 */

import { cmsSettings, type CmsSettings } from '../config/cms-settings.ts';
import { pagefindFolder } from '../search/contract.ts';
import site from '../site.config.ts';

/** Directive name to its sources, in the order they are written. */
export type Policy = Record<string, readonly string[]>;

/** Every page of the site, except the search page and /admin/. */
export const sitePolicy: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The search page and Pagefind's files: Pagefind runs its index as WebAssembly. */
export const searchPolicy: Policy = {
  ...sitePolicy,
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
};

/**
 * The /delen/ page: the site's policy, and when the form posts to a server
 * elsewhere (site config `contribute.endpoint` as a full address), that
 * server's origin for the form and for the form's script. An endpoint on the
 * site itself (the default /api/delen) needs nothing beyond 'self'.
 */
export function sharePolicyFor(endpoint: string): Policy {
  const elsewhere = /^https?:\/\//.test(endpoint) ? [new URL(endpoint).origin] : [];
  return {
    ...sitePolicy,
    'connect-src': [...sitePolicy['connect-src']!, ...elsewhere],
    'form-action': [...sitePolicy['form-action']!, ...elsewhere],
  };
}

export const sharePolicy: Policy = sharePolicyFor(site.contribute.endpoint);

/**
 * Editors' uploads: photos only (src/content-check/uploads.ts checks that),
 * and should anything else get there, a browser that opens it runs nothing:
 * `sandbox` without allow-scripts gives it a unique origin of its own, away
 * from the CMS's login on this one. Inline styles only for the browser's own
 * image viewer (Firefox styles it inline).
 */
export const uploadsPolicy: Policy = {
  'default-src': ["'none'"],
  'img-src': ["'self'"],
  'style-src': ["'unsafe-inline'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  sandbox: [],
};

/**
 * Where the CMS may connect: the git host (and OAuth proxy) from the site
 * config. Not decap-server: `npm start` serves /admin/ through `astro dev`,
 * which sends none of these headers, so the published policy needs no local
 * addresses.
 */
export function cmsConnectSources(settings: CmsSettings): string[] {
  const origin = (address: string | undefined) => (address ? [new URL(address).origin] : []);
  const api = {
    github: ['https://api.github.com'],
    gitlab: settings.apiRoot ? origin(settings.apiRoot) : ['https://gitlab.com'],
    gitea: origin(settings.apiRoot),
  }[settings.backend];
  return [...new Set(["'self'", ...api, ...origin(settings.baseUrl)])];
}

/**
 * The CMS at /admin/ (Decap) evaluates code, injects styles, shows images
 * from the repository host and talks to the git host's API.
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

/** `default-src 'self'; script-src 'self'; ...` */
export function serialisePolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

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
  /** The Content-Security-Policy of the rule, also in `headers`. */
  policy: Policy;
  headers: Record<string, string>;
}

const rule = (path: string, policy: Policy, headers: Record<string, string> = {}): HeaderRule => ({
  path,
  policy,
  headers: { 'Content-Security-Policy': serialisePolicy(policy), ...headers },
});

/** Where the pages and files with their own policy live (a test checks these against the site's own paths). */
export const policyPaths = { search: '/zoeken/', pagefind: `/${pagefindFolder}/`, uploads: '/uploads/', admin: '/admin/', share: '/delen/' } as const;

/**
 * The rules for static hosts, in order; a later rule's header replaces an
 * earlier one's for the paths it covers (Netlify works that way). Hosts that
 * join a header set by several rules instead, like Cloudflare Pages, get a
 * `! Name` line in public/_headers that drops the earlier value first (see
 * renderHeadersFile), so no path is sent two policies.
 */
export const headerRules: HeaderRule[] = [
  rule('/*', sitePolicy, commonHeaders),
  rule(`${policyPaths.search}*`, searchPolicy),
  rule(`${policyPaths.pagefind}*`, searchPolicy),
  // Only when the form posts elsewhere; otherwise /delen/ has the site's policy like every page.
  ...(serialisePolicy(sharePolicy) === serialisePolicy(sitePolicy) ? [] : [rule(`${policyPaths.share}*`, sharePolicy)]),
  rule(`${policyPaths.uploads}*`, uploadsPolicy, { 'X-Content-Type-Options': 'nosniff' }),
  // The CMS logs in through a pop-up window on the git host's OAuth page, which must be able to answer.
  rule(`${policyPaths.admin}*`, adminPolicy, { 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups' }),
];

const ruleMatches = (pattern: string, pathname: string) =>
  pattern.endsWith('/*') ? pathname.startsWith(pattern.slice(0, -1)) || pathname === pattern.slice(0, -2) : pathname === pattern;

const rulesFor = (pathname: string) => headerRules.filter((candidate) => ruleMatches(candidate.path, pathname));

/** The headers a static host sends for `pathname`, applying the rules like Netlify does (a later rule's header wins). */
export function headersForPath(pathname: string): Record<string, string> {
  return Object.assign({}, ...rulesFor(pathname).map((matching) => matching.headers));
}

/**
 * The policy for the <meta http-equiv> tag of the page at `pathname` (with
 * the site's base path): the page's header policy without what a meta tag
 * cannot carry. The search page gets the search policy, every other page the
 * site policy.
 */
// Every page asks; there are only a few policies, so each is written out once.
const metaPolicies = new WeakMap<object, string>();

export function metaContentSecurityPolicy(pathname: string): string {
  const sitePath = pathname.startsWith(site.basePath) ? `/${pathname.slice(site.basePath.length)}` : pathname;
  const policy = rulesFor(sitePath).at(-1)!.policy;
  let text = metaPolicies.get(policy);
  if (text === undefined) {
    text = serialisePolicy(Object.fromEntries(Object.entries(policy).filter(([directive]) => !headerOnlyDirectives.has(directive))));
    metaPolicies.set(policy, text);
  }
  return text;
}

/**
 * public/_headers, in the format of Netlify and Cloudflare Pages. Before a
 * header that an earlier rule also sets comes `! Name`: Cloudflare Pages
 * then drops the earlier value instead of sending both (two policies would
 * both be enforced, and /admin/ could not run). Netlify skips these lines
 * (no colon) and lets the later rule win by itself.
 */
export function renderHeadersFile(): string {
  const setBefore = new Set<string>();
  const blocks = headerRules.map((rule) => {
    const names = Object.keys(rule.headers);
    const detach = names.filter((name) => setBefore.has(name)).map((name) => `  ! ${name}`);
    names.forEach((name) => setBefore.add(name));
    return [rule.path, ...detach, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  });
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
