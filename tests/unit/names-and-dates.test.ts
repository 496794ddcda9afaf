import { describe, expect, it } from 'vitest';
import { formatDate, isOlderThan, monthsBefore } from '../../src/lib/dates.ts';
import { compareBySurname, surnameSortKey } from '../../src/lib/names.ts';
import { closestMatch } from '../../src/content-check/suggest.ts';

describe('Dutch names', () => {
  it('sorts by surname without tussenvoegsels', () => {
    const names = ['Anouk de Vries', 'Fatima el Amrani', 'Bram Jonker', 'Marieke van Dijk', 'Erik Bakker'];
    expect([...names].sort(compareBySurname)).toEqual(['Fatima el Amrani', 'Erik Bakker', 'Marieke van Dijk', 'Bram Jonker', 'Anouk de Vries']);
    expect(surnameSortKey('Jan van der Berg')).toBe('berg jan');
  });
});

describe('dates', () => {
  it('writes dates in Dutch', () => {
    expect(formatDate(new Date('2025-03-14T00:00:00Z'))).toBe('14 maart 2025');
  });

  it('tells when a date is more than a number of months ago', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(monthsBefore(now, 12).toISOString().slice(0, 10)).toBe('2025-11-25');
    expect(isOlderThan(new Date('2025-11-24'), 12, now)).toBe(true);
    expect(isOlderThan(new Date('2025-11-25'), 12, now)).toBe(false);
    expect(isOlderThan(new Date('2026-06-01'), 12, now)).toBe(false);
  });
});

describe('suggestions for typos', () => {
  it('suggests the closest id, and nothing for a wild guess', () => {
    expect(closestMatch('alkmar-noord', ['alkmaar-noord', 'heiloo'])).toBe('alkmaar-noord');
    expect(closestMatch('sumary', ['summary', 'title'])).toBe('summary');
    expect(closestMatch('xyz', ['alkmaar-noord', 'heiloo'])).toBeUndefined();
  });
});
