/**
 * Makes a content folder for one test case: a fixture site (by default the
 * small valid one, tests/fixtures/valid) with the case's own files laid over it.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { fixturesDir, outputDir } from './paths.ts';

/** `group` is the fixtures folder the case lives in: tests/fixtures/<group>/<caseName>; `base` the fixture site under it. */
export function contentWithCase(caseName: string, group = 'invalid', base = 'valid'): string {
  // Each test file gets its own copy: files that run side by side (a unit test and a build of
  // the same case) would otherwise delete the folder the other one is reading.
  const testFile = path.basename(expect.getState().testPath ?? 'shared', '.test.ts');
  // Named content/ so messages read "content/lessons/x.md", as editors see it.
  const target = path.join(outputDir, 'cases', testFile, group === 'invalid' ? caseName : `${group}-${caseName}`, 'content');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(path.join(fixturesDir, base), target, { recursive: true });
  cpSync(path.join(fixturesDir, group, caseName), target, { recursive: true });
  return target;
}
