/**
 * The validation promises hold for the real build: `astro build` on broken
 * content stops with a non-zero exit and the editor's message, and without a
 * stack trace. Every broken case is checked against the content check itself
 * in tests/unit/content-validation.test.ts; a full build per case is slow, so
 * this file builds only the few that prove the check is wired into the build
 * (one per kind of problem, and a date that js-yaml would roll over), and an
 * .mdx entry with code that must never run.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../tools/link-check.ts';
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
const wiringCases = [
  'missing-field',
  'impossible-date',
  'unknown-reference',
  'phone-in-lesson',
  'broken-yaml',
  'broken-mdx',
  'relative-body-image',
  'missing-body-image',
].map((name): BrokenContentCase => {
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

  // In `astro dev` and `astro sync` the content check only logs its report, and runs once at the start:
  // Astro's own loading must refuse the date too, though its YAML reading rolls 30 February over to March.
  it("refuses a date that does not exist in Astro's own content loading too", async () => {
    const contentDir = contentWithCase('impossible-date');
    const result = await astroBuild({ contentDir, outDir: path.join(outputDir, 'broken', 'impossible-date-sync'), name: 'sync-impossible-date', command: 'sync' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('dertig-februari data does not match collection schema');
    expect(result.output).toContain('date: bestaat niet: 30 februari 2025 is geen echte datum, want februari 2025 heeft 28 dagen');
  }, 120_000);

  it('refuses an .mdx entry with code before Astro compiles it, so nothing of the code runs or ends up in the output', async () => {
    // The injection fixture site plus one .mdx lesson with import/export, expressions that read the environment and HTML.
    const canary = `kanarie-${randomUUID()}`;
    const outDir = path.join(outputDir, 'broken', 'code-in-mdx');
    const result = await astroBuild({
      contentDir: contentWithCase('code-in-mdx', 'mdx', 'injection'),
      outDir,
      name: 'broken-code-in-mdx',
      env: { LEERNETWERK_MDX_CANARY: canary },
    });
    expect(result.code).not.toBe(0);
    const file = 'content/lessons/code-in-mdx.mdx';
    for (const message of [
      `${file}, regel 9: code (import/export) mag niet in een .mdx-stuk; gebruik alleen <Quote> en <Tip>`,
      `${file}, regel 13: code tussen { } mag niet in een .mdx-stuk`,
      `${file}, regel 15: <meta> mag niet in een .mdx-stuk; gebruik alleen <Quote> en <Tip>`,
      `${file}, regel 17: <Tip>: code tussen { } mag niet bij "title"`,
      `${file}, regel 18: <iframe> mag niet in een .mdx-stuk; gebruik alleen <Quote> en <Tip>`,
    ]) {
      expect(result.output).toContain(message);
    }
    expect(result.output).toContain('De inhoud heeft 6 fouten:');
    expect(result.output).not.toMatch(stackTraceLine);
    expect(result.output).not.toContain(canary);
    // {process.env.HOME} and {process.env.LEERNETWERK_MDX_CANARY}, evaluated, would put these values in a page.
    const values = [canary, process.env.HOME].filter((value): value is string => value !== undefined && value.length > 1);
    const written = existsSync(outDir) ? listFiles(outDir) : [];
    const leaks = written.filter((name) => values.some((value) => readFileSync(path.join(outDir, name), 'utf8').includes(value)));
    expect(leaks).toEqual([]);
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
