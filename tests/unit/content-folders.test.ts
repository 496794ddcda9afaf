/**
 * Nothing in a collection folder is skipped or followed without a word: a
 * file the site would not read gets a Dutch message (an error when it looks
 * like content in the wrong form, a warning for hidden and backup files), a
 * symlink is refused, and a file that is not UTF-8 is refused. Fixtures:
 * tests/fixtures/formats/<case>, laid over the valid fixture site.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { publicDir } from '../helpers/paths.ts';

const problemsOf = (contentDir: string) =>
  checkContent(contentDir, publicDir).problems.map((problem) => `${problem.severity}: ${formatProblem(problem)}`);
const problemsOfCase = (caseName: string) => problemsOf(contentWithCase(caseName, 'formats'));

describe('files in a collection folder that are not entries', () => {
  it('refuses a .markdown file and says to rename it to .md', () => {
    expect(problemsOfCase('markdown-extension')).toEqual([
      'error: content/lessons/oude-les.markdown: wordt niet gelezen: de site leest alleen .md en .mdx. Hernoem het naar oude-les.md',
    ]);
  });

  it('refuses an upper-case .MD extension, which the site would skip', () => {
    expect(problemsOfCase('upper-case-extension')).toEqual([
      'error: content/lessons/hoofdletters.MD: wordt niet gelezen: de extensie moet in kleine letters. Hernoem het naar hoofdletters.md',
    ]);
  });

  it('refuses a YAML file in a folder of Markdown entries', () => {
    expect(problemsOfCase('yaml-in-entry-folder')).toEqual([
      'error: content/lessons/gegevens.yml: wordt niet gelezen: een les is een Markdown-bestand (.md) met de velden tussen twee regels --- en de tekst eronder. Zet het in gegevens.md',
    ]);
  });

  it('refuses a Markdown file in a folder of YAML data', () => {
    expect(problemsOfCase('markdown-in-data-folder')).toEqual([
      'error: content/regions/gebied.md: wordt niet gelezen: een werkgebied is een .yaml-bestand met alleen velden, zonder tekst eronder. Zet de velden in gebied.yaml',
    ]);
  });

  it('refuses a file without an extension', () => {
    expect(problemsOfCase('no-extension')).toEqual([
      'error: content/lessons/LEESMIJ: heeft geen extensie; in content/lessons/ leest de site alleen .md en .mdx: hernoem het bijvoorbeeld naar LEESMIJ.md',
    ]);
  });

  it('refuses a subfolder, whose files the site would not read', () => {
    expect(problemsOfCase('subfolder')).toEqual([
      'error: content/lessons/oud: is een map; de site leest geen mappen in content/lessons/. Zet de bestanden er direct in, of haal de map weg',
    ]);
  });

  it('refuses a symlink and never reads the file it points to', () => {
    const contentDir = contentWithCase('symlink', 'formats');
    expect(problemsOf(contentDir)).toEqual([
      'error: content/prototypes/gelinkt.md: is een snelkoppeling (symlink); de site volgt die niet. Zet het bestand zelf in content/prototypes/',
    ]);
    expect(readContentFiles(contentDir).map((file) => file.id)).not.toContain('gelinkt');
  });

  it('refuses a folder in content/ that is not a collection, suggesting the one it probably means, and a loose file', () => {
    expect(problemsOfCase('unknown-folder')).toEqual([
      'error: content/lesons: wordt niet gelezen: de site leest alleen de mappen content/prototypes/, content/lessons/, content/experts/, content/regions/, content/topics/, content/network-groups/, content/parent-routes/, content/glossary/ (bedoel je content/lessons/?). Zet het in een van die mappen, of haal het weg',
      'error: content/notities.txt: wordt niet gelezen: de site leest alleen de mappen content/prototypes/, content/lessons/, content/experts/, content/regions/, content/topics/, content/network-groups/, content/parent-routes/, content/glossary/. Zet het in een van die mappen, of haal het weg',
    ]);
  });

  it('warns about a hidden file and a backup file, and ignores .gitkeep', () => {
    expect(problemsOfCase('hidden-and-backup-files')).toEqual([
      'warning: content/lessons/.verborgen.md: is een verborgen bestand (de naam begint met een punt) en wordt niet gelezen',
      'warning: content/lessons/rust-helpt.md~: lijkt een reservekopie of tijdelijk bestand en wordt niet gelezen; haal het weg als je het niet meer nodig hebt',
    ]);
  });

  it('ignores the .DS_Store file that macOS puts in folders', () => {
    // Made here: .gitignore keeps .DS_Store out of the fixtures.
    const contentDir = contentWithCase('byte-order-mark', 'formats');
    writeFileSync(path.join(contentDir, 'lessons', '.DS_Store'), '\u0000\u0000\u0000\u0001Bud1');
    expect(problemsOf(contentDir)).toEqual([]);
  });
});

describe('the encoding of content files', () => {
  it('refuses a file that is not UTF-8, naming it', () => {
    expect(problemsOfCase('not-utf8')).toEqual(['error: content/regions/latin1.yaml: is geen geldige UTF-8-tekst; sla het bestand op als UTF-8']);
  });

  it('accepts UTF-8 files that start with a byte order mark', () => {
    const contentDir = contentWithCase('byte-order-mark', 'formats');
    expect(problemsOf(contentDir)).toEqual([]);
    const files = readContentFiles(contentDir).filter((file) => file.id === 'met-bom');
    expect(files.map((file) => [file.collection, file.data !== undefined])).toEqual([
      ['lessons', true],
      ['regions', true],
    ]);
  });
});
