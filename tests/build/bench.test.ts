/**
 * The benchmark (`npm run bench`) works: its synthetic content passes the
 * content check, and one run at 200 entries produces every figure. Not a
 * timed test: the figures themselves are recorded in docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { phoneConnection } from '../../tools/bench/browser-measure.ts';
import { generateContent, scaleFor } from '../../tools/bench/content-generator.ts';
import { runBenchmark, type BenchResult } from '../../tools/bench/run-benchmark.ts';
import { formatReport } from '../../tools/bench/table.ts';
import { checkContent } from '../../src/content-check/validation.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'leernetwerk-bench-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the benchmark', () => {
  it('generates entries that pass the content check, with werkgebieden and thema\'s scaled along', () => {
    const generated = generateContent({ entries: 300, contentDir: path.join(scratch, 'content') });
    const { problems, entries } = checkContent(generated.contentDir);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const { counts } = generated;
    expect(counts.prototypes + counts.lessons + counts.experts).toBe(300);
    expect(entries.prototypes.size + entries.lessons.size + entries.experts.size).toBe(300);
    expect(entries.regions.size).toBe(scaleFor(300).regions);
    expect(entries.topics.size).toBe(scaleFor(300).topics);
    expect(scaleFor(10_000)).toMatchObject({ regions: 80, topics: 143 });
  });

  it(
    'measures every figure for 200 entries, and a content page ships no JavaScript',
    async () => {
      const result: BenchResult = await runBenchmark({ entries: 200, searchRuns: 1, workDir: path.join(scratch, 'run') });
      const { site, floor, browser } = result;
      for (const built of [site, floor]) {
        expect(built.build.wallMs).toBeGreaterThan(0);
        expect(built.pages).toBeGreaterThan(0);
        expect(built.pagesPerSecond).toBeGreaterThan(0);
        expect(built.build.peakRssBytes).toBeGreaterThan(0);
        expect(built.build.peakTreeRssBytes).toBeGreaterThan(0);
        expect(built.distBytes).toBeGreaterThan(0);
        expect(built.contentPage.htmlBytes).toBeGreaterThan(0);
      }
      expect(floor.pages).toBe(result.content.publishedEntries);
      expect(site.pages).toBeGreaterThan(floor.pages);
      expect(site.pagefindBytes).toBeGreaterThan(0);
      expect(result.buildRatio).toBeGreaterThan(0);

      expect(browser.contentPage.transfer.bytes).toBeGreaterThan(0);
      expect(browser.contentPage.transfer.javascriptBytes).toBe(0);
      expect(site.contentPage.javascriptInHtml).toBe(0);
      for (const visit of [browser.searchCold, browser.searchWarm, browser.searchPhone]) {
        expect(visit.transfer.bytes).toBeGreaterThan(0);
        expect(visit.transfer.gzipBytes).toBeGreaterThan(0);
        expect(visit.transfer.pagefindBytes).toBeGreaterThan(0);
        expect(visit.firstResultMs).toBeGreaterThan(0);
      }
      // The warm visit reuses the cached scripts and Pagefind's wasm.
      expect(browser.searchWarm.transfer.bytes).toBeLessThan(browser.searchCold.transfer.bytes);
      // Over the phone connection the same search waits at least a round trip for the page and one for Pagefind.
      expect(browser.searchPhone.query).toBe(browser.searchCold.query);
      expect(browser.searchPhone.firstResultMs).toBeGreaterThan(2 * phoneConnection.latencyMs);

      const report = formatReport(result);
      expect(report).toContain('| Build wall time |');
      expect(report).toContain('Build within 1.6x the floor');
      expect(report).not.toMatch(/NaN|undefined|Infinity/);
    },
    600_000,
  );
});
