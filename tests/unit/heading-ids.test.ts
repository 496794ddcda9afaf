/**
 * Heading ids in an editor's Markdown are unique on the page: repeated
 * headings are numbered, the ids the layout uses are skipped, and a heading
 * without letters still gets an id. Rendered with Astro's own Sätteri
 * processor, so Astro's heading step and its table of headings agree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutIds, uniqueHeadingIds } from '../../src/security/heading-ids.ts';
import { sanitiseMarkdown } from '../../src/security/markdown-sanitise.ts';
import { fixturesDir, projectRoot } from '../helpers/paths.ts';

let rendered: { html: string; headings: Array<{ slug: string; text: string }> };

beforeAll(async () => {
  const processor = await createSatteriMarkdownProcessor({ mdastPlugins: [sanitiseMarkdown], hastPlugins: [uniqueHeadingIds], syntaxHighlight: false });
  const markdown = readFileSync(path.join(fixturesDir, 'formats', 'headings', 'repeated-and-reserved.md'), 'utf8');
  const result = await processor.render(markdown);
  rendered = { html: result.code, headings: result.metadata.headings };
});

const idsOf = (html: string) => parse(html).querySelectorAll('[id]').map((element) => element.id);
const headingIds = () => parse(rendered.html).querySelectorAll('h2').map((heading) => heading.id);

/** Every literal id="..." in the .astro files of src/. */
function idsInTemplates(): string[] {
  const files = readdirSync(path.join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.astro'));
  return files.flatMap((file) => [...readFileSync(path.join(projectRoot, 'src', file), 'utf8').matchAll(/\bid="([^"{}]+)"/g)].map((match) => match[1]));
}

describe('heading ids in Markdown', () => {
  it('numbers a heading that repeats, as GitHub does', () => {
    expect(headingIds().slice(0, 2)).toEqual(['wat-werkte', 'wat-werkte-1']);
  });

  it('skips an id that the page layout uses', () => {
    expect(headingIds().slice(2, 4)).toEqual(['voorbeeld-1', 'auteurs-1']);
  });

  it('gives a heading of only emoji an id, numbered when it repeats', () => {
    expect(headingIds().slice(4, 7)).toEqual(['kop', 'kop-1', 'kop-2']);
  });

  it('keeps the id of the footnotes heading, and moves a body heading out of its way', () => {
    expect(headingIds().slice(7)).toEqual(['footnote-label-1', 'footnote-label']);
  });

  it('gives no id twice in the rendered body', () => {
    const ids = idsOf(rendered.html);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('lists the same ids in the page’s table of headings as in the HTML', () => {
    expect(rendered.headings.map((heading) => heading.slug)).toEqual(headingIds());
  });

  it('knows every id that the layouts, components and pages write', () => {
    const missing = [...new Set(idsInTemplates())].filter((id) => !layoutIds.includes(id));
    expect(idsInTemplates().length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
