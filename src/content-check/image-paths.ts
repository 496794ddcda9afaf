/**
 * Every image an entry shows must be a file inside public/: in its image
 * fields (`cover.src`, `photo.src`, found by imageSources()) and in its body
 * (`![alt](/uploads/x.jpg)`, reference-style images, `<img>` and `<source>` in MDX).
 * A path must start with `/` and stay inside public/: no `..`, no `//host`
 * or `/\host`, no backslashes, no links out of public/, and the file must be
 * there, spelled with the same capitals. Astro itself would copy a relative
 * body image (`./foto.jpg`, or `../../x.png` outside the repository) into
 * dist/, and stops with a stack trace when it is missing; a missing absolute
 * path gives a broken image without any message. Images on other websites
 * in image fields are the privacy guard's to report.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { nl } from '../i18n/nl.ts';
import { collections, fileSchema } from '../schemas/index.ts';
import { imageSources, valueAt } from '../schemas/introspect.ts';
import { isSafeUrl } from '../security/markdown-sanitise.ts';
import type { ContentFile } from './content-files.ts';

/** Extensions of the images a page may show (SVG too: only developers put those in public/, never in uploads). */
export const imageExtensions: readonly string[] = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg'];

export interface ImagePathProblem {
  /** The image field (`cover.src`); absent for an image in the body. */
  field?: string;
  /** Line in the file (1-based), for an image in the body. */
  line?: number;
  message: string;
}

/** An absolute URL or a scheme-relative one (`//host/x.jpg`), as the privacy guard recognises images from elsewhere. */
const elsewhere = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/**
 * Makes a checker for image paths in `publicDir`: it returns what is wrong
 * with `src`, or undefined when it names an image file inside public/.
 * Folder listings are kept between calls (one content check).
 */
export function imagePathChecker(publicDir: string): (src: string) => string | undefined {
  const messages = nl.uploadCheck.paths;
  const listings = new Map<string, Set<string> | undefined>();
  const listing = (folder: string) => {
    if (!listings.has(folder)) {
      try {
        listings.set(folder, new Set(readdirSync(folder)));
      } catch {
        listings.set(folder, undefined);
      }
    }
    return listings.get(folder);
  };
  let realPublic: string | undefined;

  return (src) => {
    if (/[\u0000-\u001f\u007f]/.test(src)) return messages.invisible(src);
    if (src.includes('\\')) return messages.backslash(src);
    if (elsewhere.test(src) || /^https?:/i.test(src)) return messages.elsewhere(src);
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return messages.notAPath(src);
    if (!src.startsWith('/')) return messages.relative(src);
    // The web address without ?query or #fragment, as the server reads it: %20 is a space, %2e%2e is "..".
    let decoded: string;
    try {
      decoded = decodeURIComponent(src.replace(/[?#][\s\S]*$/, ''));
    } catch {
      return messages.badEncoding(src);
    }
    if (decoded.includes('\\')) return messages.backslash(src);
    if (/[\u0000-\u001f\u007f]/.test(decoded)) return messages.invisible(src);
    const segments = decoded.slice(1).split('/');
    // An empty last part ("/uploads/") is a folder, not an image: the extension check below says so.
    if (segments.some((segment, index) => (segment === '' && index < segments.length - 1) || segment === '.' || segment === '..')) {
      return messages.outside(src);
    }
    const name = segments.at(-1)!;
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
    if (!imageExtensions.includes(extension)) return messages.notAnImage(src);

    // Each step must be listed in its folder as written: on a Mac "Foto.JPG" opens "foto.jpg", on the web server it does not.
    let folder = publicDir;
    for (const segment of segments) {
      if (!listing(folder)?.has(segment)) return messages.missing(src);
      folder = path.join(folder, segment);
    }
    // A link inside public/ could still point outside it (uploads.ts refuses links; this keeps the path check whole).
    try {
      realPublic ??= realpathSync(publicDir);
      const real = realpathSync(folder);
      const inside = path.relative(realPublic, real);
      if (inside.startsWith('..') || path.isAbsolute(inside)) return messages.outside(src);
      if (!statSync(real).isFile()) return messages.missing(src);
    } catch {
      return messages.missing(src);
    }
    return undefined;
  };
}

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { line: number } };
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

/** Every image path in a Markdown or MDX body, with its line in the body (1-based); undefined when MDX does not parse. */
export function bodyImagePaths(body: string, format: 'md' | 'mdx'): Array<{ src: string; line: number }> | undefined {
  // Every Markdown image, inline or by reference, starts with `![`: without it there is nothing to parse for.
  if (format === 'md' && !body.includes('![')) return [];
  let tree: MdNode;
  try {
    tree = (format === 'mdx' ? mdxToMdast : markdownToMdast)(body, { features: { gfm: true } }) as MdNode;
  } catch {
    // Broken MDX: the build names file, line and problem itself.
    return undefined;
  }
  const found: Array<{ src: string; line: number; reference?: string }> = [];
  const definitions = new Map<string, { url: string; line: number }>();
  const visit = (node: MdNode) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image' && typeof node.url === 'string') found.push({ src: node.url, line });
    if (node.type === 'imageReference' && node.identifier) found.push({ src: '', line, reference: node.identifier });
    if (node.type === 'definition' && node.identifier && typeof node.url === 'string') definitions.set(node.identifier, { url: node.url, line });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'img' || node.name === 'source')) {
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        if (attribute.name === 'src') found.push({ src: attribute.value, line });
        // `srcSet="/a.jpg 1x, /b.jpg 2x"`: the address before each size.
        if (attribute.name === 'srcSet' || attribute.name === 'srcset') {
          for (const candidate of attribute.value.split(',')) {
            const src = candidate.trim().split(/\s+/)[0];
            if (src) found.push({ src, line });
          }
        }
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  // A reference image's path is on its definition's line: that is where to correct it.
  return found.flatMap(({ src, line, reference }) => {
    if (reference === undefined) return [{ src, line }];
    const definition = definitions.get(reference);
    return definition ? [{ src: definition.url, line: definition.line }] : [];
  });
}

/** Image paths in one content file that do not lead to an image in public/: fields by name, body images by line. */
export function imagePathProblems(file: ContentFile, check: (src: string) => string | undefined): ImagePathProblem[] {
  const problems: ImagePathProblem[] = [];
  for (const field of imageSources(fileSchema(file.collection))) {
    const src = valueAt(file.data, field);
    // Wrong types and empty values are the schema's to report; other websites the privacy guard's.
    if (typeof src !== 'string' || src === '' || elsewhere.test(src)) continue;
    const message = check(src);
    if (message !== undefined) problems.push({ field, message });
  }
  if (collections[file.collection].kind === 'data') return problems;
  for (const { src, line } of bodyImagePaths(file.body, file.extension === 'mdx' ? 'mdx' : 'md') ?? []) {
    // The sanitiser drops images with a `javascript:`-like address (src/security/markdown-sanitise.ts): they never show.
    if (!isSafeUrl(src)) continue;
    const message = check(src);
    if (message !== undefined) problems.push({ line: file.bodyStartLine + line - 1, message });
  }
  return problems;
}
