import type { APIRoute } from 'astro';
import { getSiteData } from '../../lib/content.ts';
import { articleRecords } from '../../lib/feeds.ts';

/** Every article's metadata. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  return new Response(JSON.stringify(articleRecords(data.articles, String(site))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
