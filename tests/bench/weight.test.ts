/** Page and reading-path weights of the benchmark (src/cli/bench/weight.ts), on a tiny built site on disk. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pageWeight, pathWeight } from '../../src/cli/bench/weight.ts';

const SITE = resolve(import.meta.dirname, '../fixtures/bench/site');
const gz = (file: string): number => gzipSync(readFileSync(join(SITE, file)), { level: 9 }).length;

describe('pageWeight', () => {
  test('adds the stylesheet and the scripts a page loads, following imports, to its gzipped HTML', async () => {
    const expected = gz('index.html') + gz('_astro/site.css') + gz('_astro/home.js') + gz('_astro/shared.js');
    expect(await pageWeight(SITE, 'index.html')).toBe(expected);
  });

  test('counts no script for a page with only JSON-LD', async () => {
    expect(await pageWeight(SITE, 'articles/long/index.html')).toBe(
      gz('articles/long/index.html') + gz('_astro/site.css'),
    );
  });
});

describe('pathWeight', () => {
  test('takes home, the heaviest country page (list pages included) and the heaviest article page', async () => {
    const { pages } = await pathWeight(SITE);
    expect(pages).toEqual(['index.html', 'countries/np/page/2/index.html', 'articles/long/index.html']);
  });

  test("sums the three pages' gzipped HTML and each stylesheet or script once", async () => {
    const { pages, bytes } = await pathWeight(SITE);
    const html = pages.reduce((sum, page) => sum + gz(page), 0);
    const assets = gz('_astro/site.css') + gz('_astro/home.js') + gz('_astro/shared.js');
    expect(bytes).toBe(html + assets);
    expect(bytes).toBeLessThan(html + 3 * gz('_astro/site.css') + assets);
  });

  test('fails on a site without country pages', async () => {
    await expect(pathWeight(join(SITE, 'articles'))).rejects.toThrow(/no page matches/);
  });
});
