/**
 * Checks a built site: every internal link, anchor and asset reference in
 * every HTML page must point at something that exists in the build.
 * Reports file and target for each broken one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

export interface BrokenLink {
  /** The page, relative to the build folder: prototypen/x/index.html */
  page: string;
  /** The link as written in the page. */
  target: string;
  reason: string;
}

/** All files under `dir`, relative, with forward slashes. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? listFiles(full, relative) : [relative];
  });
}

const linkAttributes: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
];

/** The file a site path is served from, or undefined when there is none. */
function resolveFile(distDir: string, sitePath: string): string | undefined {
  const decoded = decodeURIComponent(sitePath);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  return candidates.map((candidate) => path.join(distDir, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * `endpoints`: paths a host serves with a function rather than a file (the
 * /delen/ endpoint), which are not in the build.
 */
export function checkLinks(distDir: string, options: { base?: string; origin: string; endpoints?: readonly string[] }): BrokenLink[] {
  const base = options.base ?? '/';
  const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const root = parse(readFileSync(file, 'utf8'));
      ids = new Set(root.querySelectorAll('[id]').map((element) => element.getAttribute('id')!));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];

  for (const page of pages) {
    const root = parse(readFileSync(path.join(distDir, page), 'utf8'));
    const pageUrl = new URL(`${base}${page.replace(/index\.html$/, '')}`, options.origin);
    for (const [selector, attribute] of linkAttributes) {
      for (const element of root.querySelectorAll(selector)) {
        const target = element.getAttribute(attribute)!;
        if (/^(mailto|tel):/i.test(target)) continue;
        let resolved: URL;
        try {
          resolved = new URL(target, pageUrl);
        } catch {
          broken.push({ page, target, reason: 'is geen geldig adres' });
          continue;
        }
        if (resolved.origin !== options.origin) continue;
        if (!resolved.pathname.startsWith(base)) {
          broken.push({ page, target, reason: `valt buiten de site (${base})` });
          continue;
        }
        if (options.endpoints?.includes(resolved.pathname)) continue;
        const file = resolveFile(distDir, resolved.pathname.slice(base.length - 1));
        if (!file) {
          broken.push({ page, target, reason: 'bestaat niet in de build' });
          continue;
        }
        const fragment = decodeURIComponent(resolved.hash.slice(1));
        // `#/collections/...` is a route inside a page's app (the CMS at /admin/), not an anchor.
        if (fragment && !fragment.startsWith('/') && file.endsWith('.html') && !idsOf(file).has(fragment)) {
          broken.push({ page, target, reason: `anker #${fragment} bestaat niet op die pagina` });
        }
      }
    }
  }
  return broken;
}
