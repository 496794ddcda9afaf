/**
 * Runs one `astro build` as a child process and measures it: wall time, CPU
 * time, peak memory, and how long each phase took (read from Astro's own log lines, each
 * stamped with the time it arrived).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lockAstroSync, releaseWhenBundled } from '../astro-sync-lock.ts';
import { cpuMsFromGnuTime, gnuTimePath, hasGnuTime, maxRssFromGnuTime, sampleTreeRss } from './process-memory.ts';

export interface BuildPhase {
  name: string;
  ms: number;
}

export interface BuildRun {
  exitCode: number | null;
  wallMs: number;
  /** Peak of the largest single process (GNU time), or of the sampled tree when GNU time is missing. */
  peakRssBytes: number;
  /** Highest sampled sum of the build and its child processes. */
  peakTreeRssBytes: number;
  /** User + system CPU time of the build and its children (GNU time); undefined without GNU time. */
  cpuMs?: number;
  phases: BuildPhase[];
  output: string;
}

export interface BuildOptions {
  /** The project folder: its astro.config.mjs is the one that counts. */
  cwd: string;
  astroBin: string;
  env?: NodeJS.ProcessEnv;
  /** Extra Node flags, e.g. `--cpu-prof` to profile the build. */
  nodeFlags?: string[];
}

/**
 * Where a phase ends, in the order Astro logs them; a marker that never shows is skipped (the floor has
 * no content check, sitemap, CMS or search index). The content check runs in a worker thread beside
 * start-up and content sync: its phase is the time the build still waits for it after the sync, and
 * 0 s when it was done before (`anywhere`: its line may come before the previous marker).
 */
const phaseEnds: Array<{ name: string; marker: RegExp; anywhere?: true }> = [
  { name: 'start-up: config, routes, Vite', marker: /\[content\] Syncing content/ },
  { name: "content sync: Astro's loaders, types", marker: /\[content\] Synced content/ },
  { name: 'waiting for the content check', marker: /\[leernetwerk:content-check\]/, anywhere: true },
  { name: 'Vite bundles', marker: /generating static routes/ },
  { name: 'rendering pages', marker: /✓ Completed in/ },
  { name: 'sitemap', marker: /\[@astrojs\/sitemap\]/ },
  { name: 'CMS files (/admin/)', marker: /\[leernetwerk:cms\]/ },
  { name: 'Pagefind index after rendering: the last pages and writing it, what the sitemap and CMS files did not hide', marker: /\[leernetwerk:pagefind\]/ },
];

/** The content check's own line says how long it took: "Inhoud gecontroleerd: 1000 bestanden in 1,4 s." */
const contentCheckLine = /\[leernetwerk:content-check\].* in (\d+(?:,\d+)?) s\./;

interface StampedLine {
  ms: number;
  text: string;
}

export function phasesFromLog(lines: StampedLine[], wallMs: number): BuildPhase[] {
  const phases: BuildPhase[] = [];
  let from = 0;
  let searchFrom = 0;
  for (const { name, marker, anywhere } of phaseEnds) {
    const index = lines.findIndex((line, i) => i >= (anywhere ? 0 : searchFrom) && marker.test(line.text));
    if (index === -1) continue;
    const end = Math.max(from, lines[index]!.ms);
    phases.push({ name, ms: end - from });
    from = end;
    searchFrom = Math.max(searchFrom, index + 1);
  }
  phases.push({ name: 'the rest, until the process exits', ms: wallMs - from });
  const check = lines.map((line) => contentCheckLine.exec(line.text)).find((match) => match !== null);
  if (check) phases.push({ name: 'content check itself (worker thread, beside the phases above)', ms: Number(check[1]!.replace(',', '.')) * 1000 });
  return phases;
}

/** The timing starts after the wait for another build's content sync in the same folder (tools/astro-sync-lock.ts). */
export async function runAstroBuild(options: BuildOptions): Promise<BuildRun> {
  const release = await lockAstroSync(options.cwd);
  const useGnuTime = hasGnuTime();
  const scratch = mkdtempSync(path.join(tmpdir(), 'leernetwerk-time-'));
  const timeReport = path.join(scratch, 'time.txt');
  const node = [process.execPath, ...(options.nodeFlags ?? []), options.astroBin, 'build'];
  const [command, ...args] = useGnuTime ? [gnuTimePath, '-v', '-o', timeReport, ...node] : node;

  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command!, args, {
      cwd: options.cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    releaseWhenBundled(child, release);
    const memory = sampleTreeRss(child.pid!);
    const lines: StampedLine[] = [];
    let partial = '';
    const collect = (chunk: Buffer) => {
      const ms = performance.now() - started;
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) lines.push({ ms, text });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      const peakTreeRssBytes = memory.stop();
      if (partial) lines.push({ ms: wallMs, text: partial });
      const report = useGnuTime ? readFileSync(timeReport, 'utf8') : '';
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        exitCode,
        wallMs,
        peakRssBytes: maxRssFromGnuTime(report) ?? peakTreeRssBytes,
        peakTreeRssBytes,
        cpuMs: cpuMsFromGnuTime(report),
        phases: phasesFromLog(lines, wallMs),
        output: lines.map((line) => line.text).join('\n'),
      });
    });
  });
}
