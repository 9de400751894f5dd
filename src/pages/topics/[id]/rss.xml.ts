import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../lib/content.ts';
import { rssResponse } from '../../../lib/feed-response.ts';
import type { FeedEntry } from '../../../lib/feed-list.ts';
import { outletNamer } from '../../../lib/outlets.ts';
import { feedPaths } from '../../../lib/routes.ts';

export const getStaticPaths = (async () => feedPaths(await getSiteData(), 'topics')) satisfies GetStaticPaths;

/** The RSS 2.0 feed of one of the site's topics, newest added first. */
export const GET: APIRoute = async ({ site, props }) =>
  rssResponse(props['feed'] as FeedEntry, String(site), outletNamer((await getSiteData()).outlets));
