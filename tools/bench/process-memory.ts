/**
 * Peak memory and CPU time of a build. `/usr/bin/time -v` gives the exact peak of the
 * largest single process (Node, or Pagefind's own binary); sampling /proc
 * adds up a process and all its children, which is what the machine needs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const gnuTimePath = '/usr/bin/time';

/** Whether GNU time (with -v and -o) is installed. */
export function hasGnuTime(): boolean {
  return existsSync(gnuTimePath);
}

/** "Maximum resident set size (kbytes): 123456" from `/usr/bin/time -v`, in bytes. */
export function maxRssFromGnuTime(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** User plus system CPU time from `/usr/bin/time -v`, in milliseconds: less sensitive to other work on the machine than wall time. */
export function cpuMsFromGnuTime(report: string): number | undefined {
  const user = /User time \(seconds\): ([\d.]+)/.exec(report);
  const system = /System time \(seconds\): ([\d.]+)/.exec(report);
  return user && system ? Math.round((Number(user[1]) + Number(system[1])) * 1000) : undefined;
}

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Resident memory of `pid` and all its descendants, in bytes. */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    if (!stat) continue;
    // The command name (field 2) may hold spaces and brackets; the parent pid is the second field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const match = /VmRSS:\s+(\d+) kB/.exec(readProc(`/proc/${pid}/status`) ?? '');
    if (match) total += Number(match[1]) * 1024;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree's memory every `intervalMs` until stopped; `stop()` returns the highest sum seen. */
export function sampleTreeRss(rootPid: number, intervalMs = 200): { stop(): number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(rootPid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
