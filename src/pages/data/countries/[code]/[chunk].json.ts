import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../../lib/content.ts';
import { filterFiles } from '../../../../lib/filter.ts';
import { outletNamer } from '../../../../lib/outlets.ts';

/** A later chunk of one country's filter rows: /data/countries/<code>/2.json and on. */
export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return filterFiles(data.articles, outletNamer(data.outlets)).flatMap((f) =>
    f.chunks.map((rows, i) => ({ params: { code: f.code, chunk: String(i + 2) }, props: { rows } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['rows']), { headers: { 'Content-Type': 'application/json' } });
