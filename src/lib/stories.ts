/** A story's coverage: the articles about one event, in the order they were published. */
import { compareDatesAsc } from './dates.ts';
import type { ArticleItem } from './types.ts';

/** One article in a coverage cluster; `first` marks the earliest dated report(s). */
export interface CoverageItem<T extends ArticleItem> { article: T; first: boolean }

/** Orders a story's articles oldest first and marks the first report. */
export function buildCoverage<T extends ArticleItem>(articles: readonly T[]): CoverageItem<T>[] {
  const sorted = [...articles].sort((a, b) => compareDatesAsc(a.data.source.published, b.data.source.published) || a.id.localeCompare(b.id));
  const earliest = sorted[0]?.data.source.published;
  return sorted.map((article) => ({ article, first: earliest !== undefined && article.data.source.published === earliest }));
}

/** The other articles of the same story, excluding `article` itself. */
export function otherCoverage<T extends ArticleItem>(article: ArticleItem, all: readonly T[]): T[] {
  if (article.data.story === undefined) return [];
  return all.filter((a) => a.data.story === article.data.story && a.id !== article.id);
}
