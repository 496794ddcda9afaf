/**
 * Every Dutch sentence a visitor, editor or fork maintainer reads lives in
 * src/i18n/nl.ts. This scans the string and template literals of
 * src/**\/*.ts and scripts/*.ts (parsed, so comments do not count) and the
 * frontmatter and markup of src/**\/*.astro for common Dutch function words
 * standing as whole words. A short, explained allow-list names the few
 * literals that hold Dutch words without being text anyone reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

/** Dutch function words that are no English words: one of them, standing alone before a space, marks a Dutch sentence. */
const dutchWords = [
  'de', 'het', 'een', 'niet', 'en', 'van', 'voor', 'met', 'op', 'dit', 'dat', 'geen', 'naar', 'bij', 'mag', 'moet',
  'je', 'ze', 'zijn', 'wordt', 'wat', 'hoe', 'ook', 'alleen', 'nog', 'dan', 'er', 'te', 'uit', 'om', 'maar', 'deze',
  'wie', 'waar', 'heeft', 'kan', 'staat',
];
/** A Dutch word at the start of the text or after a space or opening mark, followed by a space: `de bestandsnaam`, ` en `. */
const dutchWordPattern = new RegExp(`(?<=^|[\\s("'‘“])(?:${dutchWords.join('|')})(?= )`, 'iu');

/** Literals that may hold Dutch words: not text a person reads. Each entry must still be needed (tested below). */
const allowed: Array<{ file: string; text: string; why: string }> = [
  { file: 'src/i18n/nl.ts', text: '', why: 'the one home of every Dutch word' },
  { file: 'src/i18n/nl-search.ts', text: '', why: "the search page's texts, part of nl.ts, apart so the page's script loads only these" },
  { file: 'src/site.config.ts', text: 'Goede voorbeelden, lessen en wie weet wat', why: "the site's own tagline: the file a fork edits" },
  { file: 'src/site.config.ts', text: 'Ouder- en jeugdsteunpunt', why: "the name of the fork's own steunpunt: the file a fork edits" },
  { file: 'src/site.config.ts', text: 'maandag tot en met donderdag', why: "when the fork's steunpunt can be reached: the file a fork edits" },
  { file: 'src/search/query.ts', text: 'aan al als bij ben daar dan dat de deze', why: 'stop words the search leaves out of a query' },
];

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** The texts of the string and template literals in TypeScript source, with their lines (`firstLine`: the line the source starts on). */
function literals(source: string, firstLine = 1): Array<{ line: number; text: string }> {
  const file = ts.createSourceFile('scan.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + firstLine, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** What an .astro file shows or says: its frontmatter's literals and its markup, without comments and styles. */
function astroTexts(source: string): Array<{ line: number; text: string }> {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const found = frontmatter ? literals(frontmatter[1]!, 2) : [];
  const markupStart = frontmatter ? frontmatter[0].length : 0;
  // Blank out what is no text, keeping line breaks so lines stay right.
  const markup = source
    .slice(markupStart)
    .replace(/<style[\s\S]*?<\/style>|<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, (part) => part.replace(/[^\n]/g, ' '));
  const lineOffset = source.slice(0, markupStart).split('\n').length - 1;
  markup.split('\n').forEach((text, index) => found.push({ line: index + 1 + lineOffset, text }));
  return found;
}

/** Only capitalised words ("In Op Van Voor"): a word list for a detector, no sentence; Dutch writes no titles in capitals. */
const isCapitalisedWordList = (text: string) => text.trim().split(/\s+/).every((word) => /^\p{Lu}/u.test(word));

/** The Dutch sentences in one file's source. */
function dutchIn(file: string, source: string): Finding[] {
  const texts = file.endsWith('.astro') ? astroTexts(source) : literals(source);
  return texts
    .filter(({ text }) => dutchWordPattern.test(text) && !isCapitalisedWordList(text))
    .map(({ line, text }) => ({ file, line, text: text.trim() }));
}

const isAllowed = (finding: Finding) => allowed.some((entry) => entry.file === finding.file && finding.text.includes(entry.text));

/** Project-relative paths of the files to scan. */
function scannedFiles(): string[] {
  const under = (folder: string, pattern: RegExp) =>
    (readdirSync(path.join(projectRoot, folder), { recursive: true }) as string[])
      .map((name) => `${folder}/${name.split(path.sep).join('/')}`)
      .filter((name) => pattern.test(name));
  return [...under('src', /\.(ts|astro)$/), ...under('scripts', /^scripts\/[^/]+\.ts$/)].sort();
}

describe('Dutch words live in src/i18n/nl.ts', () => {
  const files = scannedFiles();
  const findings = files.flatMap((file) => dutchIn(file, readFileSync(path.join(projectRoot, file), 'utf8')));

  it('scans the TypeScript and Astro files of src/ and the scripts', () => {
    expect(files).toContain('src/i18n/nl.ts');
    expect(files).toContain('src/components/mdx/Tip.astro');
    expect(files).toContain('scripts/start.ts');
    expect(files.length).toBeGreaterThan(150);
  });

  it('finds no Dutch sentence in a string, template or page outside src/i18n/nl.ts', () => {
    expect(findings.filter((finding) => !isAllowed(finding)).map(({ file, line, text }) => `${file}:${line}: ${text}`)).toEqual([]);
  });

  it('needs every entry of its allow-list', () => {
    for (const entry of allowed) {
      expect(findings.some((finding) => finding.file === entry.file && finding.text.includes(entry.text)), entry.file).toBe(true);
    }
  });

  it('finds a Dutch sentence planted in a string, a template or the markup of a page', () => {
    expect(dutchIn('src/x.ts', "const message = 'de bestandsnaam mag alleen kleine letters hebben';")).toHaveLength(1);
    expect(dutchIn('src/x.ts', 'const message = `${field} is leeg: vul dit veld in`;')).toHaveLength(1);
    expect(dutchIn('src/x.ts', "const list = names.join(' en ');")).toHaveLength(1);
    expect(dutchIn('src/x.ts', "throw new Error('De site kon niet worden gebouwd.');")).toHaveLength(1);
    expect(dutchIn('src/x.ts', "const title = 'De Site Is Gestopt, Maar Niet Helemaal'; const tip = 'Tip: lees ook de les';")).toHaveLength(1);
    expect(dutchIn('src/X.astro', '---\nconst { title = "Wat werkt er niet?" } = Astro.props;\n---\n<p>{title}</p>')).toEqual([
      { file: 'src/X.astro', line: 2, text: 'Wat werkt er niet?' },
    ]);
    expect(dutchIn('src/X.astro', '---\n---\n<aside>\n  <p>Lees ook de andere lessen.</p>\n</aside>')).toEqual([
      { file: 'src/X.astro', line: 4, text: '<p>Lees ook de andere lessen.</p>' },
    ]);
  });

  it('passes comments, English messages, identifiers and class names', () => {
    const source = [
      '// de tekst van een les staat in nl.ts',
      '/** Het id van een stuk. */',
      "throw new Error('Decap CMS is not loaded: it must run before the setup script.');",
      "const className = 'card__kind stack-2xs';",
      "const id = 'een-les-delen';",
      "const label = nl.hub.nothingYet;",
      "const notStreets = 'In Op Van Voor Na Het De Een Dit Dat'.split(' ');",
    ].join('\n');
    expect(dutchIn('src/x.ts', source)).toEqual([]);
    expect(dutchIn('src/X.astro', '---\n// de kop van de pagina\n---\n<!-- de kop -->\n<h1 class="page-title">{nl.title}</h1>')).toEqual([]);
  });
});
