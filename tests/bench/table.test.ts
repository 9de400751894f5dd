/** The benchmark's Markdown tables (src/cli/bench/table.ts). */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/cli/bench/stats.ts';
import { buildsTable, figuresTable, formatBytes, ratios, type BenchResult } from '../../src/cli/bench/table.ts';

const GB = 1024 ** 3;
const kind = (seconds: number[], peakBytes = 0.5 * GB) => ({
  seconds: summarize(seconds),
  peakBytes,
  loadBefore: 2.04,
  loadDuring: 3.96,
});

/** A result at `n` articles; `over` puts the full site over its targets. */
function result(n: number, over = false): BenchResult {
  return {
    n,
    kinds: {
      cold: kind([30, 28, 33], over ? 2.2 * GB : 1.5 * GB),
      rebuild: kind(over ? [12, 11, 14] : [6, 5, 7]),
      bare: kind(over ? [20, 19, 22] : [40, 38, 41]),
      barePagefind: kind(over ? [25, 24, 27] : [50, 48, 52]),
      floor: kind([5, 4.5, 5.5]),
    },
    validateS: 2.9,
    searchIndexS: 9.6,
    pages: 12_016,
    distMb: 230.66,
    largestPageKb: 177.2,
    homeKb: 18.3,
    pathKb: 43.3,
    filterMs: 56,
    detail: '',
  };
}

describe('ratios', () => {
  test('divide the medians: full / bare, rebuild / cold, full / floor; none for Hugo when it did not run', () => {
    expect(ratios(result(10_000))).toEqual({
      fullOverBarePagefind: 0.6,
      fullOverBare: 0.75,
      fullOverHugo: undefined,
      rebuildOverCold: 0.2,
      fullOverFloor: 6,
    });
  });
});

describe('buildsTable', () => {
  test('has a row per kind that ran, seconds as median (min–max), peak memory and load', () => {
    const lines = buildsTable([result(1000)]).split('\n');
    expect(lines[0]).toBe('| N | run | seconds, median (min–max) | peak memory | load before | load during |');
    expect(lines.slice(2)).toEqual([
      '| 1,000 | full site, cold | 30.0 (28.0–33.0) | 1.50 GB | 2.0 | 4.0 |',
      '| 1,000 | full site, one article added | 6.0 (5.0–7.0) | 512 MB | 2.0 | 4.0 |',
      '| 1,000 | bare Astro, cold | 40.0 (38.0–41.0) | 512 MB | 2.0 | 4.0 |',
      '| 1,000 | bare Astro + Pagefind, cold | 50.0 (48.0–52.0) | 512 MB | 2.0 | 4.0 |',
      '| 1,000 | floor | 5.0 (4.5–5.5) | 512 MB | 2.0 | 4.0 |',
    ]);
  });

  test("marks the full site's peak memory over 1.1× bare Astro's at 10,000 articles", () => {
    expect(buildsTable([result(10_000, true)])).toContain('| full site, cold | 30.0 (28.0–33.0) | 2.20 GB ⚠ |');
    expect(buildsTable([result(1000, true)])).not.toContain('⚠');
  });
});

describe('figuresTable', () => {
  test('writes the ratios, then the figures of the site, a dash for no Hugo', () => {
    const [, , row] = figuresTable([result(10_000)]).split('\n');
    const figures = '2.9 | 9.6 | 12,016 | 230.7 | 177 | 18.3 | 43.3 ⚠ | 56';
    expect(row).toBe(`| 10,000 | 0.60× | 0.75× | – | 0.20× | 6.00× | ${figures} |`);
  });

  test('marks a full build over bare Astro + Pagefind or 1.3× bare Astro, and a rebuild over a quarter of cold', () => {
    const [, , row] = figuresTable([result(10_000, true)]).split('\n');
    expect(row).toContain('| 10,000 | 1.20× ⚠ | 1.50× ⚠ | – | 0.40× ⚠ |');
  });

  test('has as many cells in each row as in its head', () => {
    const [head, rule, row] = figuresTable([result(1000)]).split('\n');
    const cells = (line = '') => line.split('|').length;
    expect(cells(rule)).toBe(cells(head));
    expect(cells(row)).toBe(cells(head));
  });
});

describe('formatBytes', () => {
  test('writes gigabytes with two decimals and megabytes whole', () => {
    expect(formatBytes(2.28 * GB)).toBe('2.28 GB');
    expect(formatBytes(971 * 1024 ** 2)).toBe('971 MB');
  });
});
