/** Every feed of the site: site-wide, per country, topic, outlet and story, for the routes, /feeds/ and OPML. */
import { groupByFacet, type FacetGroup } from './facets.ts';
import { countryName } from './names.ts';
import { facetRssPath, jsonFeedPath, rssPath } from './paths.ts';
import type { ArticleItem } from './types.ts';
import { localeInfo, localePath, translate, TRANSLATED_LOCALES } from '../i18n/index.ts';

/** The groups a feed can follow. */
export type FeedKind = 'countries' | 'topics' | 'sources' | 'stories';

/** One feed: what it follows, its title and address, and the articles it draws from. */
export interface FeedEntry<T extends ArticleItem = ArticleItem> {
  kind: FeedKind | 'site' | 'languages';
  key: string;
  title: string;
  description: string;
  href: string;
  type: 'rss' | 'json';
  articles: T[];
}

/** Names of what feeds follow: outlets, topics and stories by id. */
export interface FeedNames {
  outlet: (id: string) => string;
  topic: (id: string) => string;
  story: (id: string) => string;
}

const FACETS = { countries: 'countries', topics: 'topics', sources: 'outlet', stories: 'story' } as const;

/** The feeds of one kind, one per group with articles, in the groups' order. */
export function feedsOf<T extends ArticleItem>(
  articles: readonly T[],
  kind: FeedKind,
  names: FeedNames,
): FeedEntry<T>[] {
  return groupByFacet(articles, FACETS[kind]).map((group: FacetGroup<T>) => describeFeed(kind, group, names));
}

function describeFeed<T extends ArticleItem>(kind: FeedKind, group: FacetGroup<T>, names: FeedNames): FeedEntry<T> {
  const { key, articles } = group;
  if (kind === 'countries') {
    const name = countryName(key);
    const description = `New entries on ${name} nationals recruited into Russia's military.`;
    return { kind, key, title: name, description, href: rssPath(key), type: 'rss', articles };
  }
  const [title, description] =
    kind === 'topics'
      ? [names.topic(key), `New entries on the topic "${names.topic(key)}".`]
      : kind === 'sources'
        ? [names.outlet(key), `New entries summarising reports by ${names.outlet(key)}.`]
        : [names.story(key), `New entries on the story "${names.story(key)}".`];
  return { kind, key, title, description, href: facetRssPath(kind, key), type: 'rss', articles };
}

/** The two site-wide feeds, RSS and JSON Feed, of every article. */
export function siteFeeds<T extends ArticleItem>(articles: readonly T[], siteName: string): FeedEntry<T>[] {
  const all = [...articles];
  const description = `Every new entry on ${siteName}.`;
  return [
    { kind: 'site', key: 'rss', title: `${siteName} (RSS)`, description, href: rssPath(), type: 'rss', articles: all },
    {
      kind: 'site',
      key: 'json',
      title: `${siteName} (JSON Feed)`,
      description,
      href: jsonFeedPath(),
      type: 'json',
      articles: all,
    },
  ];
}

/** One RSS feed of new entries per translated language, at `/<locale>/rss.xml` (src/pages/[locale]/rss.xml.ts). */
export function languageFeeds<T extends ArticleItem>(articles: readonly T[], siteName: string): FeedEntry<T>[] {
  return TRANSLATED_LOCALES.map((locale) => {
    const language = localeInfo(locale).name;
    return {
      kind: 'languages',
      key: locale,
      title: translate(locale, 'feed.locale.title', { site: siteName, language }),
      description: translate(locale, 'feed.locale.description', { site: siteName, language }),
      href: localePath(locale, rssPath()),
      type: 'rss',
      articles: [...articles],
    };
  });
}

/**
 * Every feed: the two site-wide ones first, then one per language, then countries, topics, outlets and stories,
 * each by title.
 */
export function listFeeds<T extends ArticleItem>(
  articles: readonly T[],
  names: FeedNames,
  siteName: string,
): FeedEntry<T>[] {
  const site = siteFeeds(articles, siteName);
  const kinds: FeedKind[] = ['countries', 'topics', 'sources', 'stories'];
  const byTitle = (a: FeedEntry<T>, b: FeedEntry<T>) => a.title.localeCompare(b.title, 'en');
  const facets = kinds.flatMap((kind) => feedsOf(articles, kind, names).sort(byTitle));
  return [...site, ...languageFeeds(articles, siteName), ...facets];
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An OPML 2.0 subscription list of `feeds`, grouped by kind, with absolute addresses. */
export function toOpml(feeds: readonly FeedEntry[], site: string, title: string): string {
  const groups: [FeedEntry['kind'], string][] = [
    ['site', 'Whole site'],
    ['languages', 'Languages'],
    ['countries', 'Countries'],
    ['topics', 'Topics'],
    ['sources', 'Sources'],
    ['stories', 'Stories'],
  ];
  const outline = (f: FeedEntry) => {
    const url = escapeXml(new URL(f.href, site).href);
    return `      <outline type="rss" text="${escapeXml(f.title)}" title="${escapeXml(f.title)}" xmlUrl="${url}" />`;
  };
  const body = groups
    .map(([kind, label]) => [kind, label, feeds.filter((f) => f.kind === kind)] as const)
    .filter(([, , list]) => list.length > 0)
    .map(([, label, list]) => `    <outline text="${label}">\n${list.map(outline).join('\n')}\n    </outline>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeXml(title)}</title></head>`,
    '  <body>',
    ...body,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
