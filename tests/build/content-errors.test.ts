/**
 * The validation promises hold for the real build: `astro build` on each
 * broken fixture stops with a non-zero exit and the editor's message, and
 * without a stack trace.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { brokenContentCases } from '../helpers/broken-content-cases.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { outputDir } from '../helpers/paths.ts';

const stackTraceLine = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('npm run build on broken content', () => {
  for (const { name, description, expected } of brokenContentCases) {
    it(`fails on ${description}, with the message and no stack trace`, async () => {
      const result = await astroBuild({ contentDir: contentWithCase(name), outDir: path.join(outputDir, 'broken', name), name: `broken-${name}` });
      expect(result.code).not.toBe(0);
      for (const message of expected) expect(result.output).toContain(message);
      expect(result.output).toContain('Herstel de genoemde velden en probeer het opnieuw.');
      expect(result.output).not.toMatch(stackTraceLine);
    }, 120_000);
  }

  it('fails on an .mdx entry that does not compile, naming the file and line', async () => {
    const result = await astroBuild({ contentDir: contentWithCase('broken-mdx'), outDir: path.join(outputDir, 'broken', 'broken-mdx'), name: 'broken-mdx' });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/kapotte-mdx\.mdx/);
    expect(result.output).toMatch(/kapotte-mdx\.mdx:\d+|regel \d+|line \d+|:14:/);
  }, 120_000);
});
