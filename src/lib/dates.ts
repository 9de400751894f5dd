/** Partial dates ("2025", "2025-11", "2025-11-28"): formatting and ordering. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

/** The calendar date at `now` in the time zone furthest ahead (UTC+14): no place on Earth has reached a later day. */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** True when a partial date starts after `today` ("2027" is in the future on 2026-12-31, "2026" is not). */
export function isFutureDate(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}
