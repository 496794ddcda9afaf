/**
 * One Astro content sync at a time per project folder. While it syncs content,
 * Astro writes the list of MDX entries to `.astro/content-modules.mjs` in the
 * project folder, and it reads that file back while bundling. Two builds of
 * different content folders at the same time (the tests, the benchmark) could
 * bundle each other's list, and a page with an MDX entry then fails with
 * "Unexpected error while rendering". So a build holds this lock from its
 * start until its bundles are made (`bundlesMade`), or until it ends.
 */
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Astro's line when the bundles are made and the pages are about to render. */
const bundlesMade = /generating static routes/;

/** The lock of one project folder: a folder in the system's temp folder, with the holder's process id in it. */
export function astroSyncLockDir(projectRoot: string): string {
  const id = createHash('sha256').update(path.resolve(projectRoot)).digest('hex').slice(0, 16);
  return path.join(tmpdir(), `leernetwerk-astro-sync-${id}.lock`);
}

function holderOf(lockDir: string): number | undefined {
  try {
    return Number(readFileSync(path.join(lockDir, 'pid'), 'utf8')) || undefined;
  } catch {
    return undefined; // just taken, its id not written yet
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits until this process holds the lock of `projectRoot`; the function it gives back releases it (a second call does nothing). */
export async function lockAstroSync(projectRoot: string): Promise<() => void> {
  const lockDir = astroSyncLockDir(projectRoot);
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      let held = true;
      return () => {
        if (!held) return;
        held = false;
        rmSync(lockDir, { recursive: true, force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A holder that ended without releasing (a test run that was killed) leaves its id behind.
    const holder = holderOf(lockDir);
    if (holder !== undefined && !isRunning(holder) && holderOf(lockDir) === holder) rmSync(lockDir, { recursive: true, force: true });
    await sleep(100);
  }
}

/** Calls `release` once the Astro build in `child` has made its bundles (its output says so), or has ended. */
export function releaseWhenBundled(child: ChildProcess, release: () => void): void {
  let tail = ''; // the line may arrive split over two chunks
  const watch = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-400);
    if (bundlesMade.test(tail)) release();
  };
  child.stdout?.on('data', watch);
  child.stderr?.on('data', watch);
  child.once('close', release);
  child.once('error', release);
}
