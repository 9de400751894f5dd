/** Every URL of the site, and where content lives. One trailing-slash policy: directories end in "/". */

/** The content folder and article ids are defined with the content loaders, in one place. */
export { articleIdFromPath, contentDir } from '../content-files/layout.ts';

/** Home page. */
export const homePath = (): string => '/';
/** One article. */
export const articlePath = (slug: string): string => `/articles/${slug}/`;
/** A figure on its article's page, by its ledger id ("<slug>#<n>"): `/articles/<slug>/#figure-<n>`. */
export const figurePath = (id: string): string => {
  const at = id.lastIndexOf('#');
  return `${articlePath(id.slice(0, at))}#figure-${id.slice(at + 1)}`;
};
/** The comparison of key figures across countries. */
export const figuresPath = (): string => '/figures/';
/** The paginated list of all articles; page 1 is the bare path. */
export const articlesPath = (page = 1): string => (page <= 1 ? '/articles/' : `/articles/page/${page}/`);
/** Country index, or one country by ISO code (lower case in URLs). */
export const countryPath = (code?: string): string => (code ? `/countries/${code.toLowerCase()}/` : '/countries/');
/** A country's full figures ledger, paginated; page 1 is the bare path. */
export const countryFiguresPath = (code: string): string => `/countries/${code.toLowerCase()}/figures/`;
/** Every story about a country, paginated; page 1 is the bare path. */
export const countryStoriesPath = (code: string): string => `/countries/${code.toLowerCase()}/stories/`;
/** Every outlet that reported on a country, paginated; page 1 is the bare path. */
export const countrySourcesPath = (code: string): string => `/countries/${code.toLowerCase()}/sources/`;
/** Outlet index, or one outlet. */
export const sourcePath = (outletId?: string): string => (outletId ? `/sources/${outletId}/` : '/sources/');
/** Topic index, or one topic. */
export const topicPath = (topicId?: string): string => (topicId ? `/topics/${topicId}/` : '/topics/');
/** Story index, or one story. */
export const storyPath = (storyId?: string): string => (storyId ? `/stories/${storyId}/` : '/stories/');
/** Site-wide feeds and search. */
export const searchPath = (): string => '/search/';
/** About page. */
export const aboutPath = (): string => '/about/';
/** RSS feed, site-wide or for one country. */
export const rssPath = (code?: string): string => (code ? `/countries/${code.toLowerCase()}/rss.xml` : '/rss.xml');
/** JSON Feed. */
export const jsonFeedPath = (): string => '/feed.json';

/** The RSS feed of a topic, an outlet or a story. */
export const facetRssPath = (kind: 'topics' | 'sources' | 'stories', id: string): string => `/${kind}/${id}/rss.xml`;

/** The page that lists every feed, and the OPML file of them all. */
export const feedsPath = (): string => '/feeds/';
/** The OPML subscription list of every feed. */
export const opmlPath = (): string => '/feeds.opml';

/** Every correction, newest first. */
export const correctionsPath = (): string => '/corrections/';

/** What is in the site's open data, and its licence. */
export const dataPath = (): string => '/data/';
