import { describe, expect, it } from 'vitest';
import { hubCardLimit, hubSection, newestInSearch } from '../../src/search/hub-links.ts';
import { searchKind } from '../../src/search/contract.ts';

describe('hub sections', () => {
  it('shows every card when there are few, and the newest twelve with a link to search when there are many', () => {
    expect(hubCardLimit).toBe(12);
    const few = Array.from({ length: hubCardLimit }, (_, index) => index);
    expect(hubSection(few, newestInSearch({ thema: ['autisme'] }), 'lessen')).toEqual({ shown: few });
    const many = Array.from({ length: 30 }, (_, index) => index);
    const section = hubSection(many, newestInSearch({ thema: ['autisme'], soort: [searchKind.lesson] }), 'lessen');
    expect(section.shown).toEqual(many.slice(0, hubCardLimit));
    expect(section.more).toEqual({ href: '/zoeken/?thema=autisme&soort=les&sortering=datum', label: 'Bekijk alle 30 lessen in het zoeken' });
  });

  it('links to the hub’s own filter first, then the kind, newest first', () => {
    const many = Array.from({ length: hubCardLimit + 1 }, (_, index) => index);
    const section = hubSection(many, newestInSearch({ werkgebied: ['heiloo'], soort: [searchKind.prototype] }), 'goede voorbeelden');
    expect(section.more?.href).toBe('/zoeken/?werkgebied=heiloo&soort=prototype&sortering=datum');
  });
});
