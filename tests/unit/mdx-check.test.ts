/**
 * The .mdx check keeps code out of .mdx entries before Astro compiles them:
 * only Markdown and the registered components with literal string props.
 * Every hostile input is refused with its line; the allowed forms pass.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxComponentRules } from '../../src/components/mdx/allowed-props.ts';
import { mdxFindings } from '../../src/content-check/mdx-check.ts';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { contentDir, publicDir } from '../helpers/paths.ts';

/** An .mdx file whose body starts on line 4. */
const file = (body: string) => `---\ntitle: Proef\n---\n${body}\n`;
const findings = (body: string) => mdxFindings(file(body));

const code = 'code (import/export) mag niet in een .mdx-stuk; gebruik alleen <Quote> en <Tip>';
const expression = 'code tussen { } mag niet in een .mdx-stuk';
const element = (tag: string) => `${tag} mag niet in een .mdx-stuk; gebruik alleen <Quote> en <Tip>`;
const unreadable = 'deze regel is niet te lezen als MDX';

/** [what, body, line of the first finding, words of its message]. */
const hostile: Array<[string, string, number, string]> = [
  // import/export: runs at build time
  ['an export', 'export const x = 1', 4, code],
  ['an import of a system file', "import X from '/etc/passwd'", 4, code],
  ['an export after some text', 'Tekst.\n\nexport default function Layout() { return null }', 6, code],
  // expressions: run at build time
  ['an expression that reads a secret', '{process.env.SECRET}', 4, expression],
  ['an expression inside a sentence', 'Het geheim is {process.env.SECRET} hier.', 4, expression],
  ['an expression that reads a file', "{require('fs').readFileSync('/etc/passwd','utf8')}", 4, expression],
  ['an expression that imports a module', "{await import('node:fs')}", 4, expression],
  ['a JSX comment (refused: only a JavaScript parser can tell it from code)', '{/* een opmerking */}', 4, expression],
  ['a comment followed by code', '{/* opmerking */ process.env.SECRET}', 4, expression],
  ['an expression in a heading', '## Kop {process.env.HOME}', 4, expression],
  ['an expression in a list item', '- eerste\n- tweede {process.env.HOME}', 5, expression],
  ['an expression in a table cell', '| a | b |\n| --- | --- |\n| {process.env.HOME} | x |', 6, expression],
  ['an expression in a link text', '[tekst {process.env.HOME}](/lessen/)', 4, expression],
  ['an expression in a blockquote', '> {process.env.HOME}', 4, expression],
  ['an expression inside <Tip>', '<Tip title="Let op">\n  Tekst {process.env.HOME}\n</Tip>', 5, expression],
  ['an expression on a later line', 'Regel een.\n\nRegel drie.\n\n{process.env.HOME}', 8, expression],
  // HTML elements: none is allowed
  ['a meta refresh, closed', '<meta http-equiv="refresh" content="0;url=https://evil.example" />', 4, element('<meta>')],
  ['a meta refresh, unclosed (does not parse)', '<meta http-equiv="refresh" content="0;url=https://evil.example">', 4, unreadable],
  ['an iframe', '<iframe src="https://evil.example"></iframe>', 4, element('<iframe>')],
  ['an IFRAME in capitals', '<IFRAME src="https://evil.example"></IFRAME>', 4, element('<IFRAME>')],
  ['an object', '<object data="https://evil.example/x.swf" />', 4, element('<object>')],
  ['an embed', '<embed src="https://evil.example/x.swf" />', 4, element('<embed>')],
  ['a form', '<form action="https://evil.example"><button>Verstuur</button></form>', 4, element('<form>')],
  ['a script', '<script>alert(1)</script>', 4, element('<script>')],
  ['a script inside a sentence', 'Tekst <script>alert(1)</script> tekst.', 4, element('<script>')],
  ['a style', '<style>body</style>', 4, element('<style>')],
  ['a base', '<base href="https://evil.example/" />', 4, element('<base>')],
  ['a link', '<link rel="stylesheet" href="https://evil.example/x.css" />', 4, element('<link>')],
  ['an image with an event handler', '<img src="x" onerror="alert(1)" />', 4, element('<img>')],
  ['a javascript: link as HTML', '<a href="javascript:alert(1)">klik</a>', 4, element('<a>')],
  ['harmless-looking HTML (none is allowed)', 'H<sub>2</sub>O en <abbr title="samenwerkingsverband">swv</abbr>', 4, element('<sub>')],
  ['a line break as HTML', 'Regel<br />regel', 4, element('<br>')],
  ['an HTML comment (does not parse)', '<!-- opmerking -->', 4, unreadable],
  // components: only the registered ones, with literal props from the list
  ['a lowercase component name', '<quote by="een ouder">Tekst</quote>', 4, '<quote> mag niet in een .mdx-stuk (bedoel je <Quote>?)'],
  ['an unknown component', '<Script>alert(1)</Script>', 4, element('<Script>')],
  ['a fragment', '<>Tekst</>', 4, element('<>')],
  ['a member expression as name', '<Quote.constructor by="x" />', 4, element('<Quote.constructor>')],
  ['a namespaced name', '<svg:script>alert(1)</svg:script>', 4, element('<svg:script>')],
  ['a prop that is an expression', '<Quote by={x}>Tekst</Quote>', 4, '<Quote>: code tussen { } mag niet bij "by"; schrijf de tekst tussen aanhalingstekens, zoals by="..."'],
  ['a literal string inside an expression', "<Tip title={'Let op'}>Tekst</Tip>", 4, '<Tip>: code tussen { } mag niet bij "title"'],
  ['an event handler on a component', '<Quote by="a" onClick="alert(1)">Tekst</Quote>', 4, '<Quote> mag geen "onClick" hebben; wel by="..."'],
  ['an onerror on a component', '<Tip onerror="alert(1)">Tekst</Tip>', 4, '<Tip> mag geen "onerror" hebben; wel title="..."'],
  ['dangerouslySetInnerHTML', "<Tip dangerouslySetInnerHTML={{ __html: '<script>alert(1)</script>' }} />", 4, '<Tip> mag geen "dangerouslySetInnerHTML" hebben'],
  ['a spread of props', '<Tip {...x}>Tekst</Tip>', 4, '<Tip>: code tussen { } mag niet; schrijf elke eigenschap apart'],
  ['a prop without a value', '<Tip title>Tekst</Tip>', 4, '<Tip>: "title" heeft geen tekst; schrijf title="..."'],
  ['a prop written twice, once as code', '<Tip title="a" title={x}>Tekst</Tip>', 4, '<Tip>: code tussen { } mag niet bij "title"'],
  ['a quote without who said it', '<Quote>Tekst</Quote>', 4, '<Quote> mist by="..."'],
  ['an iframe nested inside <Tip>', '<Tip title="Let op">\n  <iframe src="https://evil.example" />\n</Tip>', 5, element('<iframe>')],
  ['a script nested two levels deep', '<Tip title="a">\n  <Quote by="b">\n    <script>alert(1)</script>\n  </Quote>\n</Tip>', 6, element('<script>')],
  // images that would become an import of a file
  ['a relative image path', '![foto](./foto.png)', 4, 'de afbeelding "./foto.png" kan zo niet in een .mdx-stuk'],
  ['an image path to a script in the repository', '![foto](../../scripts/format-content.ts)', 4, 'de afbeelding "../../scripts/format-content.ts" kan zo niet'],
  // parse errors
  ['an unclosed component', '<Quote by="een ouder">\n  Tekst zonder eind', 4, unreadable],
  ['a lone { in text', 'Groep 3 en {de rest', 4, unreadable],
];

describe('the .mdx check', () => {
  it.each(hostile)('refuses %s, naming the line', (_what, body, line, words) => {
    const found = findings(body);
    expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
    expect(found[0].line).toBe(line);
    expect(found[0].message).toContain(words);
  });

  it('reports every problem in a file, each with its own line', () => {
    const body = 'export const x = 1\n\nTekst {process.env.HOME}.\n\n<Tip title="a" onClick="x">\n  <iframe src="x" />\n</Tip>';
    expect(findings(body).map(({ line, message }) => `${line}: ${message.split(';')[0]}`)).toEqual([
      '4: code (import/export) mag niet in een .mdx-stuk',
      '6: code tussen { } mag niet in een .mdx-stuk, ook geen opmerking als {/* ... */}. Bedoel je het teken { zelf? Schrijf dan \\{',
      '8: <Tip> mag geen "onClick" hebben',
      '9: <iframe> mag niet in een .mdx-stuk',
    ]);
  });

  it('says why a body does not parse in Dutch, with the parser detail but without its tip to use {/* */}', () => {
    const [finding] = findings('<!-- opmerking -->');
    expect(finding.message).toMatch(/^deze regel is niet te lezen als MDX\. .*gebruik geen <!-- opmerking -->\. \(Technisch: Unexpected character/);
    expect(finding.message).not.toContain('{/* text */}');
  });

  it('checks the body exactly as Astro compiles it, even when the frontmatter ends in an odd way', () => {
    // Astro's frontmatter ends at the first "---" that starts a line, also "---x"; the rest is compiled as MDX.
    const source = '---\ntitle: Proef\n---x\n{process.env.HOME}\n';
    expect(mdxFindings(source)).toEqual([{ line: 4, message: expect.stringContaining(expression) }]);
  });

  it('refuses a file whose frontmatter Astro cannot read, although the content check could', () => {
    // The content check reads up to the "---" line; Astro stops at "---b" and would fail on the YAML before it.
    expect(mdxFindings('---\ntitle: "a\n---b"\n---\nTekst\n')).toEqual([{ message: expect.stringContaining('de gegevens bovenaan zijn niet te lezen') }]);
  });

  it.each<[string, string]>([
    ['Markdown: headings, emphasis, lists, links, tables and a line break', '## Kop\n\n*Schuin* en **vet**, [een link](/lessen/) en [elders](https://example.org).\\\nNieuwe regel.\n\n- een\n- twee\n\n| a | b |\n| --- | --- |\n| 1 | 2 |'],
    ['an image from the public folder', '![Kinderen aan tafel](/uploads/tafel.jpg)'],
    ['escaped braces and angle brackets', 'Schrijf \\{ en \\} en \\< als tekst, en 3 < 5.'],
    ['a quote with who said it', '<Quote by="een moeder uit groep 5">\n  Mijn zoon vertelde het thuis.\n</Quote>'],
    ['a quote in single quotes', "<Quote by='een vader'>Tekst</Quote>"],
    ['a tip with and without a title', '<Tip title="Begin klein">\n  Tekst.\n</Tip>\n\n<Tip>Tekst.</Tip>'],
    ['a quote inside a tip, with Markdown inside', '<Tip title="Zo deden wij het">\n  <Quote by="een leerkracht">\n    Het werkte **echt**.\n  </Quote>\n</Tip>'],
    ['a literal prop that contains markup, which renders as text', '<Quote by="<script>alert(1)</script>">Tekst</Quote>'],
    ['a literal prop with a javascript: text, which renders as text', '<Tip title="javascript:alert(1)">Tekst</Tip>'],
  ])('allows %s', (_what, body) => {
    expect(findings(body)).toEqual([]);
  });

  it('passes every .mdx entry in content/, the sample lesson among them', () => {
    const mdxFiles = readContentFiles(contentDir).filter((entry) => entry.extension === 'mdx');
    expect(mdxFiles.map((entry) => entry.displayPath)).toContain('content/lessons/gouden-weken-samen-met-ouders-voorbereiden.mdx');
    for (const entry of mdxFiles) expect(mdxFindings(entry.source), entry.displayPath).toEqual([]);
  });

  it('uses the sample lesson’s components, so the check is not passing an empty file', () => {
    const sample = readFileSync(path.join(contentDir, 'lessons', 'gouden-weken-samen-met-ouders-voorbereiden.mdx'), 'utf8');
    for (const name of Object.keys(mdxComponentRules)) expect(sample).toContain(`<${name} `);
  });

  it('runs in the content check on every .mdx file, with file and line in each message', () => {
    const errors = checkContent(contentWithCase('code-in-mdx', 'mdx', 'injection'), publicDir).problems.map(formatProblem);
    expect(errors).toEqual([
      'content/lessons/code-in-mdx.mdx, regel 9: code (import/export) mag niet in een .mdx-stuk; gebruik alleen <Quote> en <Tip>',
      expect.stringMatching(/^content\/lessons\/code-in-mdx\.mdx, regel 13: code tussen \{ \} mag niet/),
      expect.stringMatching(/^content\/lessons\/code-in-mdx\.mdx, regel 13: code tussen \{ \} mag niet/),
      'content/lessons/code-in-mdx.mdx, regel 15: <meta> mag niet in een .mdx-stuk; gebruik alleen <Quote> en <Tip>',
      'content/lessons/code-in-mdx.mdx, regel 17: <Tip>: code tussen { } mag niet bij "title"; schrijf de tekst tussen aanhalingstekens, zoals title="..."',
      'content/lessons/code-in-mdx.mdx, regel 18: <iframe> mag niet in een .mdx-stuk; gebruik alleen <Quote> en <Tip>',
    ]);
  });

  it('leaves .md files alone: there, HTML and braces are shown as text', () => {
    const markdownFiles = readContentFiles(contentWithCase('code-in-mdx', 'mdx', 'injection')).filter((entry) => entry.extension === 'md');
    expect(markdownFiles.length).toBeGreaterThan(0);
    const errors = checkContent(contentWithCase('code-in-mdx', 'mdx', 'injection'), publicDir).problems.filter((problem) => problem.file.endsWith('.md'));
    expect(errors).toEqual([]);
  });
});
