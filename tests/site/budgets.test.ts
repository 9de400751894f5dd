import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articlesPath, figuresPath, homePath } from '../../src/lib/paths.ts';
import { listFiles } from '../helpers/dist.ts';
import { attr, byTag, gzipSize, loadPages, pageScripts, type Page } from './support.ts';

const siteDir = inject('siteDir');
const KB = 1024;

const isJsonLd = (type: string | undefined) => type === 'application/ld+json';

/** The stylesheets a page links, as site paths. */
const pageStylesheets = (page: Page) =>
  byTag(page.doc, 'link')
    .filter((l) => (attr(l, 'rel') ?? '').split(/\s+/).includes('stylesheet'))
    .map((l) => new URL(attr(l, 'href') ?? '', `http://site${page.path}`).pathname);

async function gzippedFiles(paths: Iterable<string>): Promise<number> {
  let total = 0;
  for (const path of paths) total += gzipSize(await readFile(join(siteDir, path)));
  return total;
}

async function pageAt(path: string): Promise<Page> {
  const page = (await loadPages(siteDir)).find((p) => p.path === path);
  if (!page) throw new Error(`no page at ${path}`);
  return page;
}

describe('page budgets', () => {
  test('article pages ship no JavaScript, only JSON-LD', async () => {
    const articles = (await loadPages(siteDir)).filter((p) => /^\/articles\/(?!page\/)[^/]+\/$/.test(p.path));
    expect(articles.length).toBeGreaterThan(0);
    for (const page of articles) {
      const scripts = byTag(page.doc, 'script');
      expect(scripts.filter((s) => !isJsonLd(attr(s, 'type')) || attr(s, 'src') !== undefined).length, page.file).toBe(
        0,
      );
    }
  });

  test('country pages, their ledgers and /figures/ ship no JavaScript: the charts are drawn at build time', async () => {
    const country = /^\/countries\/[a-z]{2}\/(figures\/)?(page\/\d+\/)?$/;
    const pages = (await loadPages(siteDir)).filter((p) => country.test(p.path) || p.path === figuresPath());
    expect(
      pages.some((p) => p.path === figuresPath()),
      'the build has /figures/',
    ).toBe(true);
    const charted = pages.filter((p) => byTag(p.doc, 'figure').some((f) => attr(f, 'class') === 'claims-chart'));
    expect(charted.length, 'pages with charts').toBeGreaterThan(1);
    for (const page of pages) {
      const scripts = byTag(page.doc, 'script');
      expect(scripts.filter((s) => !isJsonLd(attr(s, 'type')) || attr(s, 'src') !== undefined).length, page.file).toBe(
        0,
      );
    }
  });

  test("all of the site's CSS (outside /pagefind/) is at most 20 KB gzipped", async () => {
    const sheets = (await listFiles(siteDir)).filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'));
    expect(sheets.length).toBeGreaterThan(0);
    expect(await gzippedFiles(sheets)).toBeLessThanOrEqual(20 * KB);
  });

  test('the country filter on /articles/ is at most 10 KB of JavaScript gzipped', async () => {
    const page = await pageAt(articlesPath());
    expect(byTag(page.doc, 'country-filter').length, 'the page has the filter').toBeGreaterThan(0);
    const { inline, files } = await pageScripts(siteDir, page);
    const inlineBytes = inline.reduce((sum, code) => sum + gzipSize(code), 0);
    const total = inlineBytes + (await gzippedFiles(files));
    expect(total, 'the filter ships some JavaScript').toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(10 * KB);
  });

  test('the home page is at most 25 KB gzipped with its CSS and JavaScript', async () => {
    const page = await pageAt(homePath());
    expect(byTag(page.doc, 'svg').length, 'the home page has its map').toBeGreaterThan(0);
    // Inline scripts and styles are part of the HTML; linked files are added once each.
    const assets = new Set([...pageStylesheets(page), ...(await pageScripts(siteDir, page)).files]);
    const total = gzipSize(page.html) + (await gzippedFiles(assets));
    expect(total).toBeLessThanOrEqual(25 * KB);
  });

  test('home, the heaviest country page and the heaviest article page are at most 40 KB gzipped in all', async () => {
    const pages = await loadPages(siteDir);
    const heaviest = (pattern: RegExp): Page => {
      const matching = pages.filter((p) => pattern.test(p.path));
      expect(matching.length, String(pattern)).toBeGreaterThan(0);
      return matching.reduce((a, b) => (gzipSize(b.html) > gzipSize(a.html) ? b : a));
    };
    const path = [
      await pageAt(homePath()),
      heaviest(/^\/countries\/[a-z]{2}\/(page\/\d+\/)?$/),
      heaviest(/^\/articles\/(?!page\/)[^/]+\/$/),
    ];
    // What the reader downloads: each page, and each stylesheet or script file once (the browser caches them).
    const assets = new Set<string>();
    let total = 0;
    for (const page of path) {
      for (const file of [...pageStylesheets(page), ...(await pageScripts(siteDir, page)).files]) assets.add(file);
      total += gzipSize(page.html);
    }
    total += await gzippedFiles(assets);
    expect(total, path.map((p) => p.path).join(' → ')).toBeLessThanOrEqual(40 * KB);
  });
});
