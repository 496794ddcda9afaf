/**
 * The filter groups too large to be in the search page (src/search/facets.ts): each
 * names the JSON file with its [value, name] pairs (data-values). The file is fetched
 * once, when the group is opened or the search already uses one of its values, and
 * drawn as the same checkboxes as the groups in the page (src/pages/zoeken.astro).
 */
import { searchPage } from '../../i18n/nl-search.ts';
import { filterBoxId } from '../contract.ts';

export interface FetchedFilter {
  readonly key: string;
  /** Whether its checkboxes are on the page. */
  readonly drawn: boolean;
  /** Fetches and draws the values, once; a failed fetch says so in the group and is tried again on the next call. */
  load(): Promise<void>;
}

/** A value's checkbox with its name and count, as the page draws one. */
function option(key: string, value: string, name: string): HTMLDivElement {
  const row = document.createElement('div');
  row.className = 'facet__option';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = filterBoxId(key, value);
  box.name = key;
  box.value = value;
  const label = document.createElement('label');
  label.htmlFor = box.id;
  const count = document.createElement('span');
  count.className = 'facet__count';
  count.dataset.countFor = value;
  label.append(`${name} `, count);
  row.append(box, label);
  return row;
}

const isPairs = (data: unknown): data is Array<[string, string]> =>
  Array.isArray(data) && data.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'));

async function fetchPairs(url: string): Promise<Array<[string, string]>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const data: unknown = await response.json();
  if (!isPairs(data)) throw new Error(`${url}: not a list of [value, name] pairs`);
  return data;
}

/**
 * The fetched filter groups of `form`, by filter key. `onDrawn` gets a group's
 * checkboxes once they are on the page, to tick and count them as the search stands.
 */
export function fetchedFilters(form: HTMLFormElement, onDrawn: (boxes: HTMLInputElement[]) => void): Map<string, FetchedFilter> {
  const groups = new Map<string, FetchedFilter>();
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-values]')) {
    const key = details.dataset.facet!;
    const url = details.dataset.values!;
    const fieldset = details.querySelector('fieldset')!;
    const status = details.querySelector<HTMLElement>('[data-values-status]')!;
    let drawn = false;
    let loading: Promise<void> | undefined;

    const draw = (pairs: Array<[string, string]>) => {
      const rows = pairs.map(([value, name]) => option(key, value, name));
      status.remove();
      fieldset.append(...rows);
      drawn = true;
      onDrawn(rows.map((row) => row.querySelector('input')!));
    };
    const fail = () => {
      status.textContent = searchPage.filterValuesFailed;
      loading = undefined;
    };

    groups.set(key, {
      key,
      get drawn() {
        return drawn;
      },
      load() {
        if (!loading) {
          status.textContent = searchPage.filterValuesLoading;
          loading = fetchPairs(url).then(draw, fail);
        }
        return loading;
      },
    });
  }
  return groups;
}
