/** getStaticPaths builders: pages delegate here so no page sorts or filters. */
import type { SiteData, ArticleEntry } from './content.ts';
import { groupByFacet, type FacetGroup } from './facets.ts';
import { capList, COUNTRY_LEDGER_LIMIT, countryOutlets, countryStories, isCut, splitOutlets } from './country-lists.ts';
import { buildLedger } from './figures.ts';
import { buildKeyFigures } from './key-figures.ts';
import { buildCoverage, otherCoverage } from './stories.ts';
import { paginateList, pageParam, type Page } from './paginate.ts';
import { outletIndex, storyIndex } from './indexes.ts';
import { feedsOf, type FeedKind, type FeedNames } from './feed-list.ts';
import { outletNamer } from './outlets.ts';

/** Props of a paginated facet page (country, source, topic). */
export interface FacetPageProps {
  key: string;
  page: Page<ArticleEntry>;
  group: FacetGroup<ArticleEntry>;
}

function facetPages(groups: FacetGroup<ArticleEntry>[], toParam: (key: string) => string) {
  return groups.flatMap((group) =>
    paginateList(group.articles).map((page) => ({
      params: { id: toParam(group.key), page: pageParam(page.number) },
      props: { key: group.key, page, group } satisfies FacetPageProps,
    })),
  );
}

/** `/articles/<slug>/`. Stories are grouped once, so finding an article's other coverage does not scan every article. */
export function articlePaths(data: SiteData) {
  const byStory = new Map(groupByFacet(data.articles, 'story').map((g) => [g.key, g.articles]));
  return data.articles.map((article) => ({
    params: { slug: article.id },
    props: { article, others: otherCoverage(article, byStory.get(article.data.story ?? '') ?? []) },
  }));
}

/** `/articles/`, `/articles/page/N/`. */
export function articleListPaths(data: SiteData) {
  return paginateList(data.articles).map((page) => ({ params: { page: pageParam(page.number) }, props: { page } }));
}

/** `/countries/<iso>/` and its later pages. */
export function countryPaths(data: SiteData) {
  return facetPages(groupByFacet(data.articles, 'countries'), (key) => key.toLowerCase());
}

/** `/sources/<outlet>/` and its later pages; outlets with no article still get a profile page. */
export function sourcePaths(data: SiteData) {
  const groups = groupByFacet(data.articles, 'outlet');
  const known = new Set(groups.map((g) => g.key));
  for (const id of data.outlets.keys()) if (!known.has(id)) groups.push({ key: id, articles: [], latest: undefined });
  return facetPages(groups, (key) => key);
}

/** `/topics/<topic>/` and its later pages. */
export function topicPaths(data: SiteData) {
  const groups = groupByFacet(data.articles, 'topics');
  const known = new Set(groups.map((g) => g.key));
  for (const id of data.topics.keys()) if (!known.has(id)) groups.push({ key: id, articles: [], latest: undefined });
  return facetPages(groups, (key) => key);
}

/** `/stories/<story>/`. */
export function storyPaths(data: SiteData) {
  const groups = new Map(groupByFacet(data.articles, 'story').map((g) => [g.key, g]));
  return [...data.stories.values()].map((story) => ({
    params: { id: story.id },
    props: { story, coverage: buildCoverage(groups.get(story.id)?.articles ?? []) },
  }));
}

/** `/stories/`, `/stories/page/N/`: every story, newest first, 50 a page. */
export function storyListPaths(data: SiteData) {
  return paginateList(storyIndex(data.articles, data.stories.values())).map((page) => ({
    params: { page: pageParam(page.number) },
    props: { page },
  }));
}

/** `/sources/`, `/sources/page/N/`: every outlet by name, 50 a page. */
export function sourceListPaths(data: SiteData) {
  return paginateList(outletIndex(data.articles, data.outlets.values())).map((page) => ({
    params: { page: pageParam(page.number) },
    props: { page },
  }));
}

/** `/countries/<iso>/figures/` and its later pages: the full ledger of each country whose page cuts its ledger. */
export function countryFiguresPaths(data: SiteData) {
  return groupByFacet(data.articles, 'countries').flatMap((group) => {
    const ledger = buildLedger(group.articles, group.key);
    if (ledger.length <= COUNTRY_LEDGER_LIMIT) return [];
    return paginateList(ledger).map((page) => ({
      params: { id: group.key.toLowerCase(), page: pageParam(page.number) },
      props: { key: group.key, page },
    }));
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
export function countryStoryPaths(data: SiteData) {
  return groupByFacet(data.articles, 'countries').flatMap((group) => {
    const stories = countryStories(group.articles, data.stories);
    if (!isCut(capList(stories))) return [];
    return paginateList(stories).map((page) => ({
      params: { id: group.key.toLowerCase(), page: pageParam(page.number) },
      props: { key: group.key, page },
    }));
  });
}

/** `/countries/<iso>/sources/` and its later pages: every outlet of each country whose page cuts an outlet list. */
export function countrySourcePaths(data: SiteData) {
  return groupByFacet(data.articles, 'countries').flatMap((group) => {
    const outlets = countryOutlets(group.articles, data.outlets);
    if (!splitOutlets(outlets, group.key).cut) return [];
    return paginateList(outlets).map((page) => ({
      params: { id: group.key.toLowerCase(), page: pageParam(page.number) },
      props: { key: group.key, page },
    }));
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
  return feedsOf(data.articles, kind, feedNames(data)).map((feed) => ({
    params: { id: kind === 'countries' ? feed.key.toLowerCase() : feed.key },
    props: { feed },
  }));
}
