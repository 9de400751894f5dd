import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { resolve } from 'node:path';
import { readContent } from '../../src/content-files/index.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/cli/shared/browser.ts';
import { ArticlePage } from './pages/article-page.ts';
import { CountryPage } from './pages/country-page.ts';

const siteUrl = inject('siteUrl');
const contentDir = resolve(import.meta.dirname, '../../content');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The frontmatter of the article with this slug, from content/articles/<folder>/<slug>.md. */
async function frontmatterOf(slug: string): Promise<Record<string, unknown>> {
  const matches = (await readContent(contentDir)).articles.filter((a) => a.id === slug);
  expect(matches, `exactly one file for ${slug}`).toHaveLength(1);
  return (matches[0]?.frontmatter?.raw ?? {}) as Record<string, unknown>;
}

describe('the country filter without JavaScript', () => {
  test('is a list of links to country pages, and Iraq leads to /countries/iq/', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${siteUrl}/articles/`);
      expect(await page.locator('country-filter input').count()).toBe(0);
      const links = await page.$$eval('country-filter a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length).toBeGreaterThan(1);
      for (const href of links) expect(href).toMatch(/^\/countries\/[a-z]{2}\/$/);
      const iraq = page.locator('country-filter a').filter({ hasText: /^\s*Iraq\s+\d+\s*$/ });
      expect(await iraq.count()).toBe(1);
      await Promise.all([page.waitForURL(`${siteUrl}/countries/iq/`), iraq.click()]);
      expect(new URL(page.url()).pathname).toBe('/countries/iq/');
      expect(await new CountryPage(page, siteUrl).heading()).toBe('Iraq');
    } finally {
      await context.close();
    }
  });
});

describe('from a country page to the original source', () => {
  test('the first Iraq article links its source URL exactly, with rel noopener', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const country = new CountryPage(page, siteUrl);
      await country.goto('iq');
      const first = (await country.listedHrefs())[0];
      expect(first).toMatch(/^\/articles\/[^/]+\/$/);
      await country.openFirstArticle();
      const article = new ArticlePage(page);
      expect(`/articles/${article.slug()}/`).toBe(first);
      const data = await frontmatterOf(article.slug());
      const source = data['source'] as { url?: unknown } | undefined;
      expect(typeof source?.url).toBe('string');
      const link = await article.sourceLink();
      expect(link.href).toBe(source?.url);
      expect(link.rel?.split(/\s+/)).toContain('noopener');
    } finally {
      await context.close();
    }
  });
});
