import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { articlePath, countryPath, rssPath } from '../../src/lib/paths.ts';
import { absolute, articlesOf, attr, byTag, loadContent, loadPages } from './support.ts';

const siteDir = inject('siteDir');
const FEED_SIZE = 50;

interface RssItem { title: string; link: string; guid?: unknown; source?: { '@_url': string } }

/** Reads an RSS file, checks it is well-formed XML and returns its channel. */
async function readRss(path: string): Promise<{ title: string; link: string; item: RssItem[] }> {
  const xml = await readFile(join(siteDir, path), 'utf8');
  expect(() => SyntaxValidator.validate(xml), `${path} is well-formed XML`).not.toThrow();
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as { rss?: { channel?: { title: string; link: string; item?: RssItem[] } } };
  const channel = parsed.rss?.channel;
  expect(channel, `${path} has an rss/channel`).toBeDefined();
  return { title: String(channel?.title), link: String(channel?.link), item: channel?.item ?? [] };
}

/** Our page URLs for the newest `FEED_SIZE` of `articles` (already newest first). */
const expectedLinks = (articles: readonly { id: string }[]) => articles.slice(0, FEED_SIZE).map((a) => absolute(articlePath(a.id)));

describe('/rss.xml', () => {
  test('lists the newest articles, newest first, linking our article pages', async () => {
    const { articles } = await loadContent();
    const feed = await readRss('rss.xml');
    expect(feed.item.length).toBe(Math.min(FEED_SIZE, articles.length));
    expect(feed.item.map((i) => i.link)).toEqual(expectedLinks(articles));
  });

  test('gives each item its title and the original report as <source url>', async () => {
    const { articles } = await loadContent();
    const byLink = new Map(articles.map((a) => [absolute(articlePath(a.id)), a]));
    for (const item of (await readRss('rss.xml')).item) {
      const article = byLink.get(item.link);
      expect(article, item.link).toBeDefined();
      expect(String(item.title)).toBe(article?.data.title);
      expect(item.source?.['@_url']).toBe(article?.data.source.url);
    }
  });
});

describe('/countries/<iso>/rss.xml', () => {
  test("the most covered country's feed lists only its articles, newest first", async () => {
    const { articles } = await loadContent();
    const counts = new Map<string, number>();
    for (const code of articles.flatMap((a) => a.data.countries)) counts.set(code, (counts.get(code) ?? 0) + 1);
    const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    expect(top, 'content has at least one country').toBeDefined();
    const code = top?.[0] ?? '';
    const feed = await readRss(rssPath(code).slice(1));
    expect(feed.item.length).toBe(Math.min(FEED_SIZE, top?.[1] ?? 0));
    expect(feed.item.map((i) => i.link)).toEqual(expectedLinks(articlesOf(articles, code)));
  });

  test('every country with articles has a feed listing exactly its newest articles', async () => {
    const { articles } = await loadContent();
    const codes = [...new Set(articles.flatMap((a) => a.data.countries))].sort();
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      const feed = await readRss(rssPath(code).slice(1));
      expect(feed.item.map((i) => i.link), code).toEqual(expectedLinks(articlesOf(articles, code)));
    }
  });
});

describe('/feed.json', () => {
  test('is JSON Feed 1.1 whose items link our pages and carry external_url = the source URL', async () => {
    const { articles } = await loadContent();
    const feed = JSON.parse(await readFile(join(siteDir, 'feed.json'), 'utf8')) as { version: string; items: { id: string; url: string; external_url: string; title: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => i.url)).toEqual(expectedLinks(articles));
    const byUrl = new Map(articles.map((a) => [absolute(articlePath(a.id)), a]));
    for (const item of feed.items) {
      expect(item.id, item.url).toBeTruthy();
      expect(item.title).toBe(byUrl.get(item.url)?.data.title);
      expect(item.external_url, item.url).toBe(byUrl.get(item.url)?.data.source.url);
    }
  });
});

describe('feed discovery', () => {
  test('every HTML page links the site-wide RSS feed', async () => {
    for (const page of await loadPages(siteDir)) {
      const feeds = byTag(page.doc, 'link').filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'type') === 'application/rss+xml');
      expect(feeds.map((l) => attr(l, 'href')), page.file).toContain(rssPath());
    }
  });

  test("every country page also links its own feed, and the feed exists", async () => {
    const pages = (await loadPages(siteDir)).filter((p) => /^\/countries\/[a-z]{2}\//.test(p.path));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const code = page.path.split('/')[2] ?? '';
      expect(page.path.startsWith(countryPath(code))).toBe(true);
      const feeds = byTag(page.doc, 'link').filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'type') === 'application/rss+xml').map((l) => attr(l, 'href'));
      expect(feeds, page.file).toContain(rssPath(code));
      await expect(readFile(join(siteDir, rssPath(code)))).resolves.toBeDefined();
    }
  });
});
