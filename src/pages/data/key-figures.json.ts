import type { APIRoute } from 'astro';
import { getSiteData } from '../../lib/content.ts';
import { keyFigureRecords } from '../../lib/feeds.ts';

/** Each country's key figures, and the global and regional ones. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const body = JSON.stringify(keyFigureRecords(data.articles, String(site)));
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
