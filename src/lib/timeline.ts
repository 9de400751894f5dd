/** Articles per month for a country's timeline chart. */
import type { ArticleItem } from './types.ts';
import { monthOf } from './dates.ts';

/** One month's bar. */
export interface MonthBar {
  month: string;
  count: number;
}

/** Counts per month from the first to the last dated month, gaps included; articles dated only by year are left out. */
export function monthlyCounts(articles: readonly ArticleItem[]): { bars: MonthBar[]; undated: number } {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const a of articles) {
    const month = monthOf(a.data.source.published);
    if (!month) {
      undated++;
      continue;
    }
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  if (months.length === 0) return { bars: [], undated };
  const bars: MonthBar[] = [];
  let [y, m] = (months[0] as string).split('-').map(Number) as [number, number];
  const last = months[months.length - 1] as string;
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    bars.push({ month, count: counts.get(month) ?? 0 });
    if (month >= last) break;
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return { bars, undated };
}
