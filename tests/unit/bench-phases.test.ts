import { describe, expect, it } from 'vitest';
import { phasesFromLog } from '../../tools/bench/build-run.ts';

const log = (entries: Array<[number, string]>) => entries.map(([ms, text]) => ({ ms, text }));
const byName = (phases: ReturnType<typeof phasesFromLog>) => Object.fromEntries(phases.map((phase) => [phase.name, phase.ms]));

const siteLog = (checkAt: number) =>
  log([
    [1000, '[content] Syncing content'],
    [checkAt, '[leernetwerk:content-check] Inhoud gecontroleerd: 1000 bestanden in 2,5 s.'],
    [3000, '[content] Synced content'],
    [3000, '[build] ✓ Completed in 3.0s.'],
    [4000, ' generating static routes '],
    [9000, '✓ Completed in 5.00s.'],
    [9500, '[@astrojs/sitemap] `sitemap-index.xml` created'],
    [9600, '[leernetwerk:cms] Beheer (Decap CMS) geschreven'],
    [11000, "[leernetwerk:pagefind] Zoekindex gemaakt uit 1063 pagina's (1000 daarvan al gelezen terwijl de andere pagina's werden gemaakt)."],
  ].sort((a, b) => (a[0] as number) - (b[0] as number)) as Array<[number, string]>);

describe('the build phases read from the log', () => {
  it('split the build into start-up, content sync, bundles, rendering, sitemap, CMS files and Pagefind', () => {
    const phases = byName(phasesFromLog(siteLog(2000), 11200));
    expect(phases['start-up: config, routes, Vite']).toBe(1000);
    expect(phases["content sync: Astro's loaders, types"]).toBe(2000);
    expect(phases['Vite bundles']).toBe(1000);
    expect(phases['rendering pages']).toBe(5000);
    expect(phases.sitemap).toBe(500);
    expect(phases['CMS files (/admin/)']).toBe(100);
    expect(phases['Pagefind index after rendering: the last pages and writing it, what the sitemap and CMS files did not hide']).toBe(1400);
    expect(phases['the rest, until the process exits']).toBe(200);
  });

  it('count no waiting for the content check when it was done before the content sync', () => {
    expect(byName(phasesFromLog(siteLog(2000), 11200))['waiting for the content check']).toBe(0);
  });

  it('count the time the build waited for the content check after the content sync', () => {
    const phases = byName(phasesFromLog(siteLog(3500), 11200));
    expect(phases['waiting for the content check']).toBe(500);
    expect(phases['Vite bundles']).toBe(500);
  });

  it("report the content check's own time from its log line", () => {
    expect(byName(phasesFromLog(siteLog(2000), 11200))['content check itself (worker thread, beside the phases above)']).toBe(2500);
  });

  it('skip the phases whose line never shows, as in the floor', () => {
    const floor = log([
      [800, '[content] Syncing content'],
      [2000, '[content] Synced content'],
      [2500, ' generating static routes '],
      [6000, '✓ Completed in 3.50s.'],
    ]);
    expect(phasesFromLog(floor, 6100).map((phase) => phase.name)).toEqual([
      'start-up: config, routes, Vite',
      "content sync: Astro's loaders, types",
      'Vite bundles',
      'rendering pages',
      'the rest, until the process exits',
    ]);
  });
});
