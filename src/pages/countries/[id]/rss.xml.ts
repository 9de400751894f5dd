import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../lib/content.ts';
import { groupByFacet } from '../../../lib/facets.ts';
import { feedItems } from '../../../lib/feeds.ts';
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
  const items = feedItems(props['articles'], String(site), (id) => data.outlets.get(id)?.data.name ?? id);
  return rss({
    title: `${SITE_NAME}: ${name}`,
    description: `Reports on ${name} nationals recruited into Russia's military.`,
    site: String(site),
    items: items.map((i) => ({ title: i.title, link: i.link, description: i.description, pubDate: i.pubDate, categories: i.categories })),
  });
};
