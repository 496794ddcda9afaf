/**
 * Well-formedness checks on a built site: every XML file through a real XML
 * parser (Chromium's, behind DOMParser: it refuses a bare &, an unknown
 * entity, "]]>" in text and control characters), and every HTML page for ids
 * that appear twice (node-html-parser).
 */
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { listFiles } from '../../tools/link-check.ts';

/** `file: problem` for each XML file under `siteDir` that is not well-formed XML; empty when all are. */
export async function xmlProblems(browser: Browser, siteDir: string, files: readonly string[]): Promise<string[]> {
  const page = await browser.newPage();
  const problems: string[] = [];
  try {
    for (const file of files) {
      const bytes = readFileSync(path.join(siteDir, file));
      if (!isUtf8(bytes)) {
        problems.push(`${file}: not UTF-8`);
        continue;
      }
      const error = await page.evaluate((text) => {
        const parsed = new DOMParser().parseFromString(text, 'application/xml');
        return parsed.querySelector('parsererror')?.textContent ?? null;
      }, bytes.toString('utf8'));
      if (error !== null) problems.push(`${file}: ${error.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  } finally {
    await page.close();
  }
  return problems;
}

/** The .xml files of a built site: the RSS feeds and the sitemaps. */
export const xmlFiles = (siteDir: string) => listFiles(siteDir).filter((file) => file.endsWith('.xml'));

/** The HTML pages of a built site, without Decap's own page at /admin/. */
export const htmlPages = (siteDir: string) => listFiles(siteDir).filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));

/** `page: id "x" appears n times` for every id that is not unique on its page. */
export function duplicateIds(siteDir: string, pages: readonly string[]): string[] {
  return pages.flatMap((page) => {
    const counts = new Map<string, number>();
    for (const element of parse(readFileSync(path.join(siteDir, page), 'utf8')).querySelectorAll('[id]')) {
      counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
    }
    return [...counts].filter(([, count]) => count > 1).map(([id, count]) => `${page}: id "${id}" appears ${count} times`);
  });
}
