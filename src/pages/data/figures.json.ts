import type { APIRoute } from 'astro';
import { getSiteData } from '../../lib/content.ts';
import { figureRecords } from '../../lib/feeds.ts';

/** The figures ledger as JSON. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  return new Response(JSON.stringify(figureRecords(data.articles, String(site))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
