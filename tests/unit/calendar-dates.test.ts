/**
 * Dates that do not exist and dates in the future: refused by the schema
 * (isoDate), whether the date reaches it as text, as a YAML date read by the
 * content check, or as Astro's js-yaml reads it. A fixed "now" keeps the
 * tests from drifting with the calendar.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { datesAsWritten } from '../../src/content-check/dates-as-written.ts';
import { loadContentYaml } from '../../src/content-check/content-files.ts';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { calendarDate, futureGraceDays, impossibleDateMessage, isAfterToday } from '../../src/schemas/calendar-date.ts';
import { fileSchema } from '../../src/schemas/index.ts';
import { isoDate } from '../../src/schemas/shared.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { publicDir } from '../helpers/paths.ts';

const now = new Date('2026-12-01T12:00:00Z');
const pastDate = isoDate({ notInFuture: true, now: () => now });
const anyDate = isoDate({ now: () => now });

/** The message of a failed parse, or 'ok'. */
function verdict(schema: ReturnType<typeof isoDate>, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? 'ok' : result.error.issues.map((issue) => issue.message).join('; ');
}

describe('dates that do not exist', () => {
  it('refuses 30 February, naming the day and why', () => {
    expect(verdict(anyDate, '2025-02-30')).toBe('bestaat niet: 30 februari 2025 is geen echte datum, want februari 2025 heeft 28 dagen');
  });

  it('refuses 31 April', () => {
    expect(verdict(anyDate, '2025-04-31')).toBe('bestaat niet: 31 april 2025 is geen echte datum, want april heeft 30 dagen');
  });

  it('accepts 29 February in a leap year, and refuses it in other years', () => {
    expect(verdict(anyDate, '2024-02-29')).toBe('ok');
    expect(anyDate.parse('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(verdict(anyDate, '2000-02-29')).toBe('ok');
    expect(verdict(anyDate, '2025-02-29')).toBe('bestaat niet: 29 februari 2025 is geen echte datum, want februari 2025 heeft 28 dagen');
    expect(verdict(anyDate, '2100-02-29')).toMatch(/^bestaat niet: 29 februari 2100/);
  });

  it('refuses month 13 and month 0', () => {
    expect(verdict(anyDate, '2025-13-01')).toMatch(/^bestaat niet: 2025-13-01 is geen echte datum, want een jaar heeft 12 maanden \(maand 13 bestaat niet\)/);
    expect(verdict(anyDate, '2025-00-10')).toMatch(/^bestaat niet: 2025-00-10 is geen echte datum, want een jaar heeft 12 maanden \(maand 0 bestaat niet\)/);
  });

  it('refuses day 0', () => {
    expect(verdict(anyDate, '2025-01-00')).toBe('bestaat niet: 2025-01-00 is geen echte datum, want een maand begint bij dag 1');
  });

  it('accepts the last day of every month, and nothing after it', () => {
    for (const [month, days] of [[1, 31], [2, 28], [3, 31], [4, 30], [5, 31], [6, 30], [7, 31], [8, 31], [9, 30], [10, 31], [11, 30], [12, 31]]) {
      const mm = String(month).padStart(2, '0');
      expect(calendarDate(`2025-${mm}-${days}`)?.toISOString().slice(0, 10)).toBe(`2025-${mm}-${days}`);
      expect(calendarDate(`2025-${mm}-${days + 1}`)).toBeUndefined();
    }
  });

  it('still tells a badly written date from one that does not exist', () => {
    expect(verdict(anyDate, '14-03-2026')).toBe('is geen geldige datum: schrijf jaar-maand-dag, bijvoorbeeld 2025-03-14');
    expect(impossibleDateMessage('14-03-2026')).toBeUndefined();
    expect(impossibleDateMessage('2025-02-30T10:00:00Z')).toMatch(/^bestaat niet: 30 februari 2025/);
  });
});

describe('dates in the future', () => {
  it('refuses a date a year ahead', () => {
    expect(verdict(pastDate, '2027-12-01')).toBe('ligt in de toekomst: 1 december 2027 is na vandaag. Vul de echte datum in; is het jaartal een tikfout?');
    expect(verdict(pastDate, new Date('2062-12-01T00:00:00Z'))).toMatch(/^ligt in de toekomst: 1 december 2062/);
  });

  it('accepts today and yesterday', () => {
    expect(verdict(pastDate, '2026-12-01')).toBe('ok');
    expect(verdict(pastDate, '2026-11-30')).toBe('ok');
  });

  it(`allows ${futureGraceDays} day ahead for time zones, and not a day more`, () => {
    // 00:30 on 2 December in the Netherlands is still 1 December in UTC, where the build runs.
    const justBeforeMidnightUtc = new Date('2026-12-01T23:30:00Z');
    expect(isAfterToday(new Date('2026-12-02T00:00:00Z'), justBeforeMidnightUtc)).toBe(false);
    expect(isAfterToday(new Date('2026-12-03T00:00:00Z'), justBeforeMidnightUtc)).toBe(true);
    expect(verdict(pastDate, '2026-12-02')).toBe('ok');
    expect(verdict(pastDate, '2026-12-03')).toMatch(/^ligt in de toekomst: 3 december 2026/);
  });

  it('leaves future dates alone where the field allows them', () => {
    expect(verdict(anyDate, '2062-12-01')).toBe('ok');
  });

  it('checks a date that does not exist before asking whether it is in the future', () => {
    expect(verdict(pastDate, '2062-02-30')).toMatch(/^bestaat niet: 30 februari 2062/);
  });
});

describe('reading dates from YAML', () => {
  it('keeps a date that does not exist as written, where plain js-yaml rolls it over', () => {
    const text = 'date: 2025-02-30\nupdated: 2025-03-02\nwhen: 2025-04-31T10:00:00Z';
    expect(yaml.load(text)).toMatchObject({ date: new Date('2025-03-02T00:00:00Z') });
    expect(loadContentYaml(text)).toEqual({
      date: '2025-02-30',
      updated: new Date('2025-03-02T00:00:00Z'),
      when: '2025-04-31T10:00:00Z',
    });
  });

  it('makes the content check name the file, the field and the day, and nothing else', () => {
    const errors = checkContent(contentWithCase('impossible-date'), publicDir).problems.map(formatProblem);
    expect(errors).toEqual([
      'content/lessons/dertig-februari.md: veld "date": bestaat niet: 30 februari 2025 is geen echte datum, want februari 2025 heeft 28 dagen',
      'content/lessons/dertig-februari.md: veld "updated": bestaat niet: 31 april 2025 is geen echte datum, want april heeft 30 dagen',
    ]);
  });

  it("gives Astro's rolled-over date back as written, so the schema refuses it there too", () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dates-'));
    const file = path.join(folder, 'dertig-februari.md');
    const frontmatter = [
      'title: Een les op een dag die niet bestaat',
      'summary: De datum is 30 februari, en die dag is er niet in 2025.',
      'date: 2025-02-30',
      'updated: 2025-03-02',
      'regions: [duinrand]',
      'topics: [autisme]',
    ].join('\n');
    writeFileSync(file, `---\n${frontmatter}\n---\nTekst.\n`);
    // What Astro hands the schema: js-yaml's default reading of the frontmatter.
    const astroData = yaml.load(frontmatter) as Record<string, unknown>;
    const data = datesAsWritten(astroData, file);
    expect(data).toMatchObject({ date: '2025-02-30', updated: new Date('2025-03-02T00:00:00Z') });
    const result = fileSchema('lessons').safeParse(data);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'date: bestaat niet: 30 februari 2025 is geen echte datum, want februari 2025 heeft 28 dagen',
    ]);
  });

  it('does not read a file again when it has no dates', () => {
    let reads = 0;
    const data = { name: 'Duinrand' };
    expect(datesAsWritten(data, '/nergens/duinrand.yaml', () => (reads++, ''))).toBe(data);
    expect(reads).toBe(0);
  });
});
