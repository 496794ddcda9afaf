/**
 * Visible text: what a visitor reads, worked out from what an editor wrote.
 * Plain text loses its notation tricks (entities, full-width digits,
 * invisible characters, odd spaces and dashes); a Markdown body is rendered
 * the way the site renders it, block by block, and every piece still knows
 * its source line.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeHtmlEntities,
  normaliseVisibleText,
  visibleLineAt,
  visibleMarkdownBlocks,
  withoutMarkdownMarks,
  type VisibleBlock,
} from '../../src/content-check/visible-text.ts';

const texts = (markdown: string, format: 'md' | 'mdx' = 'md') => visibleMarkdownBlocks(markdown, format).map((block) => block.text);
const allText = (markdown: string, format: 'md' | 'mdx' = 'md') => texts(markdown, format).join('\n\n');
/** The source line of the first occurrence of `needle` in the blocks. */
function lineOf(blocks: VisibleBlock[], needle: string): number | undefined {
  const block = blocks.find((candidate) => candidate.text.includes(needle));
  return block && visibleLineAt(block, block.text.indexOf(needle));
}

describe('decoding HTML entities', () => {
  it.each([
    ['&#64;', '@'],
    ['&#x40;', '@'],
    ['&#X40;', '@'],
    ['&commat;', '@'],
    ['&period;', '.'],
    ['&amp;', '&'],
    ['&nbsp;', '\u00a0'],
    ['&shy;', '\u00ad'],
    ['&euml;', 'ë'],
    ['&ndash;', '–'],
    ['&#48;6', '06'],
    ['&#64school', '@school'],
  ])('decodes %s', (encoded, decoded) => {
    expect(decodeHtmlEntities(encoded)).toBe(decoded);
  });

  it('decodes once, as a browser shows the text', () => {
    expect(decodeHtmlEntities('&amp;#48;')).toBe('&#48;');
  });

  it('leaves unknown names and plain ampersands alone', () => {
    expect(decodeHtmlEntities('Jansen & Zn, &bogus; en R&D')).toBe('Jansen & Zn, &bogus; en R&D');
  });

  it('turns impossible code points into the replacement character', () => {
    expect(decodeHtmlEntities('&#0;&#xD800;&#1114112;')).toBe('\ufffd\ufffd\ufffd');
  });
});

describe('normalising visible text', () => {
  it.each([
    ['full-width digits and @', '０６１２ jan＠school', '0612 jan@school'],
    ['zero-width characters', 'a\u200bb\u200cc\u200dd\u2060e\ufefff', 'abcdef'],
    ['soft hyphens', 'pa\u00adpier', 'papier'],
    ['direction marks', 'a\u200eb\u202ec', 'abc'],
    ['non-breaking, narrow, figure and thin spaces', 'a\u00a0b\u202fc\u2007d\u2009e', 'a b c d e'],
    ['tabs', 'a\tb', 'a b'],
    ['en, em and figure dashes, the minus sign and hyphens', 'a–b—c‒d−e‐f‑g', 'a-b-c-d-e-f-g'],
    ['entities first', '06&ndash;1234&#8203;5678', '06-12345678'],
  ])('handles %s', (_what, written, visible) => {
    expect(normaliseVisibleText(written)).toBe(visible);
  });

  it('keeps newlines and ordinary Dutch text as they are', () => {
    const text = 'Eén café in groep 3\nmet ‘aanhalingstekens’ en 12,5% van €100.';
    expect(normaliseVisibleText(text)).toBe(text);
  });

  it('can read a value with its Markdown marks dropped, as plain text shows them', () => {
    expect(withoutMarkdownMarks('06\\-1234**5678** en _jan_')).toBe('06-12345678 en jan');
  });
});

describe('visible text of a Markdown body', () => {
  it('drops backslash escapes and emphasis, as the rendered page does', () => {
    expect(allText('Bel 06\\-12345678 of 06-**1234**5678 of 06-_1234_~~5~~678')).toBe('Bel 06-12345678 of 06-12345678 of 06-12345678');
  });

  it('decodes entities and normalises the characters', () => {
    expect(allText('Mail jan&#64;school.nl of bel &#48;6&ndash;1234&nbsp;5678 (０６)')).toBe('Mail jan@school.nl of bel 06-1234 5678 (06)');
  });

  it('shows raw HTML as text, including what is inside it', () => {
    expect(allText('<span>06-12345678</span>\n\n<div>\nLotte, 9 jaar\n</div>\n\n<!-- 111222333 -->')).toBe(
      '<span>06-12345678</span>\n\n<div>\nLotte, 9 jaar\n</div>\n\n<!-- 111222333 -->',
    );
  });

  it('includes mailto: and tel: targets, percent-decoded, and link titles', () => {
    expect(allText('[Bel ons](tel:+31612345678) of [mail](mailto:jan%40school.nl "Jan Jansen")')).toBe(
      'Bel ons tel:+31612345678 of mail mailto:jan@school.nl Jan Jansen',
    );
  });

  it('keeps a link target apart from the text right after it', () => {
    expect(allText('[bel](tel:0612345678)12 keer')).toBe('bel tel:0612345678 12 keer');
  });

  it('does not repeat a link target that the link text already shows', () => {
    expect(allText('Mail jan@school.nl of <info@school.nl> of www.school.nl')).toBe('Mail jan@school.nl of info@school.nl of www.school.nl');
  });

  it('includes image alt texts and sources, and reference definitions', () => {
    expect(allText('![Sem (7) op het plein](/img/plein.png)\n\n[bel][nummer]\n\n[nummer]: tel:0612345678')).toBe(
      'Sem (7) op het plein /img/plein.png\n\nbel\n\ntel:0612345678',
    );
  });

  it('includes code, headings, lists, quotes, table cells and footnotes', () => {
    const markdown = [
      '# Kop 1',
      '',
      '- punt `inline` een',
      '- punt twee',
      '',
      '> citaat',
      '',
      '| a | b |',
      '|---|---|',
      '| 06 | 12345678 |',
      '',
      'Tekst[^1]',
      '',
      '[^1]: Voetnoot',
      '',
      '```',
      'code 0612345678',
      '```',
    ].join('\n');
    expect(texts(markdown)).toEqual(['Kop 1', 'punt inline een', 'punt twee', 'citaat', 'a | b', '06 | 12345678', 'Tekst', 'Voetnoot', 'code 0612345678']);
  });

  it('applies smart punctuation as the site does: -- becomes a dash, read as -', () => {
    expect(allText('06--12345678 en "quotes"')).toBe('06-12345678 en “quotes”');
  });

  it('reads MDX components: attribute values, children and expressions', () => {
    const mdx = 'Tekst\n\n<Quote by="een moeder (7)" n={3}>\n  Mijn zoon 06-1234 *5678*.\n</Quote>\n\nInline <Tip title="x">y</Tip> en {"06" + "1"}\n';
    expect(texts(mdx, 'mdx')).toEqual(['Tekst', 'een moeder (7) 3', 'Mijn zoon 06-1234 5678.', 'Inline x y en "06" + "1"']);
  });

  it('reads MDX that does not parse as plain Markdown, so the check still runs', () => {
    expect(allText('<Quote by="x">\n\nBel 0612345678 { kapot', 'mdx')).toContain('Bel 0612345678');
  });

  it('keeps ordinary Dutch text as it is', () => {
    expect(allText('In groep 3 (7 leerlingen) werkten we van 08.30-12.00 uur.')).toBe('In groep 3 (7 leerlingen) werkten we van 08.30-12.00 uur.');
  });
});

describe('source lines of visible text', () => {
  const markdown = [
    '## Kop', // 1
    '', // 2
    'Eerste regel van een alinea', // 3
    'met **vet 06-1234** op regel vier', // 4
    'en &#48;6 op regel vijf.', // 5
    '', // 6
    '- lijst', // 7
    '', // 8
    '  tweede alinea 111222333', // 9
    '', // 10
    '```', // 11
    'code op twaalf', // 12
    'code op dertien', // 13
    '```', // 14
    '', // 15
    '    ingesprongen op zestien', // 16
    '', // 17
    '<div>', // 18
    'html op negentien', // 19
    '</div>', // 20
    '', // 21
    '[link](mailto:jan@school.nl)', // 22
  ].join('\n');
  const blocks = visibleMarkdownBlocks(markdown);

  it.each([
    ['Kop', 1],
    ['Eerste regel', 3],
    ['vet 06-1234', 4],
    ['op regel vier', 4],
    ['06 op regel vijf', 5],
    ['111222333', 9],
    ['code op twaalf', 12],
    ['code op dertien', 13],
    ['ingesprongen op zestien', 16],
    ['html op negentien', 19],
    ['jan@school.nl', 22],
  ])('finds "%s" on line %i', (needle, line) => {
    expect(lineOf(blocks, needle)).toBe(line);
  });

  it('gives the first line of a block for an offset before any mapped line', () => {
    expect(visibleLineAt({ text: 'x', lines: [{ offset: 0, line: 7 }] }, 0)).toBe(7);
  });
});
