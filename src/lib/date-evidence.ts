/** Dates that a page's address gives away: the archive path most news sites file a report under. */

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY-MM-DD" (or "YYYY-MM" without a day) when the parts form a real date from 2000 to 2100, else undefined. */
function realDate(year: string, month: string, day?: string): string | undefined {
  const [y, m] = [Number(year), Number(month)];
  if (y < 2000 || y > 2100 || m < 1 || m > 12) return undefined;
  if (day === undefined) return `${year}-${month}`;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(y, m) ? `${year}-${month}-${day}` : undefined;
}

// A whole segment "20240315" or "2024-03-15", or one that starts with it and goes on after a separator
// ("2024-03-15-title", "20240315_1234.html"). A longer run of digits is an id or a timestamp, never a date.
const DATE_SEGMENT = /^(\d{4})(-?)(\d{2})\2(\d{2})(?:[-_.].*)?$/u;

/** The dates each place in a path offers, in order. */
function candidatesOf(segments: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const [segment = '', next, after] = segments.slice(i, i + 3);
    const compact = DATE_SEGMENT.exec(segment);
    if (compact) {
      const date = realDate(compact[1] ?? '', compact[3] ?? '', compact[4] ?? '');
      if (date) found.push(date);
      continue;
    }
    // "/2024/03/15/" or "/2024/03/": a four-digit year segment, then a two-digit month, then perhaps a two-digit day.
    if (!/^\d{4}$/u.test(segment) || next === undefined || !/^\d{2}$/u.test(next)) continue;
    const day = after !== undefined && /^\d{2}$/u.test(after) ? after : undefined;
    // A two-digit segment after the month that is no day of it ("/2024/02/31/") makes the whole reading doubtful.
    const date = realDate(segment, next, day);
    if (date === undefined) continue;
    found.push(date);
    i += date.length === 10 ? 2 : 1;
  }
  return found;
}

/**
 * The partial date ("YYYY-MM-DD" or "YYYY-MM") a URL's path clearly carries, else undefined: "/2024/03/15/",
 * "/2024/03/", or a segment that is or starts with "20240315" / "2024-03-15" ("/news/2024-03-15-title"), always a real
 * date from 2000 to 2100. Digits inside ids, query strings, fragments and host names are never read; two places that
 * disagree give nothing.
 */
export function dateFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const segments = path.split('/').filter((segment) => segment !== '');
  const found = candidatesOf(segments);
  const longest = found.reduce<string | undefined>(
    (best, date) => (date.length > (best?.length ?? 0) ? date : best),
    undefined,
  );
  if (longest === undefined) return undefined;
  return found.every((date) => longest.startsWith(date)) ? longest : undefined;
}
