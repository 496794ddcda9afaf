/**
 * The sample content is written the way Decap CMS writes files, so an edit in
 * the CMS changes only what the editor changed (tests/browser/cms.test.ts
 * checks the real CMS agrees). Run `npm run format:content` to fix a failure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatContentFile } from '../../src/cms/content-format.ts';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { contentDir } from '../helpers/paths.ts';

const files = readContentFiles(contentDir).filter((file) => file.extension !== 'mdx');

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
