/** Partial dates ("2025", "2025-11", "2025-11-28"): formatting and ordering. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "28 November 2025", "November 2025" or "2025", at the date's own precision; "Date unknown" when absent. */
export function formatPartialDate(date: string | undefined): string {
  if (!date) return 'Date unknown';
  const [year, month, day] = date.split('-');
  if (month === undefined) return String(year);
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** Sort key that puts newer dates first and unknown dates last; a month sorts after its own days. */
export function compareDatesDesc(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return b.localeCompare(a);
}

/** Ascending order for ledgers: oldest first, unknown last. */
export function compareDatesAsc(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a.localeCompare(b);
}

/** "YYYY-MM" of a date, or undefined when only the year is known. */
export function monthOf(date: string | undefined): string | undefined {
  return date && date.length >= 7 ? date.slice(0, 7) : undefined;
}

/** A partial date's span in UTC milliseconds: from its first instant to the first instant after it (end exclusive). */
export function partialDateSpan(date: string): { start: number; end: number } {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (day === undefined) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  return { start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1) };
}

/** The middle of a partial date's span in UTC milliseconds: "2025-11" is mid-November, "2025" is 2 July 2025. */
export function partialDateMiddle(date: string): number {
  const { start, end } = partialDateSpan(date);
  return (start + end) / 2;
}

/** A UTC midnight (milliseconds) moved by whole calendar months, within the month: 31 January + 1 is 28/29 February. */
export function addMonths(time: number, months: number): number {
  const d = new Date(time);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay));
}

/** True when `a` is certainly no later than `b`: it ends before `b` starts, or both are the same full day. */
export function isCertainlyNotLater(a: string, b: string): boolean {
  return partialDateSpan(a).end <= partialDateSpan(b).start || (a === b && a.length === 10);
}

/** The calendar date at `now` in the time zone furthest ahead (UTC+14): no place on Earth has reached a later day. */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** True when a partial date starts after `today` ("2027" is in the future on 2026-12-31, "2026" is not). */
export function isFutureDate(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}
