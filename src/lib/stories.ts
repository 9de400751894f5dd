/** A story's coverage: the articles about one event, in the order they were published. */
import { compareDatesAsc, isCertainlyNotLater } from './dates.ts';
import type { ArticleItem } from './types.ts';

/** One article in a coverage cluster; `first` marks the report(s) certainly published first. */
export interface CoverageItem<T extends ArticleItem> {
  article: T;
  first: boolean;
}

/**
 * Orders a story's articles oldest first and marks the first report, only where that is certain: a report is first
 * when every other report is dated and none can be earlier ("December 2025" is not before "18 December 2025").
 */
export function buildCoverage<T extends ArticleItem>(articles: readonly T[]): CoverageItem<T>[] {
  const sorted = [...articles].sort(
    (a, b) => compareDatesAsc(a.data.source.published, b.data.source.published) || a.id.localeCompare(b.id),
  );
  const dates = sorted.map((a) => a.data.source.published);
  const isFirst = (date: string | undefined, index: number): boolean =>
    date !== undefined &&
    dates.every((other, j) => j === index || (other !== undefined && isCertainlyNotLater(date, other)));
  return sorted.map((article, i) => ({ article, first: isFirst(article.data.source.published, i) }));
}

/** Distinct reports, outlets that carried them (copies included) and places published, for a story's counts. */
export function countCoverage(articles: readonly ArticleItem[]): { reports: number; outlets: number; places: number } {
  const outlets = new Set<string>();
  let places = 0;
  for (const { data } of articles) {
    outlets.add(data.source.outlet);
    places += 1 + (data.copies?.length ?? 0);
    for (const copy of data.copies ?? []) outlets.add(copy.outlet);
  }
  return { reports: articles.length, outlets: outlets.size, places };
}

/** The other articles of the same story, excluding `article` itself. */
export function otherCoverage<T extends ArticleItem>(article: ArticleItem, all: readonly T[]): T[] {
  if (article.data.story === undefined) return [];
  return all.filter((a) => a.data.story === article.data.story && a.id !== article.id);
}
