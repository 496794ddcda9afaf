/**
 * Per werkgebied where a question goes (/zoeken/vragen.json, src/pages/zoeken/vragen.json.ts),
 * not written into the search page so the page does not grow with the network. Fetched once
 * per page visit, when a question needs it; a failed fetch is tried again the next time it is needed.
 */
import type { AnswerRegion } from '../answer.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isRegion = (value: unknown): value is AnswerRegion =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  typeof value.name === 'string' &&
  (value.ask === undefined || (isRecord(value.ask) && typeof value.ask.email === 'string'));

async function fetchRegions(url: string): Promise<AnswerRegion[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const data: unknown = await response.json();
  if (!Array.isArray(data) || !data.every(isRegion)) throw new Error(`${url}: not a list of werkgebieden`);
  return data;
}

/** Loads the werkgebieden from `url` on the first call and keeps them; undefined while they cannot be loaded. */
export function askRegionsLoader(url: string | undefined): () => Promise<AnswerRegion[] | undefined> {
  let loading: Promise<AnswerRegion[] | undefined> | undefined;
  return () => {
    if (url === undefined) return Promise.resolve(undefined);
    loading ??= fetchRegions(url).catch(() => {
      loading = undefined;
      return undefined;
    });
    return loading;
  };
}
