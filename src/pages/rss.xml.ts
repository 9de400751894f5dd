import { outletNamer } from '../lib/outlets.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/content.ts';
import { feedItems, rssItem } from '../lib/feeds.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

/** The site-wide RSS 2.0 feed: newest articles, each linking our summary. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const items = feedItems(data.articles, String(site), outletNamer(data.outlets));
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: String(site),
    items: items.map(rssItem),
  });
};
