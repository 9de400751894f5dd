import { outletNamer } from '../../../lib/outlets.ts';
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../lib/content.ts';
import { groupByFacet } from '../../../lib/facets.ts';
import { feedItems, rssItem } from '../../../lib/feeds.ts';
import { countryName } from '../../../lib/names.ts';
import { SITE_NAME } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return groupByFacet(data.articles, 'countries').map((g) => ({ params: { id: g.key.toLowerCase() }, props: { code: g.key, articles: g.articles } }));
}) satisfies GetStaticPaths;

/** One country's RSS 2.0 feed. */
export const GET: APIRoute = async ({ site, props }) => {
  const data = await getSiteData();
  const name = countryName(String(props['code']));
  const items = feedItems(props['articles'], String(site), outletNamer(data.outlets));
  return rss({
    title: `${SITE_NAME}: ${name}`,
    description: `Reports on ${name} nationals recruited into Russia's military.`,
    site: String(site),
    items: items.map(rssItem),
  });
};
