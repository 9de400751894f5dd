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

/** The first and last day a partial date can mean: "2025-12" spans 2025-12-01 to 2025-12-31. */
export function dateBounds(date: string): { start: string; end: string } {
  const [year = '', month, day] = date.split('-');
  if (day !== undefined) return { start: date, end: date };
  if (month === undefined) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(last).padStart(2, '0')}` };
}

/** True when `a` is certainly no later than `b`: every day `a` can mean is on or before every day `b` can mean. */
export function isCertainlyNotLater(a: string, b: string): boolean {
  return dateBounds(a).end <= dateBounds(b).start;
}
