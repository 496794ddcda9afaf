/**
 * The format rules are wired into the real build: `astro build` on a content
 * folder with a symlink stops with the Dutch message before Astro's loader
 * could follow the link (the other cases are unit tests:
 * tests/unit/content-folders.test.ts, unsafe-characters.test.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { outputDir } from '../helpers/paths.ts';

describe('npm run build on content in the wrong form', () => {
  it('fails on a symlink in a collection folder, with the message and no stack trace', async () => {
    const result = await astroBuild({ contentDir: contentWithCase('symlink', 'formats'), outDir: path.join(outputDir, 'formats', 'symlink'), name: 'formats-symlink' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/prototypes/gelinkt.md: is een snelkoppeling (symlink); de site volgt die niet.');
    expect(result.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  }, 120_000);
});
