import { describe, expect, it } from 'vitest';
import { filterValues } from '../../src/search/filters.ts';
import { highlight } from '../../src/search/highlight.ts';
import { searchWords } from '../../src/search/query.ts';
import { textMatches, wordMatches } from '../../src/search/word-match.ts';
import { pagefindFilters, paramsFromState, stateFromParams } from '../../src/search/url-state.ts';

describe('search URL state', () => {
  it('reads query, filters and sort order from the URL and writes them back the same', () => {
    const params = new URLSearchParams('q=autisme&werkgebied=heiloo&werkgebied=langedijk&soort=les&sortering=datum');
    const state = stateFromParams(params);
    expect(state).toEqual({ query: 'autisme', filters: { soort: ['les'], werkgebied: ['heiloo', 'langedijk'] }, sort: 'datum' });
    expect(stateFromParams(paramsFromState(state))).toEqual(state);
  });

  it('ignores unknown keys, empty values and unknown sort orders', () => {
    const state = stateFromParams(new URLSearchParams('q=+&kleur=rood&thema=&sortering=alfabet'));
    expect(state).toEqual({ query: '', filters: {}, sort: 'relevantie' });
    expect(paramsFromState(state).toString()).toBe('');
  });

  it('turns several values of one filter into "any of these" for Pagefind', () => {
    const state = stateFromParams(new URLSearchParams('werkgebied=heiloo&werkgebied=langedijk&thema=autisme'));
    expect(pagefindFilters(state)).toEqual({ werkgebied: { any: ['heiloo', 'langedijk'] }, thema: { any: ['autisme'] } });
  });
});

describe('search words', () => {
  it('drops Dutch question words and small words that would hide good answers', () => {
    expect(searchWords('wie weet iets van ASS in groep 3?')).toEqual(['ASS', 'groep', '3?']);
    expect(searchWords('hoe vang ik een thuiszitter op')).toEqual(['vang', 'thuiszitter']);
  });

  it('keeps the query when it has nothing but small words', () => {
    expect(searchWords('wie is wie')).toEqual(['wie', 'is', 'wie']);
  });
});

describe('highlighting', () => {
  const marked = (text: string, terms: string[]) =>
    highlight(text, terms).filter((segment) => segment.marked).map((segment) => segment.text);

  it('marks word forms that share the beginning of a search word', () => {
    expect(marked('Samenwerking met de autistische leerling', ['samenwerken', 'autisme'])).toEqual(['Samenwerking', 'autistische']);
  });

  it('marks short words such as ASS only as whole words', () => {
    expect(marked('ASS en de klassen', ['ass'])).toEqual(['ASS']);
  });

  it('keeps the text intact around the marks', () => {
    const segments = highlight('Een <b>plusklas</b> in Heiloo', ['plusklas']);
    expect(segments.map((segment) => segment.text).join('')).toBe('Een <b>plusklas</b> in Heiloo');
  });
});

describe('search filters', () => {
  it('gives every filter value of a page, kind first', () => {
    expect(
      filterValues({ kind: 'prototype', regions: ['heiloo'], topics: ['autisme'], schoolTypes: ['po'], focusAreas: ['samenwerken'], status: 'afgerond' }),
    ).toEqual([
      ['soort', 'prototype'],
      ['werkgebied', 'heiloo'],
      ['thema', 'autisme'],
      ['onderwijstype', 'po'],
      ['speerpunt', 'samenwerken'],
      ['status', 'afgerond'],
    ]);
  });
});

describe('word matching (what counts as the searched word on a page)', () => {
  it('accepts word forms that share the start of the word, and the word as part of a longer word', () => {
    expect(wordMatches('autistische', 'autisme')).toBe(true);
    expect(wordMatches('Autismespectrumstoornis', 'autisme')).toBe(true);
    expect(wordMatches('samenwerking', 'samenwerken')).toBe(true);
    expect(wordMatches('plusklas', 'plusklassen')).toBe(true);
    expect(wordMatches('coördinator', 'coordinator')).toBe(true);
  });

  it('refuses fragments and look-alikes: "so" for "Sofie", "automatisch" for "autisme"', () => {
    expect(wordMatches('so', 'sofie')).toBe(false);
    expect(wordMatches('automatisch', 'autisme')).toBe(false);
    expect(wordMatches('klassen', 'ass')).toBe(false);
    expect(wordMatches('ASS', 'ass')).toBe(true);
  });

  it('reads a piece of page text with its punctuation, as Pagefind splits it', () => {
    expect(textMatches('(ASS),', 'ASS')).toBe(true);
    expect(textMatches('OPP-gesprek.', 'gesprek')).toBe(true);
    expect(textMatches('so-school,', 'Sofie')).toBe(false);
    expect(textMatches('3', '3?')).toBe(true);
    expect(textMatches('gesprek', '?')).toBe(false);
  });

  it('marks the word as part of a longer searched form in summaries too ("plusklas" for "plusklassen")', () => {
    const marked = highlight('De plusklas en de klas', ['plusklassen']).filter((segment) => segment.marked).map((segment) => segment.text);
    expect(marked).toEqual(['plusklas']);
  });
});
