/**
 * Runs `astro build` as a child process on a chosen content folder, the way `npm run build` does
 * (or `astro sync`, which loads the content the way `npm start` does, without building pages).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { lockAstroSync, releaseWhenBundled } from '../../tools/astro-sync-lock.ts';
import { outputDir, projectRoot } from './paths.ts';

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/**
 * `env` adds variables to the build's environment; `publicDir` replaces the project's public/ (LEERNETWERK_PUBLIC_DIR).
 * Builds of other content folders may run at the same time: each waits for the others' content sync (tools/astro-sync-lock.ts).
 */
export async function astroBuild(options: {
  contentDir: string;
  outDir: string;
  name: string;
  env?: Record<string, string>;
  command?: 'build' | 'sync';
  publicDir?: string;
}): Promise<BuildResult> {
  const cacheDir = path.join(outputDir, 'cache', options.name);
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Vitest sets NODE_ENV=test, which would make import.meta.env.PROD false in the build; `npm run build` has none of these.
  const { NODE_ENV, VITEST, VITEST_MODE, VITEST_POOL_ID, VITEST_WORKER_ID, TEST, ...cleanEnv } = process.env;
  const release = await lockAstroSync(projectRoot);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, options.command ?? 'build'], {
      cwd: projectRoot,
      env: {
        ...cleanEnv,
        ASTRO_TELEMETRY_DISABLED: '1',
        LEERNETWERK_CONTENT_DIR: options.contentDir,
        LEERNETWERK_OUT_DIR: options.outDir,
        LEERNETWERK_CACHE_DIR: cacheDir,
        ...(options.publicDir ? { LEERNETWERK_PUBLIC_DIR: options.publicDir } : {}),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    releaseWhenBundled(child, release);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, outDir: options.outDir }));
  });
}
