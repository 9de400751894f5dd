/** Rows of the index pages: every country, outlet, topic and story with its counts. */
import { groupByFacet, countOutlets } from './facets.ts';
import { countryName } from './names.ts';
import type { ArticleItem, OutletItem, StoryItem, TopicItem } from './types.ts';

/** A country row: name, articles, outlets, latest date; sorted by number of articles. */
export function countryIndex(articles: readonly ArticleItem[]) {
  return groupByFacet(articles, 'countries').map((g) => ({
    code: g.key,
    name: countryName(g.key),
    articles: g.articles.length,
    outlets: countOutlets(g.articles),
    latest: g.latest,
  }));
}

/** Every outlet with its article count, by name. */
export function outletIndex(articles: readonly ArticleItem[], outlets: Iterable<OutletItem>) {
  const counts = new Map(groupByFacet(articles, 'outlet').map((g) => [g.key, g]));
  return [...outlets]
    .map((o) => ({ outlet: o, articles: counts.get(o.id)?.articles.length ?? 0, latest: counts.get(o.id)?.latest }))
    .sort((a, b) => a.outlet.data.name.localeCompare(b.outlet.data.name, 'en'));
}

/** Every topic with its article count, most used first. */
export function topicIndex(articles: readonly ArticleItem[], topics: Iterable<TopicItem>) {
  const counts = new Map(groupByFacet(articles, 'topics').map((g) => [g.key, g.articles.length]));
  return [...topics]
    .map((t) => ({ topic: t, articles: counts.get(t.id) ?? 0 }))
    .sort((a, b) => b.articles - a.articles || a.topic.id.localeCompare(b.topic.id));
}

/** Every story with its article count, newest first. */
export function storyIndex(articles: readonly ArticleItem[], stories: Iterable<StoryItem>) {
  const counts = new Map(groupByFacet(articles, 'story').map((g) => [g.key, g.articles.length]));
  return [...stories]
    .map((s) => ({ story: s, articles: counts.get(s.id) ?? 0 }))
    .sort((a, b) => b.story.data.date.localeCompare(a.story.data.date) || a.story.id.localeCompare(b.story.id));
}

/** Articles per country code, for the map. */
export function countryCounts(articles: readonly ArticleItem[]): Map<string, number> {
  return new Map(groupByFacet(articles, 'countries').map((g) => [g.key, g.articles.length]));
}
