/**
 * Builds the sample site (content/) once before any test file runs, so the
 * build and browser tests share one dist folder. A failed build stops the
 * whole run with the build's own output.
 */
import { astroBuild } from '../helpers/astro-build.ts';
import { contentDir, sampleSiteDir } from '../helpers/paths.ts';

export default async function setup() {
  const result = await astroBuild({ contentDir, outDir: sampleSiteDir, name: 'sample-site' });
  if (result.code !== 0) {
    throw new Error(`Building the sample site failed (exit ${result.code}):\n${result.output}`);
  }
}
