/** The one door to Astro's content layer: loads every collection once, drops drafts, sorts, memoizes. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, sortArticles } from './facets.ts';

/** An article entry as Astro loads it (renderable). */
export type ArticleEntry = CollectionEntry<'articles'>;

/** Everything the pages read. */
export interface SiteData {
  articles: ArticleEntry[];
  outlets: Map<string, CollectionEntry<'outlets'>>;
  topics: Map<string, CollectionEntry<'topics'>>;
  stories: Map<string, CollectionEntry<'stories'>>;
  /** Countries that have a page (at least one published article). */
  countries: Set<string>;
}

let cached: Promise<SiteData> | undefined;

/** Published articles newest first, and the vocabularies by id. */
export function getSiteData(): Promise<SiteData> {
  cached ??= (async () => {
    const [articles, outlets, topics, stories] = await Promise.all([
      getCollection('articles'),
      getCollection('outlets'),
      getCollection('topics'),
      getCollection('stories'),
    ]);
    const published = sortArticles(articles.filter(isPublished));
    return {
      articles: published,
      countries: new Set(published.flatMap((a) => a.data.countries)),
      outlets: new Map(outlets.map((o) => [o.id, o])),
      topics: new Map(topics.map((t) => [t.id, t])),
      stories: new Map(stories.map((s) => [s.id, s])),
    };
  })();
  return cached;
}
