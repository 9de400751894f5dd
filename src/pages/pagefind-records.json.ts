import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/content.ts';
import { siteSearchRecords } from '../lib/search.ts';

/**
 * The search records from Astro's content store, one per published article. The search index integration
 * (src/integrations/search-index.ts) reads this file when the build is done, indexes it and removes it.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(siteSearchRecords(await getSiteData())), {
    headers: { 'Content-Type': 'application/json' },
  });
