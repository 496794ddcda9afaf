import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroSyncLockDir, lockAstroSync } from '../../tools/astro-sync-lock.ts';

// A project folder of its own, so the lock is not the one real builds of this checkout take.
const projectRoot = mkdtempSync(path.join(tmpdir(), 'leernetwerk-lock-test-'));
afterEach(() => rmSync(astroSyncLockDir(projectRoot), { recursive: true, force: true }));

describe('the lock around Astro content syncs in one project folder', () => {
  it('lets a second build wait until the first one releases the lock', async () => {
    const releaseFirst = await lockAstroSync(projectRoot);
    let secondHasIt = false;
    const second = lockAstroSync(projectRoot).then((release) => {
      secondHasIt = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(secondHasIt).toBe(false);
    releaseFirst();
    const releaseSecond = await second;
    expect(secondHasIt).toBe(true);
    releaseSecond();
  });

  it('releases only once: a second call does not free a lock another build has taken since', async () => {
    const release = await lockAstroSync(projectRoot);
    release();
    const other = await lockAstroSync(projectRoot);
    release();
    let third = false;
    void lockAstroSync(projectRoot).then((next) => {
      third = true;
      next();
    });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(third).toBe(false);
    other();
    await expect.poll(() => third).toBe(true);
  });

  it('takes over a lock whose holder has ended without releasing it', async () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    mkdirSync(astroSyncLockDir(projectRoot));
    writeFileSync(path.join(astroSyncLockDir(projectRoot), 'pid'), ended.stdout);
    const release = await lockAstroSync(projectRoot);
    release();
  });

  it('keeps one project folder apart from another', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'leernetwerk-lock-test-'));
    const release = await lockAstroSync(projectRoot);
    const releaseOther = await lockAstroSync(other);
    expect(astroSyncLockDir(other)).not.toBe(astroSyncLockDir(projectRoot));
    releaseOther();
    release();
  });
});
