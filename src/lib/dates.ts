/** Dates as Dutch readers expect them ("14 maart 2025"), and age checks on profile dates. */

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

// Formatting is slow next to a lookup, and a big site shows the same days on thousands of cards.
const formatted = new Map<number, string>();

export function formatDate(date: Date): string {
  const time = date.getTime();
  let text = formatted.get(time);
  if (text === undefined) formatted.set(time, (text = longDate.format(date)));
  return text;
}
/** `2025-03-14`, for `<time datetime>`. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The date `months` calendar months before `now`. */
export function monthsBefore(now: Date, months: number): Date {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/** True when `date` lies more than `months` months before `now`. */
export function isOlderThan(date: Date, months: number, now = new Date()): boolean {
  return date.getTime() < monthsBefore(now, months).getTime();
}
