/** Pure summaries of repeated measurements (median, range, ratios) and their formatting for the benchmark's tables. */

/** The median and the range of several rounds of one measurement. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many values were summarized. */
  count: number;
}

/** The median of `values` (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median, minimum and maximum of `values`; throws on none, since a table row needs at least one round. */
export function summarize(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('summarize: no values');
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), count: values.length };
}

/** "12.3 (11.9–13.0)": the median with the range of the rounds, one decimal; only the median for a single round. */
export function formatSpread(spread: Spread, digits = 1): string {
  const m = spread.median.toFixed(digits);
  return spread.count > 1 ? `${m} (${spread.min.toFixed(digits)}–${spread.max.toFixed(digits)})` : m;
}

/** `a / b`, or undefined when either is missing or `b` is not positive (no reference measured). */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || !(b > 0) || !Number.isFinite(a) ? undefined : a / b;
}

/** "0.85×", or "–" when there is no ratio (e.g. no Hugo on the PATH). */
export function formatRatio(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(2)}×`;
}

/** A load average reading with one decimal, "?" when unknown. */
export function formatLoad(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '?' : value.toFixed(1);
}

/** Rotates `items` left by `round` places (round 0 is the original order), so no item always follows the same one. */
export function rotate<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return [];
  const k = ((round % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
