/**
 * The validation promises hold for the real build: `astro build` on broken
 * content stops with a non-zero exit and the editor's message, and without a
 * stack trace. Every broken case is checked against the content check itself
 * in tests/unit/content-validation.test.ts; a full build per case is slow, so
 * this file builds only the few that prove the check is wired into the build
 * (one per kind of problem), and the broken MDX that only a real build finds.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { brokenContentCases, type BrokenContentCase } from '../helpers/broken-content-cases.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { outputDir } from '../helpers/paths.ts';
import { uploadSite } from '../helpers/upload-fixture.ts';

const stackTraceLine = /^\s+at .+\(.+:\d+:\d+\)$/m;

/**
 * One case per kind of problem the content check reports. Without the check, Astro stops on
 * the relative body image with its own ImageNotFound error and a stack trace, and builds the
 * missing one into a broken image without a word.
 */
const wiringCases = ['missing-field', 'unknown-reference', 'phone-in-lesson', 'broken-yaml', 'relative-body-image', 'missing-body-image'].map((name): BrokenContentCase => {
  const found = brokenContentCases.find((brokenCase) => brokenCase.name === name);
  if (!found) throw new Error(`tests/helpers/broken-content-cases.ts has no case "${name}"`);
  return found;
});

const buildCase = (name: string): Promise<BuildResult> =>
  astroBuild({ contentDir: contentWithCase(name), outDir: path.join(outputDir, 'broken', name), name: `broken-${name}` });

describe('npm run build on broken content', () => {
  for (const { name, description, expected } of wiringCases) {
    it(`fails on ${description}, with the message and no stack trace`, async () => {
      const result = await buildCase(name);
      expect(result.code).not.toBe(0);
      for (const message of expected) expect(result.output).toContain(message);
      expect(result.output).toContain('Herstel de genoemde velden en probeer het opnieuw.');
      expect(result.output).not.toMatch(stackTraceLine);
    }, 120_000);
  }

  // Astro's own error for a file it cannot compile always ends with a stack trace
  // (astro/dist/cli/throw-and-exit.js), so this case checks only exit code, file, line and problem.
  it('fails on an .mdx entry that does not compile, naming the file, line and problem', async () => {
    const result = await buildCase('broken-mdx');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/prototypes/kapotte-mdx.mdx:14:22');
    expect(result.output).toContain('Unexpected end of file in expression');
  }, 120_000);

  it('fails on an SVG in public/uploads/, naming the file in Dutch, and publishes nothing', async () => {
    const site = uploadSite('build-svg', { fixtureFolders: ['good'], uploads: { 'tekening.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' } });
    const outDir = path.join(outputDir, 'broken', 'svg-upload');
    const result = await astroBuild({ contentDir: site.contentDir, publicDir: site.publicDir, outDir, name: 'broken-svg-upload' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('public/uploads/tekening.svg: is geen foto (PNG, JPEG, GIF, WebP of AVIF), maar een SVG-tekening.');
    // Only the bad file: the photos beside it (in a subfolder too) pass.
    expect(result.output).toContain('De inhoud heeft 1 fout:');
    expect(result.output).not.toMatch(stackTraceLine);
    expect(existsSync(path.join(outDir, 'uploads', 'tekening.svg'))).toBe(false);
  }, 120_000);
});
