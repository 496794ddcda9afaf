/**
 * The search page fetches where questions go per werkgebied (/zoeken/vragen.json)
 * once per visit, when a question needs it (src/search/client/ask-regions.ts);
 * a failed or malformed answer gives none, and the next call tries again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askRegionsLoader } from '../../src/search/client/ask-regions.ts';

const url = '/zoeken/vragen.json';
const regions = [
  { id: 'duinrand', name: 'Duinrand', ask: { name: 'Ans Testers', email: 'ans@proef.example' } },
  { id: 'polder', name: 'Polder' },
];

/** A fetch that answers with each of `bodies` in turn (a status number is an HTTP error), counting its calls. */
function fakeFetch(...bodies: unknown[]) {
  const fetch = vi.fn(async (requested: string) => {
    expect(requested).toBe(url);
    const body = bodies[Math.min(fetch.mock.calls.length - 1, bodies.length - 1)];
    return typeof body === 'number' ? new Response('', { status: body }) : Response.json(body);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the werkgebieden to ask, fetched by the search page', () => {
  it('fetches the file once, however many questions need it', async () => {
    const fetch = fakeFetch(regions);
    const load = askRegionsLoader(url);
    expect(fetch).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toEqual(regions);
    expect(await load()).toBe(second);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives none when the file cannot be loaded, and tries again the next time it is needed', async () => {
    const fetch = fakeFetch(404, regions);
    const load = askRegionsLoader(url);
    expect(await load()).toBeUndefined();
    expect(await load()).toEqual(regions);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('gives none when the file holds something else than werkgebieden', async () => {
    fakeFetch([{ id: 'duinrand', name: 'Duinrand', ask: { name: 'Ans Testers' } }]);
    expect(await askRegionsLoader(url)()).toBeUndefined();
    fakeFetch({ regions });
    expect(await askRegionsLoader(url)()).toBeUndefined();
  });

  it('fetches nothing when the page names no file', async () => {
    const fetch = fakeFetch(regions);
    expect(await askRegionsLoader(undefined)()).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });
});
