/** The benchmark's summaries (src/cli/bench/stats.ts): medians, ranges, ratios and round order. */
import { describe, expect, test } from 'vitest';
import { formatLoad, formatRatio, formatSpread, median, ratio, rotate, summarize } from '../../src/cli/bench/stats.ts';

describe('median', () => {
  test('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  test('takes the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('summarize', () => {
  test('gives the median, the minimum, the maximum and the count', () => {
    expect(summarize([36.2, 31.5, 40.9])).toEqual({ median: 36.2, min: 31.5, max: 40.9, count: 3 });
  });

  test('refuses no values', () => {
    expect(() => summarize([])).toThrow(/no values/);
  });
});

describe('formatSpread', () => {
  test('writes the median with the range of the rounds', () => {
    expect(formatSpread(summarize([36.24, 31.51, 40.96]))).toBe('36.2 (31.5–41.0)');
  });

  test('writes only the median for one round', () => {
    expect(formatSpread(summarize([7.06]))).toBe('7.1');
  });
});

describe('ratio', () => {
  test('divides medians', () => {
    expect(ratio(30, 40)).toBe(0.75);
  });

  test('is undefined without a reference or with a zero one', () => {
    expect(ratio(30, undefined)).toBeUndefined();
    expect(ratio(undefined, 4)).toBeUndefined();
    expect(ratio(30, 0)).toBeUndefined();
  });
});

describe('formatRatio and formatLoad', () => {
  test('write two decimals and a times sign, or a dash for no ratio', () => {
    expect(formatRatio(0.8567)).toBe('0.86×');
    expect(formatRatio(undefined)).toBe('–');
  });

  test('write a load with one decimal, or "?"', () => {
    expect(formatLoad(3.16)).toBe('3.2');
    expect(formatLoad(Number.NaN)).toBe('?');
  });
});

describe('rotate', () => {
  test('starts each round one kind later, so no kind always follows the same one', () => {
    const kinds = ['full', 'bare', 'floor', 'hugo'];
    expect(rotate(kinds, 0)).toEqual(['full', 'bare', 'floor', 'hugo']);
    expect(rotate(kinds, 1)).toEqual(['bare', 'floor', 'hugo', 'full']);
    expect(rotate(kinds, 5)).toEqual(['bare', 'floor', 'hugo', 'full']);
    expect(rotate([], 2)).toEqual([]);
  });
});
