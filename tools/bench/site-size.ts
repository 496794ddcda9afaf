/**
 * Sizes of a built site, read from disk: the whole output folder, the Pagefind
 * index, and the HTML and JavaScript of a typical content page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
  htmlPages: number;
}

export function folderSize(folder: string): FolderSize {
  const size: FolderSize = { bytes: 0, files: 0, htmlPages: 0 };
  if (!existsSync(folder)) return size;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    size.files++;
    size.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) size.htmlPages++;
  }
  return size;
}

export interface ContentPage {
  /** Path from the site root, with a trailing slash: /prototypen/x/ */
  sitePath: string;
  htmlBytes: number;
}

/** The page of median HTML size among the entry pages in `sections` (folders under `siteDir`). */
export function typicalContentPage(siteDir: string, sections: string[]): ContentPage {
  const pages: ContentPage[] = [];
  for (const section of sections) {
    const folder = path.join(siteDir, section);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name, 'index.html');
      // List pages (/prototypen/pagina/2/) are not content pages.
      if (!entry.isDirectory() || entry.name === 'pagina' || !existsSync(file)) continue;
      pages.push({ sitePath: `/${section}/${entry.name}/`, htmlBytes: statSync(file).size });
    }
  }
  if (pages.length === 0) throw new Error(`No content pages under ${sections.join(', ')} in ${siteDir}`);
  pages.sort((a, b) => a.htmlBytes - b.htmlBytes);
  return pages[Math.floor(pages.length / 2)]!;
}

/**
 * JavaScript a page ships, read from its HTML: inline scripts (JSON data
 * blocks excluded) plus the files its script tags and module preloads name.
 */
export function javascriptInHtml(siteDir: string, sitePath: string): number {
  const html = readFileSync(path.join(siteDir, sitePath, 'index.html'), 'utf8');
  let bytes = 0;
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (type && !/javascript|module/i.test(type)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    bytes += src ? fileBytes(siteDir, src) : Buffer.byteLength(body);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/gi)) {
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href) bytes += fileBytes(siteDir, href);
  }
  return bytes;
}

function fileBytes(siteDir: string, url: string): number {
  const file = path.join(siteDir, new URL(url, 'http://site/').pathname);
  return existsSync(file) ? statSync(file).size : 0;
}
