/**
 * What a visitor's browser does with the built site, measured in Chromium:
 * the JavaScript a content page loads, and for a search on /zoeken/?q=...
 * the bytes transferred and the time until the first result shows, with a
 * cold cache (new browser context) and a warm one (same context, next query).
 * The site is served from this machine, so there is no network latency in
 * those times; they measure loading, Pagefind and rendering. The cold search
 * is also timed over an emulated phone connection, where every download the
 * search waits for costs a round trip.
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { startCountingProxy, type CountingProxy, type ServedResponse } from './counting-proxy.ts';

export interface Transfer {
  requests: number;
  /** Bytes as this uncompressed server sends them, headers included. */
  bytes: number;
  /** The same if the host gzips responses, as most do (already compressed files count as they are). */
  gzipBytes: number;
  /** The part of `bytes` under /pagefind/. */
  pagefindBytes: number;
  /** Bytes of JavaScript responses plus inline scripts. */
  javascriptBytes: number;
}

export interface TimelineStep {
  label: string;
  ms: number;
}

export interface SearchVisit {
  query: string;
  transfer: Transfer;
  /** From the start of navigation until the first `#search-results > li` is in the page. */
  firstResultMs: number;
  /** When the main downloads finished, relative to the start of navigation. */
  timeline: TimelineStep[];
}

export interface BrowserFigures {
  contentPage: { sitePath: string; transfer: Transfer };
  searchCold: SearchVisit;
  searchWarm: SearchVisit;
  /** The cold search again, over a connection like a phone's (`phoneConnection`). */
  searchPhone: SearchVisit;
}

/**
 * A phone's mobile connection, as Chromium emulates it: every request waits
 * a round trip, so what the search fetches one after the other adds up.
 */
export const phoneConnection = { latencyMs: 100, downloadBytesPerSecond: 1_500_000, uploadBytesPerSecond: 750_000 };

// Hosts let browsers keep assets for a while; without a cache header Chromium would refetch everything.
const cacheHeaders = { 'Cache-Control': 'public, max-age=3600' };

function sumTransfer(responses: ServedResponse[], inlineScriptBytes: number): Transfer {
  const sum = (list: ServedResponse[], key: 'bytes' | 'gzipBytes') => list.reduce((total, item) => total + item[key], 0);
  return {
    requests: responses.length,
    bytes: sum(responses, 'bytes'),
    gzipBytes: sum(responses, 'gzipBytes'),
    pagefindBytes: sum(responses.filter((response) => response.path.includes('/pagefind/')), 'bytes'),
    javascriptBytes: sum(responses.filter((response) => /javascript/.test(response.contentType)), 'bytes') + inlineScriptBytes,
  };
}

// Notes the moment the first search result is added, in the page's own clock (0 = start of navigation).
const watchFirstResult = () => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('#search-results > li')) {
      (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

const inlineScriptBytes = () =>
  [...document.querySelectorAll('script:not([src])')]
    .filter((script) => !script.getAttribute('type') || /javascript|module/.test(script.getAttribute('type')!))
    .reduce((total, script) => total + new TextEncoder().encode(script.textContent ?? '').length, 0);

const timelineSteps: Array<{ label: string; match: RegExp }> = [
  { label: 'HTML', match: /\/zoeken\/\?/ },
  { label: 'page script', match: /\/_astro\/.*\.js$/ },
  { label: 'pagefind.js', match: /\/pagefind\/pagefind\.js$/ },
  { label: 'Pagefind wasm', match: /\/pagefind\/wasm\.[^/]*$/ },
  { label: 'Pagefind meta', match: /\.pf_meta$/ },
  { label: 'filter index', match: /\.pf_filter$/ },
  { label: 'word index', match: /\.pf_index$/ },
  { label: 'result fragments', match: /\.pf_fragment$/ },
];

/** When each of the search's downloads finished (epoch ms), from the browser's timing of every request, workers' too. */
function recordFinishTimes(context: BrowserContext) {
  let finished: Array<{ url: string; endMs: number }> = [];
  context.on('requestfinished', (request) => {
    const timing = request.timing();
    finished.push({ url: request.url(), endMs: timing.startTime + Math.max(0, timing.responseEnd) });
  });
  return {
    timeline(navigationStart: number): TimelineStep[] {
      const steps = timelineSteps.flatMap(({ label, match }) => {
        const ends = finished.filter((request) => match.test(request.url)).map((request) => request.endMs);
        return ends.length > 0 ? [{ label, ms: Math.max(...ends) - navigationStart }] : [];
      });
      finished = [];
      return steps;
    },
  };
}

async function visitSearch(
  context: BrowserContext,
  proxy: CountingProxy,
  finishTimes: ReturnType<typeof recordFinishTimes>,
  query: string,
  overPhone = false,
): Promise<SearchVisit> {
  proxy.take();
  const page = await context.newPage();
  if (overPhone) {
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: phoneConnection.latencyMs,
      downloadThroughput: phoneConnection.downloadBytesPerSecond,
      uploadThroughput: phoneConnection.uploadBytesPerSecond,
    });
  }
  await page.goto(`${proxy.url}/zoeken/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-results > li', { timeout: 30_000 });
  await proxy.idle();
  const firstResultMs = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
  const navigationStart = await page.evaluate(() => performance.timeOrigin);
  const inline = await page.evaluate(inlineScriptBytes);
  await page.close();
  return { query, transfer: sumTransfer(proxy.take(), inline), firstResultMs, timeline: finishTimes.timeline(navigationStart) };
}

async function visitContentPage(context: BrowserContext, proxy: CountingProxy, sitePath: string) {
  proxy.take();
  const page = await context.newPage();
  await page.goto(`${proxy.url}${sitePath}`, { waitUntil: 'load' });
  await proxy.idle();
  const inline = await page.evaluate(inlineScriptBytes);
  await page.close();
  return { sitePath, transfer: sumTransfer(proxy.take(), inline) };
}

/** Serves `siteDir`, opens Chromium and measures a content page and two searches. */
export async function measureInBrowser(options: { siteDir: string; contentPath: string; queries: [string, string] }): Promise<BrowserFigures> {
  const server = await serveStatic(options.siteDir, { headers: cacheHeaders });
  const proxy = await startCountingProxy(server.url);
  const browser = await launchChromium();
  try {
    const pageContext = await browser.newContext();
    const contentPage = await visitContentPage(pageContext, proxy, options.contentPath);
    await pageContext.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(watchFirstResult);
    const finishTimes = recordFinishTimes(context);
    const searchCold = await visitSearch(context, proxy, finishTimes, options.queries[0]);
    const searchWarm = await visitSearch(context, proxy, finishTimes, options.queries[1]);
    await context.close();

    const phoneContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
    await phoneContext.addInitScript(watchFirstResult);
    const searchPhone = await visitSearch(phoneContext, proxy, recordFinishTimes(phoneContext), options.queries[0], true);
    await phoneContext.close();
    return { contentPage, searchCold, searchWarm, searchPhone };
  } finally {
    await browser.close();
    await proxy.close();
    await server.close();
  }
}
