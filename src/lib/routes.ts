/** getStaticPaths builders: pages delegate here so no page sorts or filters. */
import type { SiteData, ArticleEntry } from './content.ts';
import { searchParts } from './search.ts';
import { groupByFacet, type FacetGroup } from './facets.ts';
import { capList, COUNTRY_LEDGER_LIMIT, countryOutlets, countryStories, isCut, splitOutlets } from './country-lists.ts';
import { buildLedger } from './figures.ts';
import { buildKeyFigures } from './key-figures.ts';
import { buildCoverage, otherCoverage } from './stories.ts';
import type { PaginateFunction } from 'astro';
import { PAGE_SIZE, pagedPaths, type ListPage } from './paginate.ts';
import { outletIndex, storyIndex } from './indexes.ts';
import { feedsOf, type FeedKind, type FeedNames } from './feed-list.ts';
import { outletNamer } from './outlets.ts';
import { cacheKey } from './cache-key.ts';
import { once } from './once.ts';

/**
 * What an article entry shows: its id, frontmatter and content digest (the body's rendering follows the digest).
 * Without a digest (a loader that gives none), the rendered HTML stands in for it.
 */
export function entryKey(entry: ArticleEntry): unknown {
  return { id: entry.id, data: entry.data, digest: entry.digest ?? entry.rendered?.html ?? entry.body ?? null };
}

/** The cache key of one article entry. */
export const entryDigest = once((entry: ArticleEntry) => cacheKey(entryKey(entry)));

/** The cache key of a list of articles in its order: a group's pages share it. */
export const listDigest = once((entries: readonly ArticleEntry[]) => cacheKey(entries.map(entryDigest)));

/**
 * The vocabularies every page may name (outlets, topics, stories, countries with a page), as one key: a change to
 * any of them re-renders every keyed page, which is rare and always right.
 */
export const referenceKey = once((data: SiteData) => {
  const byId = <T extends { data: unknown }>(map: Map<string, T>) => [...map].map(([id, e]) => [id, e.data]);
  return cacheKey(byId(data.outlets), byId(data.topics), byId(data.stories), data.countries);
});

/** The key of pages that count or list every article (the article, story and outlet lists): any change changes it. */
const corpusKey = once((data: SiteData) => cacheKey(referenceKey(data), listDigest(data.articles)));

/** The key of page `number` of a list drawn from one group's articles (a facet page or a country's full list). */
function groupPageKey(data: SiteData, group: FacetGroup<ArticleEntry>, number: number): string {
  return cacheKey(referenceKey(data), group.key, number, listDigest(group.articles));
}

/** Props of a paginated facet page (country, source, topic). */
export interface FacetPageProps {
  key: string;
  page: ListPage<ArticleEntry>;
  group: FacetGroup<ArticleEntry>;
}

/** Facet pages show their group's articles and names from the vocabularies: nothing else. */
function facetPages(
  data: SiteData,
  paginate: PaginateFunction,
  groups: FacetGroup<ArticleEntry>[],
  toParam: (key: string) => string,
  pageSize = PAGE_SIZE,
) {
  return groups.flatMap((group) =>
    pagedPaths(paginate, group.articles, {
      params: { id: toParam(group.key) },
      props: { key: group.key, group },
      pageSize,
      key: (number) => groupPageKey(data, group, number),
    }),
  );
}

/** Corrections newest first, as an article page lists them. */
export function newestFirst<T extends { date: string }>(corrections: readonly T[]): T[] {
  return [...corrections].sort((a, b) => b.date.localeCompare(a.date));
}

/** `/articles/<slug>/`. Stories are grouped once, so finding an article's other coverage scans no other article. */
export function articlePaths(data: SiteData) {
  const byStory = new Map(groupByFacet(data.articles, 'story').map((g) => [g.key, g.articles]));
  const reference = referenceKey(data);
  const partOf = searchParts(data.articles.map((a) => a.data.source.published));
  return data.articles.map((article) => {
    const others = otherCoverage(article, byStory.get(article.data.story ?? '') ?? []);
    const part = partOf(article.data.source.published);
    return {
      params: { slug: article.id },
      props: { article, others, fixes: newestFirst(article.data.corrections ?? []), part },
      // The page shows the article, its story's other coverage, names from the vocabularies and its part of the
      // search index (which other articles' dates decide): nothing else.
      cacheKey: cacheKey(reference, entryDigest(article), others.map(entryDigest), part),
    };
  });
}

/** The pages of a list drawn from the whole corpus (articles, stories, outlets): any change to it changes them all. */
function corpusListPaths<T>(data: SiteData, paginate: PaginateFunction, items: readonly T[]) {
  const corpus = corpusKey(data);
  return pagedPaths(paginate, items, { params: {}, props: {}, key: (number) => cacheKey(corpus, number) });
}

/** `/articles/`, `/articles/page/N/`. */
export function articleListPaths(data: SiteData, paginate: PaginateFunction) {
  return corpusListPaths(data, paginate, data.articles);
}

/**
 * Articles on each page of a country: fewer than elsewhere, since a country page also carries its key figures,
 * charts, stories and ledger and is on the reading path (home → country → article ≤ 40 KB gzipped).
 */
export const COUNTRY_PAGE_SIZE = 20;

/** `/countries/<iso>/` and its later pages. */
export function countryPaths(data: SiteData, paginate: PaginateFunction) {
  const groups = groupByFacet(data.articles, 'countries');
  return facetPages(data, paginate, groups, (key) => key.toLowerCase(), COUNTRY_PAGE_SIZE);
}

/** `/sources/<outlet>/` and its later pages; outlets with no article still get a profile page. */
export function sourcePaths(data: SiteData, paginate: PaginateFunction) {
  const groups = groupByFacet(data.articles, 'outlet');
  const known = new Set(groups.map((g) => g.key));
  for (const id of data.outlets.keys()) if (!known.has(id)) groups.push({ key: id, articles: [], latest: undefined });
  return facetPages(data, paginate, groups, (key) => key);
}

/** `/topics/<topic>/` and its later pages. */
export function topicPaths(data: SiteData, paginate: PaginateFunction) {
  const groups = groupByFacet(data.articles, 'topics');
  const known = new Set(groups.map((g) => g.key));
  for (const id of data.topics.keys()) if (!known.has(id)) groups.push({ key: id, articles: [], latest: undefined });
  return facetPages(data, paginate, groups, (key) => key);
}

/** `/stories/<story>/`. */
export function storyPaths(data: SiteData) {
  const groups = new Map(groupByFacet(data.articles, 'story').map((g) => [g.key, g]));
  const reference = referenceKey(data);
  return [...data.stories.values()].map((story) => {
    const articles = groups.get(story.id)?.articles ?? [];
    return {
      params: { id: story.id },
      props: { story, coverage: buildCoverage(articles) },
      cacheKey: cacheKey(reference, story.id, listDigest(articles)),
    };
  });
}

/** `/stories/`, `/stories/page/N/`: every story, newest first, 50 a page. */
export function storyListPaths(data: SiteData, paginate: PaginateFunction) {
  return corpusListPaths(data, paginate, storyIndex(data.articles, data.stories.values()));
}

/** `/sources/`, `/sources/page/N/`: every outlet by name, 50 a page. */
export function sourceListPaths(data: SiteData, paginate: PaginateFunction) {
  return corpusListPaths(data, paginate, outletIndex(data.articles, data.outlets.values()));
}

/** The pages of one of a country's full lists: they show its articles' data and names from the vocabularies. */
function countryListPages<T>(
  data: SiteData,
  paginate: PaginateFunction,
  group: FacetGroup<ArticleEntry>,
  items: readonly T[],
) {
  return pagedPaths(paginate, items, {
    params: { id: group.key.toLowerCase() },
    props: { key: group.key },
    key: (number) => groupPageKey(data, group, number),
  });
}

/** `/countries/<iso>/figures/` and its later pages: the full ledger of each country whose page cuts its ledger. */
export function countryFiguresPaths(data: SiteData, paginate: PaginateFunction) {
  return groupByFacet(data.articles, 'countries').flatMap((group) => {
    const ledger = buildLedger(group.articles, group.key);
    return ledger.length > COUNTRY_LEDGER_LIMIT ? countryListPages(data, paginate, group, ledger) : [];
  });
}

/** A country's key figures, and its ledger, latest stories and top outlets (each list capped), for its first page. */
export function countryDetails(data: SiteData, code: string, articles: ArticleEntry[]) {
  const ledger = buildLedger(articles, code);
  const outlets = countryOutlets(articles, data.outlets);
  return {
    ledger: capList(ledger, COUNTRY_LEDGER_LIMIT),
    keyFigures: buildKeyFigures(ledger),
    ...splitOutlets(outlets, code),
    stories: capList(countryStories(articles, data.stories)),
    outlets: outlets.length,
  };
}

/** `/countries/<iso>/stories/` and its later pages: every story of each country with more than its page shows. */
export function countryStoryPaths(data: SiteData, paginate: PaginateFunction) {
  return groupByFacet(data.articles, 'countries').flatMap((group) => {
    const stories = countryStories(group.articles, data.stories);
    return isCut(capList(stories)) ? countryListPages(data, paginate, group, stories) : [];
  });
}

/** `/countries/<iso>/sources/` and its later pages: every outlet of each country whose page cuts an outlet list. */
export function countrySourcePaths(data: SiteData, paginate: PaginateFunction) {
  return groupByFacet(data.articles, 'countries').flatMap((group) => {
    const outlets = countryOutlets(group.articles, data.outlets);
    return splitOutlets(outlets, group.key).cut ? countryListPages(data, paginate, group, outlets) : [];
  });
}

/** Names of outlets, topics and stories, for feed titles. */
export function feedNames(data: SiteData): FeedNames {
  return {
    outlet: outletNamer(data.outlets),
    topic: (id) => data.topics.get(id)?.data.title ?? id,
    story: (id) => data.stories.get(id)?.data.title ?? id,
  };
}

/** `/<kind>/<id>/rss.xml` for every country, topic, outlet or story with articles. */
export function feedPaths(data: SiteData, kind: FeedKind) {
  const reference = referenceKey(data);
  return feedsOf(data.articles, kind, feedNames(data)).map((feed) => {
    const { articles, ...about } = feed;
    return {
      params: { id: kind === 'countries' ? feed.key.toLowerCase() : feed.key },
      props: { feed },
      cacheKey: cacheKey(reference, about, listDigest(articles)),
    };
  });
}
