/**
 * Calendar dates as editors write them (jaar-maand-dag): whether the day
 * exists, and whether it lies after today. `new Date('2025-02-30')` and
 * js-yaml both roll 30 February over to 2 March; these checks refuse it.
 */
import { nl } from '../i18n/nl.ts';

/** Exactly YYYY-MM-DD. */
export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
/** A date at the start of a text, as js-yaml reads timestamps too (2025-2-3T10:00:00Z). */
const datePrefixPattern = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

const monthNames = new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' });
const monthName = (month: number) => monthNames.format(Date.UTC(2000, month - 1, 1));

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why a text that starts with a date (2025-02-30, 2025-13-01T10:00:00Z) is not
 * a day on the calendar, as the editor reads it ("bestaat niet: 30 februari
 * 2025 is geen echte datum ..."); undefined for a real day or another text.
 */
export function impossibleDateMessage(text: string): string | undefined {
  const match = datePrefixPattern.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return nl.dates.noSuchMonth(match[0], month);
  if (day < 1) return nl.dates.noSuchDay(match[0]);
  const days = daysInMonth(year, month);
  if (day <= days) return undefined;
  const name = monthName(month);
  return nl.dates.tooManyDays(`${day} ${name} ${year}`, month === 2 ? `${name} ${year}` : name, days);
}

/** The day a YYYY-MM-DD text stands for, at 00:00 UTC; undefined when the text is not written so or the day does not exist. */
export function calendarDate(text: string): Date | undefined {
  if (!isoDatePattern.test(text) || impossibleDateMessage(text) !== undefined) return undefined;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/**
 * Leeway for "not in the future", in days: the build runs in UTC, so a date
 * written in the Netherlands just after midnight is still "tomorrow" there.
 */
export const futureGraceDays = 1;

const dayMs = 24 * 60 * 60 * 1000;
const startOfDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** True when the day of `date` is more than `graceDays` days after the day of `now` (both in UTC). */
export function isAfterToday(date: Date, now: Date, graceDays = futureGraceDays): boolean {
  return startOfDay(date) > startOfDay(now) + graceDays * dayMs;
}
