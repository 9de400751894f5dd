/** Key counts and the latest articles for the home page. */
import type { ArticleItem } from './types.ts';
import { sortByAdded } from './feeds.ts';

/**
 * How many articles, countries and outlets; the `latest` newest reports by publication date (input is newest first);
 * and the `latest` entries most recently added here, whatever their report's date.
 */
export function homeStats<T extends ArticleItem>(articles: readonly T[], latest = 10) {
  return {
    articles: articles.length,
    countries: new Set(articles.flatMap((a) => a.data.countries)).size,
    outlets: new Set(articles.map((a) => a.data.source.outlet)).size,
    latest: articles.slice(0, latest),
    recentlyAdded: sortByAdded(articles).slice(0, latest),
  };
}
