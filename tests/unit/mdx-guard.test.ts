/**
 * The guard in the MDX pipeline stops the build on code in an .mdx entry even
 * when the content check (mdx-check.ts) has missed it: tested through the
 * very processor astro.config.mjs gives @astrojs/mdx, on the text it compiles.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxProcessor } from '../../astro.config.mjs';
import { elementRefusal, imageBecomesImport } from '../../src/security/mdx-guard.ts';
import { projectRoot } from '../helpers/paths.ts';

const lessonPath = path.join(projectRoot, 'content', 'lessons', 'proef.mdx');

async function compile(body: string, frontmatter: Record<string, unknown> = {}): Promise<string> {
  if (!mdxProcessor.createMdxRenderer) throw new Error('the MDX processor cannot render MDX');
  const renderer = await mdxProcessor.createMdxRenderer(
    { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true },
    { optimize: false, srcDir: pathToFileURL(path.join(projectRoot, 'src/')) },
  );
  return (await renderer.process(body, lessonPath, frontmatter)).code;
}

const stopped = (line: number) => `De bouw is gestopt voordat er iets uit dit stuk kon draaien. content/lessons/proef.mdx, regel ${line}: `;

describe('the guard in the MDX pipeline', () => {
  it.each<[string, string, number, string]>([
    ['an export', '\nexport const x = 1', 2, 'code (import/export) mag niet'],
    ['an import', "\nimport X from '/etc/passwd'", 2, 'code (import/export) mag niet'],
    ['an expression that reads a secret', '\n{process.env.HOME}', 2, 'code tussen { } mag niet'],
    ['an expression inside a sentence', '\nTekst {process.env.HOME}.', 2, 'code tussen { } mag niet'],
    ['a JSX comment', '\n{/* opmerking */}', 2, 'code tussen { } mag niet'],
    ['an expression nested inside components', '\n<Tip>\n  <Quote by="a">\n    - {process.env.HOME}\n  </Quote>\n</Tip>', 4, 'code tussen { } mag niet'],
    ['a meta refresh', '\n<meta http-equiv="refresh" content="0;url=https://evil.example" />', 2, '<meta> mag niet'],
    ['an iframe nested inside <Tip>', '\n<Tip title="a">\n  <iframe src="x" />\n</Tip>', 3, '<iframe> mag niet'],
    ['a lowercase component', '\n<quote by="a">x</quote>', 2, '<quote> mag niet'],
    ['an unknown component', '\n<Script>x</Script>', 2, '<Script> mag niet'],
    ['a fragment', '\n<>x</>', 2, '<> mag niet'],
    ['a prop that is an expression', '\n<Quote by={x}>y</Quote>', 2, '<Quote>: code tussen { } mag niet bij "by"'],
    ['an event handler prop', '\n<Quote by="a" onClick="x">y</Quote>', 2, '<Quote> mag geen "onClick" hebben'],
    ['a spread', '\n<Tip {...x}>y</Tip>', 2, '<Tip>: code tussen { } mag niet'],
    ['a prop without a value', '\n<Tip title>y</Tip>', 2, '<Tip>: code tussen { } mag niet bij "title"'],
    ['an image that would become an import', '\n![a](../../astro.config.mjs)', 2, 'de afbeelding "../../astro.config.mjs" kan zo niet'],
  ])('stops on %s, with the file and line', async (_what, body, line, words) => {
    const error: unknown = await compile(body).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(stopped(line));
    expect((error as Error).message).toContain(words);
  });

  it('stops on a layout in the frontmatter, which Astro would import', async () => {
    await expect(compile('Tekst', { layout: '../../scripts/format-content.ts' })).rejects.toThrow('het veld "layout" mag niet in een .mdx-stuk');
  });

  it('compiles the allowed forms, with literal props as plain strings', async () => {
    const code = await compile('<Quote by="<script>alert(1)</script>">\n  *Tekst* met [een link](/lessen/).\n</Quote>\n\n<Tip title="Let op">Tekst</Tip>\n\n![foto](/uploads/x.jpg)');
    // The compiler escapes "</" inside strings; the value itself is unchanged.
    expect(code).toContain('by: "<script>alert(1)<\\/script>"');
    expect(code).toContain('title: "Let op"');
  });

  it('keeps sanitising Markdown links in .mdx, as in .md', async () => {
    const code = await compile('[Klik](javascript:alert(1))');
    expect(code).not.toContain('javascript:');
    expect(code).toContain('Klik');
  });

  it('refuses an element on its first problem', () => {
    expect(elementRefusal({ name: 'Tip', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: 'a' }] })).toBeUndefined();
    expect(elementRefusal({ name: 'Tip', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: { type: 'mdxJsxAttributeValueExpression', value: 'x' } }] })).toContain(
      'code tussen { } mag niet bij "title"',
    );
    expect(elementRefusal({ name: null, attributes: [] })).toContain('<> mag niet');
  });

  it.each<[string, boolean]>([
    ['./foto.png', true],
    ['foto.png', true],
    ['../../astro.config.mjs', true],
    ['%E0%A4%A', true],
    ['/uploads/foto.png', false],
    ['https://example.org/foto.png', false],
    ['', false],
  ])('knows whether the image "%s" would become an import (%s)', (url, expected) => {
    expect(imageBecomesImport(url)).toBe(expected);
  });
});
