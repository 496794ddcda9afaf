/**
 * What static hosts make of public/_headers, for tests. Netlify lets a later
 * rule's header replace an earlier one's and skips lines it does not know
 * (`! Name`). Cloudflare Pages applies every matching rule in order: `! Name`
 * drops the header set so far, and a header set again is added to it, so the
 * browser gets both values joined by ", " (its asset server uses
 * Headers.append). For a Content-Security-Policy that means two policies,
 * and a browser enforces both: a source must pass each of them.
 */

export interface HeadersFileRule {
  path: string;
  /** Header names from `! Name` lines. */
  detach: string[];
  set: Array<[name: string, value: string]>;
}

export function parseHeadersFile(text: string): HeadersFileRule[] {
  const rules: HeadersFileRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      rules.push({ path: line, detach: [], set: [] });
      continue;
    }
    const current = rules.at(-1);
    if (!current) throw new Error(`_headers: a header before any path: ${line}`);
    if (line.startsWith('!')) current.detach.push(line.slice(1).trim());
    else {
      const colon = line.indexOf(':');
      current.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** A rule's path pattern as Cloudflare Pages and Netlify match it: `*` is anything, also nothing. */
const matches = (pattern: string, pathname: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(pathname);

/** The headers Cloudflare Pages sends for `pathname` (names in lower case). */
export function cloudflareHeaders(rules: HeadersFileRule[], pathname: string): Record<string, string> {
  const headers = new Headers();
  const setByRules = new Set<string>();
  for (const rule of rules.filter((candidate) => matches(candidate.path, pathname))) {
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      if (setByRules.has(name.toLowerCase())) headers.append(name, value);
      else {
        headers.set(name, value);
        setByRules.add(name.toLowerCase());
      }
    }
  }
  return Object.fromEntries(headers.entries());
}

/** The headers Netlify sends for `pathname` from the same file (names in lower case). */
export function netlifyHeaders(rules: HeadersFileRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((candidate) => matches(candidate.path, pathname))) {
    for (const [name, value] of rule.set) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** The separate policies in one Content-Security-Policy header value (a comma separates them). */
export function policiesIn(header: string): string[] {
  return header
    .split(',')
    .map((policy) => policy.trim())
    .filter(Boolean);
}

function directivesOf(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Which directive a browser falls back to when one is missing (CSP level 3). */
const fallbacks: Record<string, string[]> = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'script-src': ['default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'style-src': ['default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
  'frame-src': ['child-src', 'default-src'],
};

/** Whether one policy lets `directive` use `source` (a keyword such as `'unsafe-eval'`, a scheme such as `blob:`, or an origin). */
function policyAllows(policy: string, directive: string, source: string): boolean {
  const directives = directivesOf(policy);
  const chain = [directive, ...(fallbacks[directive] ?? (directive.endsWith('-src') ? ['default-src'] : []))];
  const found = chain.find((name) => directives.has(name));
  if (found === undefined) return true;
  const allowed = directives.get(found)!;
  if (allowed.includes(source) || allowed.includes('*')) return true;
  if (source === "'wasm-unsafe-eval'" && allowed.includes("'unsafe-eval'")) return true;
  const scheme = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(source)?.[1];
  return scheme !== undefined && allowed.includes(scheme);
}

/** Whether every policy in a Content-Security-Policy header lets `directive` use `source`. */
export function allows(header: string, directive: string, source: string): boolean {
  return policiesIn(header).every((policy) => policyAllows(policy, directive, source));
}

/** Whether some policy in the header has `directive` (for `sandbox`, one is enough). */
export function hasDirective(header: string, directive: string): boolean {
  return policiesIn(header).some((policy) => directivesOf(policy).has(directive));
}
