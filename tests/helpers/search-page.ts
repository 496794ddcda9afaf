/** Reading the /zoeken/ page in tests: wait for a finished search, then read its results. */
import type { Page } from 'playwright-core';

export interface ShownResult {
  kind: string;
  title: string;
  href: string;
}

/** Waits until the status line reports a finished search (results or none). */
export async function waitForSearch(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return /resultaat|resultaten|Geen resultaten/.test(text);
  }, null, { timeout: 15_000 });
  return (await page.textContent('#search-status')) ?? '';
}

export async function shownResults(page: Page): Promise<ShownResult[]> {
  return page.$$eval('#search-results > li', (items) =>
    items.map((item) => ({
      kind: item.querySelector('.card__kind')?.textContent ?? '',
      title: item.querySelector('h2')?.textContent ?? '',
      href: new URL(item.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
    })),
  );
}

/** Opens /zoeken/ with the given URL parameters and returns the status line and results. */
export async function searchFor(open: (path: string) => Promise<Page>, params: Record<string, string | string[]>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const one of [value].flat()) query.append(key, one);
  const page = await open(`/zoeken/?${query}`);
  const status = await waitForSearch(page);
  return { page, status, results: await shownResults(page) };
}
