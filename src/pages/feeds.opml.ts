import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/content.ts';
import { listFeeds, toOpml } from '../lib/feed-list.ts';
import { feedNames } from '../lib/routes.ts';
import { SITE_NAME } from '../lib/site.ts';

/** OPML 2.0 list of every feed, for feed readers that import subscriptions. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const opml = toOpml(listFeeds(data.articles, feedNames(data), SITE_NAME), String(site), `${SITE_NAME} feeds`);
  return new Response(opml, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
