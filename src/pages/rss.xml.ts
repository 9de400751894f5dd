import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/content.ts';
import { rssResponse } from '../lib/feed-response.ts';
import { siteFeeds } from '../lib/feed-list.ts';
import { outletNamer } from '../lib/outlets.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

/** The site-wide RSS 2.0 feed: the most recently added entries, each linking our summary and the original. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const [feed] = siteFeeds(data.articles, SITE_NAME);
  return rssResponse({ ...feed!, description: SITE_DESCRIPTION }, String(site), outletNamer(data.outlets));
};
