import { outletNamer } from '../../../lib/outlets.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../lib/content.ts';
import { groupByFacet } from '../../../lib/facets.ts';
import { filterRows } from '../../../lib/filter.ts';

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  const name = outletNamer(data.outlets);
  return groupByFacet(data.articles, 'countries').map((g) => ({ params: { code: g.key.toLowerCase() }, props: { rows: filterRows(g.articles, name) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['rows']), { headers: { 'Content-Type': 'application/json' } });
