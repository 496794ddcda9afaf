/**
 * Prints a benchmark result as Markdown tables (so a run pastes straight into
 * docs/benchmarks.md): the figures side by side with the floor, where the
 * build and the first search spend their time, and the targets.
 */
import { phoneConnection, type Transfer } from './browser-measure.ts';
import type { BenchResult } from './run-benchmark.ts';

/** The targets of issue 5, for 10,000 entries. */
export const targets = {
  buildSeconds: 90,
  floorRatio: 1.6,
  contentPageJavascriptBytes: 0,
  firstQueryBytes: 300_000,
  firstResultMs: 300,
};

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** One decimal, none when it is zero: 296.1, 300. */
const trimmed = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** Decimal units (1 KB = 1,000 bytes), as Pagefind and the issue count. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${trimmed(bytes / 1000)} KB`;
  if (bytes < 1_000_000_000) return `${trimmed(bytes / 1_000_000)} MB`;
  return `${number(bytes / 1_000_000_000, 2)} GB`;
}

const seconds = (ms: number) => `${number(ms / 1000, 1)} s`;
const cpu = (ms: number | undefined) => (ms === undefined ? '–' : seconds(ms));
const milliseconds = (ms: number) => `${number(ms)} ms`;
const transfer = (t: Transfer) => `${formatBytes(t.bytes)} (${formatBytes(t.gzipBytes)} gzipped; Pagefind ${formatBytes(t.pagefindBytes)})`;

export function markdownTable(header: string[], rows: string[][], align: Array<'left' | 'right'> = []): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, index) => (align[index] === 'right' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

export function figuresTable(result: BenchResult): string {
  const { site, floor, browser, content } = result;
  const c = content.counts;
  const rows: string[][] = [
    [
      'Entries (prototypes / lessons / experts)',
      `${number(result.entries)} (${number(c.prototypes)} / ${number(c.lessons)} / ${number(c.experts)})`,
      'the same files',
    ],
    ["Werkgebieden / thema's / netwerkgroepen", `${number(c.regions)} / ${number(c.topics)} / ${number(c.networkGroups)}`, '–'],
    ['HTML pages built', number(site.pages), number(floor.pages)],
    ['Build wall time', seconds(site.build.wallMs), seconds(floor.build.wallMs)],
    ['Build time, site / floor', `${number(result.buildRatio, 2)}x`, '1x'],
    ['Build CPU time (user + system)', cpu(site.build.cpuMs), cpu(floor.build.cpuMs)],
    ['Build CPU time, site / floor', site.build.cpuMs && floor.build.cpuMs ? `${number(site.build.cpuMs / floor.build.cpuMs, 2)}x` : '–', '1x'],
    ['Pages per second', number(site.pagesPerSecond), number(floor.pagesPerSecond)],
    ['Peak memory, largest process', formatBytes(site.build.peakRssBytes), formatBytes(floor.build.peakRssBytes)],
    ['Peak memory, build + child processes (sampled)', formatBytes(site.build.peakTreeRssBytes), formatBytes(floor.build.peakTreeRssBytes)],
    ['Size of the output folder (dist/)', formatBytes(site.distBytes), formatBytes(floor.distBytes)],
    ['Size of the Pagefind index (dist/pagefind/)', formatBytes(site.pagefindBytes), '–'],
    ['Content page HTML (median entry page)', formatBytes(site.contentPage.htmlBytes), formatBytes(floor.contentPage.htmlBytes)],
    ['Content page JavaScript (loaded in Chromium)', formatBytes(browser.contentPage.transfer.javascriptBytes), '–'],
    ['Content page JavaScript (named in its HTML)', formatBytes(site.contentPage.javascriptInHtml), formatBytes(floor.contentPage.javascriptInHtml)],
    [`Search "${browser.searchCold.query}", cold cache: transferred`, transfer(browser.searchCold.transfer), '–'],
    [`Search "${browser.searchCold.query}", cold cache: first results after`, milliseconds(browser.searchCold.firstResultMs), '–'],
    [`Search "${browser.searchWarm.query}", warm cache: transferred`, transfer(browser.searchWarm.transfer), '–'],
    [`Search "${browser.searchWarm.query}", warm cache: first results after`, milliseconds(browser.searchWarm.firstResultMs), '–'],
    [
      `Search "${browser.searchPhone.query}", cold cache, phone connection (${phoneConnection.latencyMs} ms round trip): first results after`,
      milliseconds(browser.searchPhone.firstResultMs),
      '–',
    ],
  ];
  return markdownTable(['Measure', 'Leernetwerk', 'Floor (bare Astro)'], rows, ['left', 'right', 'right']);
}

export function phasesTable(result: BenchResult): string {
  const names = [...new Set([...result.site.build.phases, ...result.floor.build.phases].map((phase) => phase.name))];
  const find = (phases: typeof result.site.build.phases, name: string) => phases.find((phase) => phase.name === name);
  const rows = names.map((name) => {
    const ours = find(result.site.build.phases, name);
    const theirs = find(result.floor.build.phases, name);
    return [name, ours ? seconds(ours.ms) : '–', theirs ? seconds(theirs.ms) : '–'];
  });
  return markdownTable(['Build phase', 'Leernetwerk', 'Floor'], rows, ['left', 'right', 'right']);
}

export function searchTimeline(result: BenchResult): string {
  const visit = result.browser.searchCold;
  const steps = visit.timeline.map((step) => `${step.label} ${milliseconds(step.ms)}`);
  return `Cold search, downloads done after: ${steps.join(', ')}; first result shown ${milliseconds(visit.firstResultMs)}.`;
}

export function targetsTable(result: BenchResult): string {
  const check = (ok: boolean) => (ok ? 'met' : 'missed');
  const rows = [
    [`Build within ${targets.buildSeconds} s`, seconds(result.site.build.wallMs), check(result.site.build.wallMs <= targets.buildSeconds * 1000)],
    [`Build within ${targets.floorRatio}x the floor`, `${number(result.buildRatio, 2)}x`, check(result.buildRatio <= targets.floorRatio)],
    [
      'A content page ships 0 B of JavaScript',
      formatBytes(Math.max(result.browser.contentPage.transfer.javascriptBytes, result.site.contentPage.javascriptInHtml)),
      check(result.browser.contentPage.transfer.javascriptBytes === 0 && result.site.contentPage.javascriptInHtml === 0),
    ],
    [
      `First query transfers at most ${formatBytes(targets.firstQueryBytes)}`,
      `${formatBytes(result.browser.searchCold.transfer.bytes)} (${formatBytes(result.browser.searchCold.transfer.gzipBytes)} gzipped)`,
      result.browser.searchCold.transfer.bytes <= targets.firstQueryBytes
        ? 'met'
        : result.browser.searchCold.transfer.gzipBytes <= targets.firstQueryBytes
          ? 'met when gzipped'
          : 'missed',
    ],
    [
      `First query shows results within ${targets.firstResultMs} ms`,
      milliseconds(result.browser.searchCold.firstResultMs),
      check(result.browser.searchCold.firstResultMs <= targets.firstResultMs),
    ],
  ];
  return markdownTable(['Target (issue 5, for 10,000 entries)', 'Measured', 'Result'], rows, ['left', 'right', 'left']);
}

export function machineLine(result: BenchResult): string {
  const m = result.machine;
  return (
    `${m.date}, ${m.cpus} CPUs (${m.cpuModel}), ${formatBytes(m.memoryBytes)} RAM, Node ${m.node}, Astro ${m.astro}; ` +
    `load average before the builds: site ${number(m.loadBefore.site, 2)}, floor ${number(m.loadBefore.floor, 2)}.`
  );
}

export function formatReport(result: BenchResult): string {
  return [
    `## ${number(result.entries)} entries`,
    '',
    machineLine(result),
    '',
    figuresTable(result),
    '',
    phasesTable(result),
    '',
    searchTimeline(result),
    '',
    targetsTable(result),
    '',
  ].join('\n');
}
