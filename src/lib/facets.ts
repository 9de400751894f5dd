/** Grouping articles by a facet (country, outlet, topic, story) in one pass, in a deterministic order. */
import { compareDatesDesc } from './dates.ts';
import type { ArticleItem } from './types.ts';

/** The facets articles can be grouped by. */
export type Facet = 'countries' | 'outlet' | 'topics' | 'story';

/** One facet value and its articles (newest first). */
export interface FacetGroup<T extends ArticleItem = ArticleItem> {
  key: string;
  articles: T[];
  latest: string | undefined;
}

/** The keys an article has for a facet; an article belongs to the outlet it cites and to every outlet of a copy. */
export function facetKeys(article: ArticleItem, facet: Facet): string[] {
  const { data } = article;
  if (facet === 'countries') return data.countries;
  if (facet === 'topics') return data.topics;
  if (facet === 'outlet') return [data.source.outlet, ...(data.copies ?? []).map((copy) => copy.outlet)];
  return data.story === undefined ? [] : [data.story];
}

/** Groups `articles` by `facet`; groups sorted by article count, then key. Articles keep their input order. */
export function groupByFacet<T extends ArticleItem>(articles: readonly T[], facet: Facet): FacetGroup<T>[] {
  const groups = new Map<string, FacetGroup<T>>();
  for (const article of articles) {
    for (const key of new Set(facetKeys(article, facet))) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, articles: [], latest: undefined }));
      group.articles.push(article);
      const published = article.data.source.published;
      if (compareDatesDesc(published, group.latest) < 0) group.latest = published;
    }
  }
  return [...groups.values()].sort((a, b) => b.articles.length - a.articles.length || a.key.localeCompare(b.key));
}

/** Sorts articles newest first, undated last, then by title for a stable order. */
export function sortArticles<T extends ArticleItem>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) =>
      compareDatesDesc(a.data.source.published, b.data.source.published) ||
      a.data.title.localeCompare(b.data.title) ||
      a.id.localeCompare(b.id),
  );
}

/** Drops drafts. */
export function isPublished(article: ArticleItem): boolean {
  return article.data.draft !== true;
}

/** Number of distinct outlets among articles. */
export function countOutlets(articles: readonly ArticleItem[]): number {
  return new Set(articles.map((a) => a.data.source.outlet)).size;
}
