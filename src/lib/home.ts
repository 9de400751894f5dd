/** Key counts and the latest articles for the home page. */
import type { ArticleItem } from './types.ts';

/** How many articles, countries and outlets, and the newest `latest` articles (input is newest first). */
export function homeStats<T extends ArticleItem>(articles: readonly T[], latest = 10) {
  return {
    articles: articles.length,
    countries: new Set(articles.flatMap((a) => a.data.countries)).size,
    outlets: new Set(articles.map((a) => a.data.source.outlet)).size,
    latest: articles.slice(0, latest),
  };
}
