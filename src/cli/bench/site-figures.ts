/** The built site's figures for the benchmark: pages, sizes, the home page and reading path weights, the filter. */
import { relative } from 'node:path';
import { launchBrowser } from '../shared/browser.ts';
import { serveDir } from '../shared/serve.ts';
import { measureFilter, type FilterTiming } from './filter.ts';
import { listSizes } from './measure.ts';
import type { BenchResult } from './table.ts';
import { pageWeight, pathWeight } from './weight.ts';

/** The figures of one built site, and a line for the notes. */
export type SiteFigures = Pick<BenchResult, 'pages' | 'distMb' | 'largestPageKb' | 'homeKb' | 'pathKb' | 'filterMs'> & {
  detail: string;
};

/** One filter timing for the notes under the table. */
const describeTiming = (t: FilterTiming): string =>
  `${t.code} (${t.count}) ${t.ms.toFixed(0)} ms, next frame ${t.paintMs.toFixed(0)} ms`;

/** Measures the site built in `out`; `log` gets progress lines. */
export async function measureSiteFigures(out: string, log: (message: string) => void): Promise<SiteFigures> {
  const files = await listSizes(out);
  const pages = files.filter((f) => f.path.endsWith('.html'));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  const distBytes = files.reduce((s, f) => s + f.bytes, 0);
  log(
    `${pages.length} pages, ${(distBytes / 1024 ** 2).toFixed(1)} MB, largest page ${relative(out, largest.path)}` +
      ` (${(largest.bytes / 1024).toFixed(0)} KB)`,
  );
  const homeKb = (await pageWeight(out, 'index.html')) / 1024;
  const path = await pathWeight(out);
  const pathKb = path.bytes / 1024;
  log(`home page ${homeKb.toFixed(1)} KB gzipped with its CSS and JavaScript; path ${path.pages.join(' → ')}`);
  log(`reading path ${pathKb.toFixed(1)} KB gzipped; country filter in Chromium`);
  const server = await serveDir(out);
  const browser = await launchBrowser();
  try {
    const filter = await measureFilter(browser, server.url);
    for (const t of [filter.one, filter.two]) log(`filter ${describeTiming(t)}`);
    return {
      pages: pages.length,
      distMb: distBytes / 1024 ** 2,
      largestPageKb: largest.bytes / 1024,
      homeKb,
      pathKb,
      filterMs: Math.max(filter.one.ms, filter.two.ms),
      detail:
        `largest page ${relative(out, largest.path)}; path ${path.pages.join(' → ')};` +
        ` filter: ${[filter.one, filter.two].map(describeTiming).join('; ')}`,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
