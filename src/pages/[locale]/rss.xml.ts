import type { APIRoute, GetStaticPaths } from 'astro';
import rss from '@astrojs/rss';
import { getSiteData } from '../../lib/content.ts';
import { languageFeeds } from '../../lib/feed-list.ts';
import { feedItems, rssItem } from '../../lib/feeds.ts';
import { localeParams } from '../../lib/locales.ts';
import { outletNamer } from '../../lib/outlets.ts';
import { SITE_NAME } from '../../lib/site.ts';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

/** A language's RSS feed of new entries: its article pages, with our summary in that language where there is one. */
export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as ReturnType<typeof localeParams>[number]['props'];
  const data = await getSiteData();
  const feed = languageFeeds(data.articles, SITE_NAME).find((f) => f.key === locale);
  if (!feed) throw new Error(`no feed for ${locale}`);
  const items = feedItems(feed.articles, String(site), outletNamer(data.outlets), locale).map(rssItem);
  return rss({
    title: feed.title,
    description: feed.description,
    site: String(site),
    items,
    customData: `<language>${locale}</language>`,
  });
};
