/** Wording that depends on a number or a span: "1 article", "2 articles", "September 2025". */
import { formatPartialDate } from './dates.ts';

/** "1 article", "3 articles", "1,200 articles"; `plural` for irregular words ("1 copy", "2 copies"). */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

/** "September 2025" when both ends are the same, else "September 2025 to March 2026". */
export function formatDateSpan(first: string | undefined, last: string | undefined): string {
  if (first === last) return formatPartialDate(first);
  return `${formatPartialDate(first)} to ${formatPartialDate(last)}`;
}
