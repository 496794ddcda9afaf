/**
 * What the search page shows: result items with the searched words marked,
 * filter counts and the status line. Content is written with text nodes
 * only, never as HTML. Knows nothing of Pagefind beyond the shape of a result.
 */
import { searchControls, searchPage } from '../../i18n/nl-search.ts';
import { metaKeys } from '../contract.ts';
import { highlight, type Segment } from '../highlight.ts';
import type { SearchState } from '../url-state.ts';
import type { FilterCounts, PagefindResultData } from './pagefind.ts';

export function resultItem(result: PagefindResultData, terms: string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result stack stack-2xs';

  const kind = document.createElement('p');
  kind.className = 'card__kind';
  kind.textContent = result.meta[metaKeys.kind] ?? '';

  const heading = document.createElement('h2');
  heading.className = 'result__title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta[metaKeys.title] ?? result.url;
  heading.append(link);
  item.append(kind, heading);

  const excerpt = excerptSegments(result.excerpt);
  // Words Pagefind matched (its stemmed forms included) are marked in the summary too.
  const matchedWords = [...terms, ...excerpt.filter((segment) => segment.marked).map((segment) => segment.text)];
  const summaryText = result.meta[metaKeys.summary];
  if (summaryText) {
    const summary = document.createElement('p');
    summary.className = 'result__summary';
    const segments = highlight(summaryText, matchedWords);
    textWithMarks(summary, segments);
    item.append(summary);
    if (!segments.some((segment) => segment.marked) && excerpt.some((segment) => segment.marked)) {
      item.append(excerptParagraph(excerpt));
    }
  } else if (excerpt.length > 0) {
    item.append(excerptParagraph(excerpt));
  }

  const details = [result.meta[metaKeys.regions], result.meta[metaKeys.date]].filter(Boolean).join(' · ');
  if (details) {
    const meta = document.createElement('p');
    meta.className = 'result__meta muted';
    meta.textContent = details;
    item.append(meta);
  }
  return item;
}

function textWithMarks(element: HTMLElement, segments: Segment[]): void {
  for (const segment of segments) {
    if (!segment.marked) {
      element.append(segment.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = segment.text;
    element.append(mark);
  }
}

/** Pagefind's excerpt as segments: its <mark>s kept, anything else reduced to text. */
function excerptSegments(excerpt: string): Segment[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...parsed.body.firstChild!.childNodes].flatMap((node): Segment[] => {
    const text = node.textContent ?? '';
    if (node.nodeName !== 'MARK') return [{ text, marked: false }];
    // Pagefind marks "Autisme," with its comma; mark only the word.
    const [, word = text, rest = ''] = /^(.*?[\p{L}\p{N}])([^\p{L}\p{N}]*)$/u.exec(text) ?? [];
    return [{ text: word, marked: true }, { text: rest, marked: false }];
  });
}

function excerptParagraph(segments: Segment[]): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'result__excerpt';
  paragraph.append('… ');
  textWithMarks(paragraph, segments);
  paragraph.append(' …');
  return paragraph;
}

/**
 * Shows the number of results per filter value next to each checkbox. A filter
 * Pagefind has not counted (not loaded yet, or partial matches) shows no number rather than a wrong 0.
 */
export function showCounts(checkboxes: readonly HTMLInputElement[], counts: FilterCounts | undefined): void {
  for (const box of checkboxes) {
    const label = box.labels?.[0]?.querySelector('[data-count-for]');
    const counted = counts?.[box.name];
    if (label) label.textContent = counted ? `(${counted[box.value] ?? 0})` : '';
  }
}

/** Marks each filter group with how many of its values are chosen, and opens the groups that have any. */
export function showChosen(form: HTMLFormElement): void {
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
    const chosen = details.querySelectorAll('input:checked').length;
    if (chosen > 0) details.open = true;
    details.querySelector('[data-chosen]')!.textContent = chosen > 0 ? searchPage.chosenCount(chosen) : '';
  }
}

/** What the status line needs of a search's outcome (src/search/client/engine.ts). */
interface StatusFacts {
  words: readonly string[];
  ignored: readonly string[];
  partialOnly: boolean;
}

const filterText = (state: SearchState) => {
  const count = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  return count > 0 ? searchPage.withFilters(count) : '';
};

/** The status line after a search with results; it names the words found nowhere. */
export function resultsStatus(state: SearchState, count: number, outcome: StatusFacts): string {
  const partial = outcome.partialOnly ? searchPage.partialMatches : '';
  if (outcome.ignored.length > 0) {
    const rest = searchControls.resultsForTheRest(count, outcome.words.join(' '));
    return `${partial}${searchControls.ignored(outcome.ignored)}; ${rest}${filterText(state)}.`;
  }
  return `${partial}${searchPage.resultsFor(count, state.query)}${filterText(state)}.`;
}

/** The status line when nothing is found, saying so when no word of the query is on the site. */
export function noResultsStatus(state: SearchState, outcome: StatusFacts | undefined): string {
  const nowhere = outcome && outcome.ignored.length > 0 && outcome.words.length === 0;
  return searchPage.noResults(state.query) + (nowhere ? ` ${searchControls.nowhere(outcome.ignored.length)}` : '');
}
