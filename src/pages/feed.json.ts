import { outletNamer } from '../lib/outlets.ts';
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/content.ts';
import { feedItems, jsonFeed } from '../lib/feeds.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

/** JSON Feed 1.1 of the most recently added entries; each item's `external_url` is the original report. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const items = feedItems(data.articles, String(site), outletNamer(data.outlets));
  const feed = jsonFeed(items, String(site), SITE_NAME, SITE_DESCRIPTION);
  return new Response(JSON.stringify(feed, null, 1), { headers: { 'Content-Type': 'application/feed+json' } });
};
