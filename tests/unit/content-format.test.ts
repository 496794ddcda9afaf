/**
 * The sample content is written the way Decap CMS writes files, so an edit in
 * the CMS changes only what the editor changed (tests/browser/cms.test.ts
 * checks the real CMS agrees). Run `npm run format:content` to fix a failure.
 * Formatting loses nothing: every value reads the same before and after, to
 * Astro's YAML reader (js-yaml) and to Decap's (yaml 1.x), and when one file
 * cannot be formatted safely, no file is written.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import decapYaml from 'decap-yaml';
import { describe, expect, it } from 'vitest';
import { formatContentFile, meaningChanges } from '../../src/cms/content-format.ts';
import { readContentFiles, splitFrontmatter, type ContentFile } from '../../src/content-check/content-files.ts';
import { collections } from '../../src/schemas/index.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { contentDir, fixturesDir, projectRoot } from '../helpers/paths.ts';

const files = readContentFiles(contentDir).filter((file) => file.extension !== 'mdx');
const trickyFiles = readContentFiles(path.join(fixturesDir, 'formats', 'tricky-values'));

/** The YAML and the body of a file, for comparing a file before and after formatting. */
function partsOf(file: ContentFile, text: string): { yaml: string; body: string } {
  if (collections[file.collection].kind === 'data') return { yaml: text, body: '' };
  const { frontmatter = '', body } = splitFrontmatter(text);
  return { yaml: frontmatter, body };
}

const lesson = (frontmatter: string) => `---\n${frontmatter}\n---\nTekst.\n`;

describe('content files in the CMS’s own form', () => {
  it.each(files.map((file) => [file.displayPath, file] as const))('%s', (_path, file) => {
    const text = readFileSync(file.absolutePath, 'utf8');
    expect(formatContentFile(file.collection, text), 'run npm run format:content').toBe(text);
  });

  it('keeps every value when it rewrites a hand-written file', () => {
    const handWritten = '---\ntitle: Een les\nregions: [heiloo, langedijk]\nsummary: >-\n  Twee regels\n  tekst.\ndate: 2026-01-02\n---\nTekst met <b>html</b>.\n';
    const formatted = formatContentFile('lessons', handWritten);
    expect(formatted).toBe(
      '---\ntitle: Een les\nsummary: Twee regels tekst.\ndate: 2026-01-02\nregions:\n  - heiloo\n  - langedijk\n---\nTekst met <b>html</b>.\n',
    );
  });
});

describe('formatting changes no value', () => {
  const cases = [...files, ...trickyFiles].map((file) => [file.displayPath, file] as const);

  it.each(cases)('reads %s the same with js-yaml before and after', (_path, file) => {
    const before = partsOf(file, file.source);
    const after = partsOf(file, formatContentFile(file.collection, file.source));
    expect(jsYaml.load(after.yaml)).toEqual(jsYaml.load(before.yaml));
    expect(after.body).toBe(before.body);
  });

  it.each(cases)('reads %s the same with Decap’s YAML reader before and after', (_path, file) => {
    const before = partsOf(file, file.source);
    const after = partsOf(file, formatContentFile(file.collection, file.source));
    expect(decapYaml.parse(after.yaml)).toEqual(decapYaml.parse(before.yaml));
  });

  it('keeps a title that looks like a date quoted, so it stays text', () => {
    expect(formatContentFile('lessons', lesson('title: "2024-01-01"'))).toContain('title: "2024-01-01"\n');
  });

  it('keeps an availability that looks like a year quoted, so it stays text', () => {
    expect(formatContentFile('experts', lesson('availability: "2024"'))).toContain('availability: "2024"\n');
  });

  it('keeps a phone number with a leading zero quoted', () => {
    expect(formatContentFile('experts', lesson('phone: "0612345678"'))).toContain('phone: "0612345678"\n');
  });

  it('leaves a real date unquoted, so it stays a date', () => {
    expect(formatContentFile('lessons', lesson('date: 2026-01-02'))).toContain('date: 2026-01-02\n');
  });

  it('keeps task lists and aligned tables in the body as they are', () => {
    const [tricky] = trickyFiles.filter((file) => file.id === 'lastige-waarden');
    const formatted = formatContentFile('lessons', tricky.source);
    expect(formatted).toContain('- [ ] taak\n- [x] klaar\n');
    expect(formatted).toContain('| links | rechts |\n|:--|--:|\n');
  });

  it('notices a field whose meaning would change (a check of the check)', () => {
    expect(meaningChanges('lessons', lesson('title: "2024-01-01"\ndate: 2026-01-02'), lesson('title: 2024-01-01\ndate: 2026-01-02'))).toEqual(['title']);
    expect(meaningChanges('lessons', lesson('title: x'), '---\ntitle: x\n---\nAndere tekst.\n')).toEqual(['body']);
  });
});

// These run the script as its own process (Node start-up included), which takes seconds on a busy machine.
describe('npm run format:content', { timeout: 60_000 }, () => {
  const run = (contentDir: string) =>
    spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'format-content.ts')], {
      cwd: projectRoot,
      env: { ...process.env, LEERNETWERK_CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });

  it('writes nothing when one file has broken YAML, and names that file and line without a stack trace', () => {
    const caseDir = contentWithCase('format-broken-yaml', 'formats');
    const before = readContentFiles(caseDir).map((file) => readFileSync(file.absolutePath, 'utf8'));
    const unformatted = path.join(caseDir, 'regions', 'nog-niet-opgemaakt.yaml');
    expect(formatContentFile('regions', readFileSync(unformatted, 'utf8'))).not.toBe(readFileSync(unformatted, 'utf8'));

    const result = run(caseDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Fout: content/lessons/kapotte-yaml.md: de YAML is niet te lezen (regel 3): bad indentation of a mapping entry.');
    expect(result.stderr).toContain('Er is niets veranderd, ook niet aan de andere bestanden.');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readContentFiles(caseDir).map((file) => readFileSync(file.absolutePath, 'utf8'))).toEqual(before);
  });

  it('refuses a file that is not UTF-8 rather than writing it back damaged', () => {
    const caseDir = contentWithCase('not-utf8', 'formats');
    const file = path.join(caseDir, 'regions', 'latin1.yaml');
    const bytes = readFileSync(file);
    const result = run(caseDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/regions/latin1.yaml: is geen geldige UTF-8-tekst; sla het bestand op als UTF-8');
    expect(readFileSync(file)).toEqual(bytes);
  });

  it('formats every file when all can be read', () => {
    const caseDir = contentWithCase('byte-order-mark', 'formats');
    const result = run(caseDir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const file of readContentFiles(caseDir).filter((entry) => entry.extension !== 'mdx')) {
      expect(formatContentFile(file.collection, file.source), file.displayPath).toBe(file.source);
    }
  });
});
