/**
 * Makes a content folder for one test case: the small valid fixture site
 * (tests/fixtures/valid) with the case's own files laid over it.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir, outputDir } from './paths.ts';

export function contentWithCase(caseName: string): string {
  // Named content/ so messages read "content/lessons/x.md", as editors see it.
  const target = path.join(outputDir, 'cases', caseName, 'content');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(path.join(fixturesDir, 'valid'), target, { recursive: true });
  cpSync(path.join(fixturesDir, 'invalid', caseName), target, { recursive: true });
  return target;
}
