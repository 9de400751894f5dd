import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { sortByAdded } from '../../src/lib/feeds.ts';
import { listFeeds } from '../../src/lib/feed-list.ts';
import type { ArticleItem } from '../../src/lib/types.ts';
import { articlePath, countryPath, rssPath } from '../../src/lib/paths.ts';
import { readPage } from '../helpers/dist.ts';
import { isSiteLocale, localePath, type SiteLocale } from '../../src/i18n/index.ts';
import { absolute, articlesOf, attr, byTag, loadContent, loadPages } from './support.ts';

const siteDir = inject('siteDir');
const FEED_SIZE = 50;

interface RssItem {
  title: string;
  link: string;
  guid?: unknown;
  source?: { '@_url': string };
}

/** Reads an RSS file, checks it is well-formed XML and returns its channel. */
async function readRss(path: string): Promise<{ title: string; link: string; item: RssItem[] }> {
  const xml = await readFile(join(siteDir, path), 'utf8');
  expect(() => SyntaxValidator.validate(xml), `${path} is well-formed XML`).not.toThrow();
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as {
    rss?: { channel?: { title: string; link: string; item?: RssItem[] } };
  };
  const channel = parsed.rss?.channel;
  expect(channel, `${path} has an rss/channel`).toBeDefined();
  return { title: String(channel?.title), link: String(channel?.link), item: channel?.item ?? [] };
}

/** Our page URLs for the `FEED_SIZE` most recently added of `articles`. */
const expectedLinks = (articles: readonly ArticleItem[], locale: SiteLocale = 'en') =>
  sortByAdded(articles)
    .slice(0, FEED_SIZE)
    .map((a) => absolute(localePath(locale, articlePath(a.id))));

describe('/rss.xml', () => {
  test('lists the most recently added articles first, linking our article pages', async () => {
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
      expect(
        feed.item.map((i) => i.link),
        code,
      ).toEqual(expectedLinks(articlesOf(articles, code)));
    }
  });
});

describe('/feed.json', () => {
  test('is JSON Feed 1.1 whose items link our pages and carry external_url = the source URL', async () => {
    const { articles } = await loadContent();
    const feed = JSON.parse(await readFile(join(siteDir, 'feed.json'), 'utf8')) as {
      version: string;
      items: { id: string; url: string; external_url: string; title: string }[];
    };
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
      const feeds = byTag(page.doc, 'link').filter(
        (l) => attr(l, 'rel') === 'alternate' && attr(l, 'type') === 'application/rss+xml',
      );
      expect(
        feeds.map((l) => attr(l, 'href')),
        page.file,
      ).toContain(rssPath());
    }
  });

  test('every country page also links its own feed, and the feed exists', async () => {
    const pages = (await loadPages(siteDir)).filter((p) => /^\/countries\/[a-z]{2}\//.test(p.path));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const code = page.path.split('/')[2] ?? '';
      expect(page.path.startsWith(countryPath(code))).toBe(true);
      const feeds = byTag(page.doc, 'link')
        .filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'type') === 'application/rss+xml')
        .map((l) => attr(l, 'href'));
      expect(feeds, page.file).toContain(rssPath(code));
      await expect(readFile(join(siteDir, rssPath(code)))).resolves.toBeDefined();
    }
  });
});

describe('what is new', () => {
  test("the feeds are ordered by the day added, and each item is dated by it, whatever the report's own date", async () => {
    const { articles } = await loadContent();
    const byLink = new Map(articles.map((a) => [absolute(articlePath(a.id)), a]));
    const xml = await readFile(join(siteDir, 'rss.xml'), 'utf8');
    const items = new XMLParser().parse(xml).rss.channel.item as {
      link: string;
      pubDate: string;
      description: string;
    }[];
    const added = items.map((i) => byLink.get(i.link)?.data.added ?? '');
    expect(added).toEqual([...added].sort().reverse());
    for (const item of items) {
      const article = byLink.get(item.link)!;
      expect(new Date(item.pubDate).toISOString().slice(0, 10), item.link).toBe(article.data.added);
      const published = article.data.source.published;
      if (published === undefined) expect(item.description).toContain('publication date unknown');
      else if (published.length < 10) expect(item.description, item.link).not.toMatch(/published 1 /);
    }
  });

  test('a report of an earlier year added most recently comes first in the site, JSON and country feeds', async () => {
    const { articles } = await loadContent();
    const [newest] = sortByAdded(articles);
    expect(newest).toBeDefined();
    const link = absolute(articlePath(newest!.id));
    expect((await readRss('rss.xml')).item[0]?.link).toBe(link);
    const json = JSON.parse(await readFile(join(siteDir, 'feed.json'), 'utf8')) as { items: { url: string }[] };
    expect(json.items[0]?.url).toBe(link);
    for (const code of newest!.data.countries) expect((await readRss(rssPath(code).slice(1))).item[0]?.link).toBe(link);
    const older = articles.filter(
      (a) => a.data.added === newest!.data.added && (a.data.source.published ?? '9') < a.data.added.slice(0, 4),
    );
    expect(older.length, 'an entry added on the newest day reports an earlier year').toBeGreaterThan(0);
  });
});

describe('feeds per topic, outlet and story, /feeds/ and the OPML file', () => {
  test('every feed that /feeds/ and the OPML list exists, is valid, and lists its own articles', async () => {
    const { articles, outlets, topics, stories } = await loadContent();
    const names = {
      outlet: (id: string) => outlets.get(id)?.name ?? id,
      topic: (id: string) => topics.get(id)?.title ?? id,
      story: (id: string) => stories.get(id)?.title ?? id,
    };
    const feeds = listFeeds(articles, names, 'x').filter((f) => f.type === 'rss');
    const kinds = ['site', 'languages', 'countries', 'topics', 'sources', 'stories'];
    expect(new Set(feeds.map((f) => f.kind))).toEqual(new Set(kinds));
    const page = await readPage(siteDir, '/feeds/');
    const opml = await readFile(join(siteDir, 'feeds.opml'), 'utf8');
    expect(() => SyntaxValidator.validate(opml)).not.toThrow();
    const outlines = JSON.stringify(new XMLParser({ ignoreAttributes: false }).parse(opml));
    for (const feed of feeds) {
      expect(page, feed.href).toContain(`href="${feed.href}"`);
      expect(outlines, feed.href).toContain(absolute(feed.href));
      const rss = await readRss(feed.href.slice(1));
      expect(
        rss.item.map((i) => i.link),
        feed.href,
      ).toEqual(expectedLinks(feed.articles, feed.kind === 'languages' && isSiteLocale(feed.key) ? feed.key : 'en'));
    }
  });

  test('topic, outlet and story pages announce their own feed with <link rel="alternate">', async () => {
    const pages = (await loadPages(siteDir)).filter((p) => /^\/(topics|sources|stories)\/[^/]+\/$/.test(p.path));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const feeds = byTag(page.doc, 'link')
        .filter((l) => attr(l, 'rel') === 'alternate')
        .map((l) => attr(l, 'href'));
      expect(feeds, page.path).toContain(`${page.path}rss.xml`);
    }
  });
});
