import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { articlePath } from '../../src/lib/paths.ts';
import { readPage } from '../helpers/dist.ts';
import { absolute, attr, byTag, loadContent, loadPages, parseHtml, SITE, textOf, type Document } from './support.ts';

const siteDir = inject('siteDir');

/** The parsed JSON-LD blocks of a page. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  return byTag(doc, 'script')
    .filter((s) => attr(s, 'type') === 'application/ld+json')
    .map((s) => JSON.parse(textOf(s)) as Record<string, unknown>);
}

/** The content of `<meta name|property=key>`. */
function meta(doc: Document, key: string): string | undefined {
  const el = byTag(doc, 'meta').find((m) => attr(m, 'name') === key || attr(m, 'property') === key);
  return el ? attr(el, 'content') : undefined;
}

const canonicalOf = (doc: Document) =>
  byTag(doc, 'link')
    .filter((l) => attr(l, 'rel') === 'canonical')
    .map((l) => attr(l, 'href'));

/** The <loc> values of a sitemap file. */
async function locs(file: string, element: 'sitemap' | 'url'): Promise<string[]> {
  const xml = await readFile(join(siteDir, file), 'utf8');
  const parsed = new XMLParser({ isArray: (name) => name === element }).parse(xml) as Record<
    string,
    Record<string, { loc: string }[]> | undefined
  >;
  const root = parsed[element === 'sitemap' ? 'sitemapindex' : 'urlset'];
  return (root?.[element] ?? []).map((e) => String(e.loc));
}

describe('article JSON-LD', () => {
  test('every article page has a NewsArticle based on its source, and a BreadcrumbList ending at it', async () => {
    const { articles } = await loadContent();
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const url = absolute(articlePath(article.id));
      const blocks = jsonLd(parseHtml(await readPage(siteDir, articlePath(article.id))));
      const news = blocks.find((b) => b['@type'] === 'NewsArticle');
      expect(news, article.id).toBeDefined();
      expect(news?.['@context']).toBe('https://schema.org');
      expect(news?.['headline']).toBe(article.data.title);
      expect(news?.['url']).toBe(url);
      expect((news?.['isBasedOn'] as { url?: string } | undefined)?.url, article.id).toBe(article.data.source.url);
      const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList')?.['itemListElement'] as
        | { position: number; item: string }[]
        | undefined;
      expect(crumbs, article.id).toBeDefined();
      expect(crumbs?.map((c) => c.position)).toEqual(crumbs?.map((_, i) => i + 1));
      expect(crumbs?.[0]?.item).toBe(absolute('/'));
      expect(crumbs?.at(-1)?.item).toBe(url);
    }
  });
});

describe('page metadata', () => {
  test('every page but 404 has a canonical link to itself and matching Open Graph and Twitter tags', async () => {
    for (const page of await loadPages(siteDir)) {
      if (page.file === '404.html') continue;
      const url = absolute(page.path);
      expect(canonicalOf(page.doc), page.file).toEqual([url]);
      expect(meta(page.doc, 'og:url'), page.file).toBe(url);
      expect(meta(page.doc, 'og:title')?.trim(), page.file).toBeTruthy();
      expect(meta(page.doc, 'og:description')?.trim(), page.file).toBeTruthy();
      expect(meta(page.doc, 'twitter:card'), page.file).toMatch(/^summary(_large_image)?$/);
    }
  });

  test('the 404 page is not indexed and claims no canonical address', async () => {
    const doc = parseHtml(await readPage(siteDir, '/404.html'));
    expect(meta(doc, 'robots')).toMatch(/noindex/);
    expect(canonicalOf(doc)).toEqual([]);
    expect(meta(doc, 'og:url')).toBeUndefined();
  });

  test('every page has a non-empty, unique <title> and a meta description', async () => {
    const seen = new Map<string, string>();
    for (const page of await loadPages(siteDir)) {
      const titles = byTag(page.doc, 'title').filter(
        (t) => t.parentNode && 'tagName' in t.parentNode && t.parentNode.tagName === 'head',
      );
      expect(titles.length, page.file).toBe(1);
      const title = textOf(titles[0] ?? page.doc).trim();
      expect(title, page.file).not.toBe('');
      expect(seen.get(title), `${page.file} repeats the title of ${seen.get(title)}`).toBeUndefined();
      seen.set(title, page.file);
      expect(meta(page.doc, 'description')?.trim(), page.file).toBeTruthy();
    }
  });
});

describe('sitemap and robots.txt', () => {
  test('the sitemap index leads to sitemaps listing every HTML page except 404, and nothing else', async () => {
    const sitemaps = await locs('sitemap-index.xml', 'sitemap');
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed: string[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(SITE.replace(/\/?$/, '/')), sitemap).toBe(true);
      listed.push(...(await locs(new URL(sitemap).pathname.slice(1), 'url')));
    }
    expect(listed).toContain(absolute('/'));
    const pages = (await loadPages(siteDir)).filter((p) => p.file !== '404.html').map((p) => absolute(p.path));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...pages].sort());
  });

  test('robots.txt names the sitemap index by its absolute URL', async () => {
    const robots = await readFile(join(siteDir, 'robots.txt'), 'utf8');
    expect(robots.split(/\r?\n/)).toContain(`Sitemap: ${absolute('/sitemap-index.xml')}`);
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  });
});
