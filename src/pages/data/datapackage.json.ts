import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/datapackage.ts';
import { getSiteData } from '../../lib/content.ts';
import { lastChanged } from '../../lib/feeds.ts';

/** The Data Package descriptor of the open data, dated by the last change to the content. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getSiteData();
  const built = articles.map(lastChanged).reduce((a, b) => (b > a ? b : a), '1970-01-01');
  return new Response(JSON.stringify(dataPackage(String(site), built), null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
};
