import { test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDir } from '../helpers/serve.ts';
test('x', async () => {
  const s = await serveDir('/tmp/explore-site');
  const b = await launchBrowser();
  const p = await b.newPage();
  await p.goto(s.url + '/search/');
  const r = await p.evaluate(async () => {
    const pf: any = await import('/pagefind/pagefind.js');
    await pf.init();
    const filters = await pf.filters();
    const all = await pf.search(null);
    const all2 = await pf.search(null, { filters: {} });
    const empty = await pf.search('');
    const lang = await pf.search(null, { filters: { language: { any: Object.keys(filters.language) } } });
    const first = lang.results[0] ? await lang.results[0].data() : null;
    return { filters, all: all?.results?.length, all2: all2?.results?.length, empty: empty?.results?.length, lang: lang.results.length, unf: lang.unfilteredResultCount, first: first && { url: first.url, meta: first.meta, filters: first.filters } };
  });
  console.log(JSON.stringify(r, null, 1));
  await b.close(); await s.close();
});
