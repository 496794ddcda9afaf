/** Folders the tests share. Everything they write goes under tests/.output (ignored by git). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const contentDir = path.join(projectRoot, 'content');
export const publicDir = path.join(projectRoot, 'public');
export const fixturesDir = path.join(projectRoot, 'tests', 'fixtures');
/** LEERNETWERK_TEST_OUTPUT moves it, so two test runs in one work tree do not overwrite each other's builds. */
export const outputDir = path.resolve(projectRoot, process.env.LEERNETWERK_TEST_OUTPUT ?? path.join('tests', '.output'));
/** Where the global setup builds the sample site once for all build and browser tests. */
export const sampleSiteDir = path.join(outputDir, 'sample-site');
