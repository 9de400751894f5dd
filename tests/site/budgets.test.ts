import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COUNTRY_LEDGER_LIMIT, COUNTRY_LIST_LIMIT } from '../../src/lib/country-lists.ts';
import { PAGE_SIZE } from '../../src/lib/paginate.ts';
import {
  articlesPath,
  countryFiguresPath,
  countryPath,
  countrySourcesPath,
  countryStoriesPath,
  figuresPath,
  homePath,
} from '../../src/lib/paths.ts';
import { listFiles } from '../helpers/dist.ts';
import {
  articlesOf,
  attr,
  byTag,
  gzipSize,
  loadContent,
  loadPages,
  pageScripts,
  sectionOf,
  type Page,
} from './support.ts';

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

/** How many items each list of a country page's stories, outlets and ledger sections shows, and the links in them. */
function listLengths(page: Page): { stories: number[]; outlets: number[]; ledger: number; links: string[] } {
  const lists = (heading: string) => {
    const section = sectionOf(page.doc, heading);
    return section ? byTag(section, 'ul').map((ul) => byTag(ul, 'li').length) : [];
  };
  const ledger = sectionOf(page.doc, 'ledger-heading');
  const links = ['stories-heading', 'coverage-heading', 'ledger-heading'].flatMap((heading) => {
    const section = sectionOf(page.doc, heading);
    return section ? byTag(section, 'a').map((a) => attr(a, 'href') ?? '') : [];
  });
  const rows = ledger ? byTag(ledger, 'tbody').flatMap((body) => byTag(body, 'tr')).length : 0;
  return { stories: lists('stories-heading'), outlets: lists('coverage-heading'), ledger: rows, links };
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
    const country = /^\/countries\/[a-z]{2}\/((figures|stories|sources)\/)?(page\/\d+\/)?$/;
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

  // The path's bound holds at any corpus size only if no part of a country page grows with the corpus: its articles
  // are paginated, and its stories, outlet lists and ledger show the first few with a link to the full list.
  test('country pages cap every list that grows with the corpus, and link to the full lists they cut', async () => {
    const pages = (await loadPages(siteDir)).filter((p) => /^\/countries\/[a-z]{2}\/(page\/\d+\/)?$/.test(p.path));
    const { articles, outlets, stories } = await loadContent();
    let cut = 0;
    for (const page of pages) {
      const shown = listLengths(page);
      expect(byTag(page.doc, 'article').length, page.path).toBeLessThanOrEqual(PAGE_SIZE);
      const code = page.path.split('/')[2] ?? '';
      if (page.path !== countryPath(code)) {
        expect(shown, `${page.path}: later pages list only articles`).toEqual({
          stories: [],
          outlets: [],
          ledger: 0,
          links: [],
        });
        continue;
      }
      // What the country has in all, from the content: its stories, its outlets (based there and elsewhere), its figures.
      const mine = articlesOf(articles, code.toUpperCase());
      const storyIds = new Set(mine.flatMap((a) => (a.data.story && stories.has(a.data.story) ? [a.data.story] : [])));
      const outletIds = [...new Set(mine.map((a) => a.data.source.outlet))];
      const based = outletIds.filter((id) => outlets.get(id)?.country === code.toUpperCase()).length;
      const lists = [based, outletIds.length - based].filter((n) => n > 0);
      const capped = (n: number) => Math.min(n, COUNTRY_LIST_LIMIT);
      expect(shown.stories, page.path).toEqual(storyIds.size ? [capped(storyIds.size)] : []);
      expect(shown.outlets, page.path).toEqual(lists.map(capped));
      const figures = mine.flatMap((a) => a.data.figures ?? []).filter((f) => f.country === code.toUpperCase()).length;
      expect(shown.ledger, page.path).toBe(Math.min(figures, COUNTRY_LEDGER_LIMIT));
      expect(shown.links.includes(countryFiguresPath(code)), page.path).toBe(figures > COUNTRY_LEDGER_LIMIT);
      expect(shown.links.includes(countryStoriesPath(code)), page.path).toBe(storyIds.size > COUNTRY_LIST_LIMIT);
      const outletsCut = lists.some((n) => n > COUNTRY_LIST_LIMIT);
      expect(shown.links.includes(countrySourcesPath(code)), page.path).toBe(outletsCut);
      if (storyIds.size > COUNTRY_LIST_LIMIT || outletsCut || figures > COUNTRY_LEDGER_LIMIT) cut++;
    }
    expect(pages.length, 'country pages').toBeGreaterThan(0);
    expect(cut, 'country pages that cut a list').toBeGreaterThan(0);
  });
});
