/**
 * One benchmark run: generate N entries into a temporary folder, build the
 * site and the bare-Astro floor from them, measure both, and measure search
 * and a content page in Chromium. Returns every figure; table.ts prints them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureInBrowser, type BrowserFigures, type SearchVisit } from './browser-measure.ts';
import { runAstroBuild, type BuildRun } from './build-run.ts';
import { generateContent, type GeneratedContent } from './content-generator.ts';
import { writeFloorProject } from './floor-project.ts';
import { folderSize, javascriptInHtml, typicalContentPage, type ContentPage } from './site-size.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BenchOptions {
  entries: number;
  seed?: number;
  /** Where to put content, builds and the floor project; a new temporary folder by default. */
  workDir?: string;
  /** Keep the work folder afterwards (to look at the generated content or the builds). */
  keep?: boolean;
  /** How often to repeat each search measurement; the median counts. */
  searchRuns?: number;
  /** Write a V8 CPU profile of the site's build into this folder. */
  profileDir?: string;
  log?: (message: string) => void;
}

export interface BuiltSite {
  build: Omit<BuildRun, 'output'>;
  pages: number;
  pagesPerSecond: number;
  distBytes: number;
  pagefindBytes: number;
  contentPage: ContentPage & { javascriptInHtml: number };
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  astro: string;
  date: string;
  /** 1-minute load average just before each build: other work on the machine skews the times. */
  loadBefore: { site: number; floor: number };
}

export interface BenchResult {
  entries: number;
  content: GeneratedContent;
  machine: Machine;
  site: BuiltSite;
  floor: BuiltSite;
  /** Our build time divided by the floor's. */
  buildRatio: number;
  browser: BrowserFigures;
  workDir: string;
}

function measureSite(build: BuildRun, outDir: string, sections: string[]): BuiltSite {
  const { output: _output, ...figures } = build;
  const dist = folderSize(outDir);
  const page = typicalContentPage(outDir, sections);
  return {
    build: figures,
    pages: dist.htmlPages,
    pagesPerSecond: dist.htmlPages / (build.wallMs / 1000),
    distBytes: dist.bytes,
    pagefindBytes: folderSize(path.join(outDir, 'pagefind')).bytes,
    contentPage: { ...page, javascriptInHtml: javascriptInHtml(outDir, page.sitePath) },
  };
}

function assertBuilt(build: BuildRun, what: string): void {
  if (build.exitCode === 0) return;
  const tail = build.output.split('\n').slice(-40).join('\n');
  throw new Error(`Building ${what} failed (exit ${build.exitCode}):\n${tail}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The visit with the median time to first result, so its timeline explains the reported time. */
function medianVisit(visits: SearchVisit[]): SearchVisit {
  const time = median(visits.map((visit) => visit.firstResultMs));
  return visits.find((visit) => visit.firstResultMs === time)!;
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const workDir = options.workDir ?? mkdtempSync(path.join(tmpdir(), 'leernetwerk-bench-'));
  mkdirSync(workDir, { recursive: true });
  try {
    log(`Generating ${options.entries} entries in ${workDir}/content ...`);
    const content = generateContent({ entries: options.entries, contentDir: path.join(workDir, 'content'), seed: options.seed });

    const floorProject = writeFloorProject({
      root: path.join(workDir, 'floor'),
      contentDir: content.contentDir,
      nodeModules: path.join(projectRoot, 'node_modules'),
    });
    const floorLoad = loadavg()[0]!;
    log('Building the floor (bare Astro, one page per entry) ...');
    const floorBuild = await runAstroBuild({ cwd: floorProject.root, astroBin });
    assertBuilt(floorBuild, 'the floor project');

    const siteOut = path.join(workDir, 'site');
    const siteLoad = loadavg()[0]!;
    log('Building the site ...');
    const siteBuild = await runAstroBuild({
      cwd: projectRoot,
      astroBin,
      env: {
        LEERNETWERK_CONTENT_DIR: content.contentDir,
        LEERNETWERK_OUT_DIR: siteOut,
        LEERNETWERK_CACHE_DIR: path.join(workDir, 'site-cache'),
      },
      nodeFlags: options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [],
    });
    assertBuilt(siteBuild, 'the site');

    const site = measureSite(siteBuild, siteOut, ['prototypen', 'lessen', 'wie-weet-wat']);
    const floor = measureSite(floorBuild, floorProject.outDir, ['prototypes', 'lessons', 'experts']);

    log('Measuring a content page and search in Chromium ...');
    const runs = Math.max(1, options.searchRuns ?? 3);
    const visits: BrowserFigures[] = [];
    for (let run = 0; run < runs; run++) {
      visits.push(await measureInBrowser({ siteDir: siteOut, contentPath: site.contentPage.sitePath, queries: content.queries }));
    }
    const browser: BrowserFigures = {
      contentPage: visits[0]!.contentPage,
      searchCold: medianVisit(visits.map((visit) => visit.searchCold)),
      searchWarm: medianVisit(visits.map((visit) => visit.searchWarm)),
      searchPhone: medianVisit(visits.map((visit) => visit.searchPhone)),
    };

    return {
      entries: options.entries,
      content,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryBytes: totalmem(),
        node: process.version,
        astro: JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'astro', 'package.json'), 'utf8')).version,
        date: new Date().toISOString().slice(0, 10),
        loadBefore: { site: siteLoad, floor: floorLoad },
      },
      site,
      floor,
      buildRatio: siteBuild.wallMs / floorBuild.wallMs,
      browser,
      workDir,
    };
  } finally {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
}
