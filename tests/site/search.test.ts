import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { countryName, languageName } from '../../src/lib/names.ts';
import { articlePath, searchPath } from '../../src/lib/paths.ts';
import type { ArticleItem } from '../../src/lib/types.ts';
import { launchBrowser } from '../../src/cli/shared/browser.ts';
import { loadContent, type Content } from './support.ts';
import { withMergedIndex } from '../helpers/pagefind.ts';
import { orderParts, searchParts } from '../../src/lib/search.ts';
import { SEARCH_IDS, SEARCH_PART_FILTER, SEARCH_PARTS_ATTRIBUTE } from '../../src/lib/dom-contract.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
let browser: Browser;
let page: Page;

/** Runs `body` in the search page with `pf` bound to the site's Pagefind, every part of the index merged. */
function withPagefind<T>(body: string): Promise<T> {
  return page.evaluate(withMergedIndex(body)) as Promise<T>;
}

/** The URLs of every result of a search (`term` null for filters only). */
function resultUrls(term: string | null, filters: Record<string, unknown> = {}): Promise<string[]> {
  return withPagefind<
    string[]
  >(`const found = await pf.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    return Promise.all(found.results.map(async (r) => (await r.data()).url));`);
}

/** How many articles carry each value of a facet. */
function countBy(articles: readonly ArticleItem[], values: (a: ArticleItem) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of articles) for (const v of new Set(values(a))) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Words of an article's title whose stem (its first four letters) occurs in no other article nor in any vocabulary name. */
function distinctiveWords(content: Content, article: ArticleItem): string[] {
  const vocab = [...content.outlets.values()]
    .map((o) => o.name)
    .concat(
      [...content.topics.values()].map((t) => t.title),
      [...content.stories.values()].map((s) => s.title),
    );
  const others = content.articles
    .filter((a) => a.id !== article.id)
    .map((a) => content.files.get(a.id) ?? '')
    .concat(vocab)
    .join('\n')
    .toLowerCase();
  return [...new Set(article.data.title.toLowerCase().match(/\p{L}{7,}/gu) ?? [])].filter(
    (w) => !others.includes(w.slice(0, 4)),
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${siteUrl}${searchPath()}`);
});

afterAll(async () => {
  await browser?.close();
});

describe('the Pagefind index', () => {
  test('offers the country, topic, outlet, language and part filters with counts matching the content', async () => {
    const { articles, outlets, topics } = await loadContent();
    const partOf = searchParts(articles.map((a) => a.data.source.published));
    const filters = await withPagefind<Record<string, Record<string, number>>>('return pf.filters();');
    expect(Object.keys(filters).sort()).toEqual(['country', 'language', 'outlet', SEARCH_PART_FILTER, 'topic'].sort());
    expect(filters[SEARCH_PART_FILTER]).toEqual(countBy(articles, (a) => [partOf(a.data.source.published)]));
    expect(filters['country']).toEqual(countBy(articles, (a) => a.data.countries.map(countryName)));
    expect(filters['topic']).toEqual(countBy(articles, (a) => a.data.topics.map((t) => topics.get(t)?.title ?? t)));
    expect(filters['outlet']).toEqual(
      countBy(articles, (a) => [outlets.get(a.data.source.outlet)?.name ?? a.data.source.outlet]),
    );
    expect(filters['language']).toEqual(countBy(articles, (a) => [languageName(a.data.source.language)]));
  });

  test("is one bundle per part of the originals, as the search page lists them, each holding that part's pages", async () => {
    const { articles } = await loadContent();
    const partOf = searchParts(articles.map((a) => a.data.source.published));
    const parts = orderParts(articles.map((a) => partOf(a.data.source.published)));
    expect(parts.length, 'the content spans several years').toBeGreaterThan(2);
    const listed = await page.evaluate(
      (attribute) => document.querySelector(`[${attribute}]`)?.getAttribute(attribute),
      SEARCH_PARTS_ATTRIBUTE,
    );
    expect(listed).toBe(parts.join(' '));
    expect((await readdir(join(siteDir, 'pagefind'))).sort()).toEqual([...parts].sort());
    for (const part of [parts[0], parts.at(-1)]) {
      const urls = await resultUrls(null, { [SEARCH_PART_FILTER]: part });
      expect([...urls].sort(), `the ${part} part`).toEqual(
        articles
          .filter((a) => partOf(a.data.source.published) === part)
          .map((a) => articlePath(a.id))
          .sort(),
      );
    }
  });

  test('indexes exactly the article pages, each once', async () => {
    const { articles } = await loadContent();
    const urls = await resultUrls(null);
    expect(urls.length).toBe(articles.length);
    expect([...urls].sort()).toEqual(articles.map((a) => articlePath(a.id)).sort());
  });

  test("filtering by a country returns exactly that country's articles", async () => {
    const { articles } = await loadContent();
    const [code] =
      Object.entries(countBy(articles, (a) => a.data.countries)).sort(
        (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
      )[0] ?? [];
    expect(code).toBeDefined();
    const urls = await resultUrls(null, { country: countryName(code ?? '') });
    expect([...urls].sort()).toEqual(
      articles
        .filter((a) => a.data.countries.includes(code ?? ''))
        .map((a) => articlePath(a.id))
        .sort(),
    );
  });

  test('a search for a word found in only one article returns that article alone, on the search page', async () => {
    const content = await loadContent();
    const picks = content.articles
      .map((a) => ({ article: a, word: distinctiveWords(content, a)[0] }))
      .filter((p) => p.word !== undefined)
      .slice(0, 3);
    expect(picks.length, 'the content has articles with distinctive title words').toBeGreaterThan(0);
    // The search page's own script: the parts of the index that lack the word must not answer with partial matches.
    const searchPage = await browser.newPage();
    try {
      for (const { article, word } of picks) {
        await searchPage.goto(`${siteUrl}${searchPath()}?q=${encodeURIComponent(word ?? '')}`);
        await searchPage.waitForSelector(`#${SEARCH_IDS.results}[aria-busy="false"] li`);
        const urls = await searchPage.$$eval(`#${SEARCH_IDS.results} h2 a`, (as) =>
          as.map((a) => a.getAttribute('href')),
        );
        expect(urls, `search for "${word}"`).toEqual([articlePath(article.id)]);
      }
    } finally {
      await searchPage.close();
    }
  });
});
