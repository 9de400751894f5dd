import type { APIRoute } from 'astro';
import { getSiteData } from '../../lib/content.ts';
import { FIGURE_COLUMNS, figureRecords, toCsv } from '../../lib/feeds.ts';

/** The figures ledger as CSV. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  return new Response(toCsv(figureRecords(data.articles, String(site)), FIGURE_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
