/** getStaticPaths builders: pages delegate here so no page sorts or filters. */
import type { SiteData, ArticleEntry } from './content.ts';
import { groupByFacet, countOutlets, type FacetGroup } from './facets.ts';
import { buildLedger } from './figures.ts';
import { buildKeyFigures } from './key-figures.ts';
import { buildCoverage, otherCoverage } from './stories.ts';
import { paginateList, pageParam, PAGE_SIZE, type Page } from './paginate.ts';
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

/** `/articles/<slug>/`. Stories are grouped once, so finding an article's other coverage scans no other article. */
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

/** `/countries/<iso>/figures/` and its later pages: the full ledger of each country whose ledger outgrows a page. */
export function countryFiguresPaths(data: SiteData) {
  return groupByFacet(data.articles, 'countries').flatMap((group) => {
    const ledger = buildLedger(group.articles, group.key);
    if (ledger.length <= PAGE_SIZE) return [];
    return paginateList(ledger).map((page) => ({
      params: { id: group.key.toLowerCase(), page: pageParam(page.number) },
      props: { key: group.key, page },
    }));
  });
}

/** A country's ledger, its key figures and who covered it, for its first page. */
export function countryDetails(data: SiteData, code: string, articles: ArticleEntry[]) {
  const outletIds = [...new Set(articles.map((a) => a.data.source.outlet))].sort();
  const based = outletIds.filter((id) => data.outlets.get(id)?.data.country === code);
  const elsewhere = outletIds.filter((id) => data.outlets.get(id)?.data.country !== code);
  const storyIds = [...new Set(articles.flatMap((a) => (a.data.story ? [a.data.story] : [])))];
  const ledger = buildLedger(articles, code);
  return {
    ledger,
    keyFigures: buildKeyFigures(ledger),
    based,
    elsewhere,
    stories: storyIds.flatMap((id) => data.stories.get(id) ?? []),
    outlets: countOutlets(articles),
  };
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
