import { describe, expect, test } from 'vitest';
import { monthlyCounts } from '../../src/lib/timeline.ts';
import { makeItem } from './support.ts';

const dated = (...dates: (string | undefined)[]) => dates.map((published) => makeItem({ source: { published } }));

describe('monthlyCounts', () => {
  test('counts articles per month and fills months without articles with zero', () => {
    const { bars } = monthlyCounts(dated('2025-01-15', '2025-04', '2025-01-02'));
    expect(bars).toEqual([
      { month: '2025-01', count: 2 },
      { month: '2025-02', count: 0 },
      { month: '2025-03', count: 0 },
      { month: '2025-04', count: 1 },
    ]);
  });

  test('fills gaps across a year boundary', () => {
    const { bars } = monthlyCounts(dated('2025-02-01', '2024-11-30'));
    expect(bars.map((b) => b.month)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  test('skips year-only and undated articles and counts them apart', () => {
    const { bars, undated } = monthlyCounts(dated('2025', '2025-06', undefined));
    expect(bars).toEqual([{ month: '2025-06', count: 1 }]);
    expect(undated).toBe(2);
  });

  test('has no bars when no article has a month', () => {
    expect(monthlyCounts(dated('2024', undefined))).toEqual({ bars: [], undated: 2 });
    expect(monthlyCounts([])).toEqual({ bars: [], undated: 0 });
  });
});
