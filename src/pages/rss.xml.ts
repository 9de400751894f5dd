import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/content.ts';
import { feedItems } from '../lib/feeds.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

/** The site-wide RSS 2.0 feed: newest articles, each linking our summary. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const items = feedItems(data.articles, String(site), (id) => data.outlets.get(id)?.data.name ?? id);
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: String(site),
    items: items.map((i) => ({ title: i.title, link: i.link, description: i.description, pubDate: i.pubDate, categories: i.categories, customData: `<source url="${i.externalUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">Original report</source>` })),
  });
};
