/**
 * Every built page is valid HTML according to the Nu Html Checker (the W3C
 * validator): zero errors. A failure names the page, line, column and message.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../tools/link-check.ts';
import { validateHtml } from '../helpers/html-validator.ts';
import { outputDir, sampleSiteDir } from '../helpers/paths.ts';

// The CMS shell at /admin/ is Decap's own page, and pagefind/ holds the search index's UI files.
const pages = listFiles(sampleSiteDir).filter((file) => file.endsWith('.html') && !/^(admin|pagefind)\//.test(file));

describe('valid HTML (Nu Html Checker)', () => {
  it('checks every built page', () => {
    expect(pages.length).toBeGreaterThan(90);
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(pages).toContain('zoeken/index.html');
  });

  it('finds no errors on any built page', async () => {
    const problems = await validateHtml(sampleSiteDir, pages);
    expect(problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message} (${problem.extract.slice(0, 120)})`)).toEqual([]);
  }, 120_000);

  it('reports file, line and message for invalid HTML', async () => {
    const dir = path.join(outputDir, 'invalid-html');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'kapot.html'), '<!doctype html>\n<html lang="nl">\n<head><title>x</title></head>\n<body>\n<p><div>blok in alinea</div></p>\n<img src="a.png">\n</body>\n</html>\n');
    const problems = await validateHtml(dir, ['kapot.html']);
    expect(problems.map((problem) => `${problem.file}:${problem.line}`)).toContain('kapot.html:6');
    expect(problems.some((problem) => /alt/.test(problem.message))).toBe(true);
  }, 60_000);
});
