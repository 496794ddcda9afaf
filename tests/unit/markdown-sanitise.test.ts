import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, sanitiseMarkdown } from '../../src/security/markdown-sanitise.ts';

// Sätteri renders synchronously when no plugin is async.
const render = (markdown: string) =>
  (markdownToHtml(markdown, { mdastPlugins: [sanitiseMarkdown] }) as Awaited<ReturnType<typeof markdownToHtml>>).html;

describe('the Markdown sanitiser', () => {
  it('shows raw HTML as text instead of markup', () => {
    const html = render('Tekst <script>alert(1)</script> en <img src=x onerror=alert(1)>\n\n<div onclick="x()">blok</div>');
    expect(html).not.toMatch(/<script|<img|<div/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;div onclick="x()"&gt;blok&lt;/div&gt;');
  });

  it('removes javascript: links but keeps their text', () => {
    const html = render('[klik hier](javascript:alert(1)) en [ook](  JaVa\tScRiPt:alert(2))');
    expect(html).not.toMatch(/javascript/i);
    expect(html).toContain('klik hier');
  });

  it('neutralises unsafe reference definitions and images', () => {
    const html = render('[ref][a] ![plaatje](javascript:alert(2))\n\n[a]: data:text/html,<script>alert(3)</script>');
    expect(html).not.toMatch(/data:|javascript:/i);
    expect(html).toContain('plaatje');
  });

  it('keeps normal links, tables and text with < and {', () => {
    const html = render('[site](https://example.nl) [mail](mailto:a@b.example) [rel](/lessen/)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\ngroep 3 < groep 5 en {naam}');
    expect(html).toContain('<a href="https://example.nl">site</a>');
    expect(html).toContain('<a href="/lessen/">rel</a>');
    expect(html).toContain('<table>');
    expect(html).toContain('groep 3 &lt; groep 5 en {naam}');
  });

  it('judges URL schemes', () => {
    expect(isSafeUrl('https://example.nl')).toBe(true);
    expect(isSafeUrl('tel:+31725550123')).toBe(true);
    expect(isSafeUrl('#kop')).toBe(true);
    expect(isSafeUrl('../andere-pagina/')).toBe(true);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl(' java\nscript:alert(1)')).toBe(false);
    expect(isSafeUrl('vbscript:x')).toBe(false);
    expect(isSafeUrl('data:text/html,x')).toBe(false);
  });
});
