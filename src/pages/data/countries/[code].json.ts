import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../lib/content.ts';
import { filterFiles } from '../../../lib/filter.ts';
import { outletNamer } from '../../../lib/outlets.ts';

/** One country's filter index: the ranks of its articles and the rows of its first chunk. */
export const getStaticPaths = (async () => {
  const data = await getSiteData();
  const files = filterFiles(data.articles, outletNamer(data.outlets));
  return files.map((f) => ({ params: { code: f.code }, props: { index: f.index } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['index']), { headers: { 'Content-Type': 'application/json' } });
