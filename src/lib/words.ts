/** Wording that depends on a number or a span: "1 article", "2 articles", "September 2025". */
import { formatPartialDate } from './dates.ts';

/**
 * A whole number as en-GB writes it ("1,200"), without Intl: the first `toLocaleString` on a page loads locale data,
 * which cost the country filter tens of milliseconds per selection.
 */
export const formatWhole = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "1 article", "3 articles", "1,200 articles"; `plural` for irregular words ("1 copy", "2 copies"). */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatWhole(n)} ${n === 1 ? singular : plural}`;
}

/** "September 2025" when both ends are the same, else "September 2025 to March 2026". */
export function formatDateSpan(first: string | undefined, last: string | undefined): string {
  if (first === last) return formatPartialDate(first);
  return `${formatPartialDate(first)} to ${formatPartialDate(last)}`;
}
