import { outletNamer } from '../lib/outlets.ts';
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/content.ts';
import { feedItems, jsonFeed } from '../lib/feeds.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

/** JSON Feed 1.1; each item's `external_url` is the original report. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const items = feedItems(data.articles, String(site), outletNamer(data.outlets));
  return new Response(JSON.stringify(jsonFeed(items, String(site), SITE_NAME, SITE_DESCRIPTION), null, 1), { headers: { 'Content-Type': 'application/feed+json' } });
};
