import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../src/cli/shared/browser.ts';
import { listPages, pathOfPage } from '../helpers/dist.ts';
import { LIST_IDS, SEARCH_IDS } from '../../src/lib/dom-contract.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const shots = resolve(import.meta.dirname, '../../test-output/screenshots');
const pages = await listPages(siteDir);
const article = pathOfPage(pages.find((f) => /^articles\/(?!page\/)[^/]+\/index\.html$/.test(f)) ?? 'missing');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openAt(width: number, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  expect((await page.goto(`${siteUrl}${path}`))?.status(), path).toBe(200);
  return page;
}

describe('the header', () => {
  test.each(
    [1024, 1280].flatMap((width) =>
      [
        ['home', '/'],
        ['article', article],
        ['country', '/countries/iq/'],
        ['search', '/search/'],
        ['sources', '/sources/'],
      ].map(([name, path]) => [name, path, width] as const),
    ),
  )('is one row on the %s page (%s) at %i px', async (_n, path, width) => {
    const page = await openAt(width, path!);
    try {
      const boxes = await page.evaluate(() =>
        ['.brand', '.site-header nav:not(.language-switcher)', '.search-form'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom };
        }),
      );
      const [brand, nav, search] = boxes as [
        { top: number; bottom: number },
        { top: number; bottom: number },
        { top: number; bottom: number },
      ];
      for (const box of [nav, search]) expect(box.top, path).toBeLessThan(brand.bottom);
      const navHeight = await page.evaluate(() => {
        const items = [...document.querySelectorAll('.site-header nav:not(.language-switcher) li')].map(
          (li) => li.getBoundingClientRect().top,
        );
        return Math.max(...items) - Math.min(...items);
      });
      expect(navHeight, `${path}: navigation items on one line`).toBeLessThan(4);
    } finally {
      await page.context().close();
    }
  });
});

describe('the filtered list', () => {
  test('renders each card with exactly the markup of the same card unfiltered', async () => {
    const page = await openAt(1280, '/articles/');
    try {
      const cards = () => page.$$eval(`#${LIST_IDS.results} > li`, (items) => items.map((li) => li.innerHTML));
      const unfiltered = await cards();
      const byHref = new Map(unfiltered.map((html) => [/href="([^"]+)"/.exec(html)?.[1], html]));
      await page.goto(`${siteUrl}/articles/?country=iq`);
      await page.waitForFunction((id) => document.getElementById(id)?.textContent !== 'All articles', LIST_IDS.heading);
      const filtered = await cards();
      let compared = 0;
      for (const html of filtered) {
        const href = /href="([^"]+)"/.exec(html)?.[1];
        const server = byHref.get(href);
        if (server === undefined) continue;
        expect(html.replace(/<!--.*?-->/g, ''), href).toBe(server.replace(/<!--.*?-->/g, ''));
        compared += 1;
      }
      expect(compared, 'Iraq articles on the first unfiltered page').toBeGreaterThan(0);
      expect(filtered.some((html) => html.includes('href="/countries/iq/"'))).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});

describe('printing', () => {
  test('an article prints without navigation or search, with each external address written out', async () => {
    const page = await openAt(1024, article);
    try {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(shots, 'article-print.png'), fullPage: true });
      const shown = await page.evaluate(() => ({
        nav: getComputedStyle(document.querySelector('.site-header')!).display,
        search: getComputedStyle(document.querySelector('.search-form')!).display,
        after: getComputedStyle(document.querySelector('.source-link a')!, '::after').content,
        href: document.querySelector('.source-link a')!.getAttribute('href'),
        keep: getComputedStyle(document.querySelector('.source-block')!).breakInside,
      }));
      expect(shown.nav).toBe('none');
      expect(shown.search).toBe('none');
      expect(shown.after).toContain(shown.href);
      expect(shown.keep).toBe('avoid');
    } finally {
      await page.context().close();
    }
  });
});

describe('search', () => {
  test('shows outlet and date for each result, follows the query in the address, and sorts by date', async () => {
    const page = await openAt(1280, '/search/');
    try {
      await page.locator(`#${SEARCH_IDS.query}`).pressSequentially('Nepal', { delay: 30 });
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Nepal');
      await page.waitForSelector(`#${SEARCH_IDS.results} li`);
      const meta = await page.$$eval(`#${SEARCH_IDS.results} .meta`, (ps) => ps.map((p) => p.textContent ?? ''));
      expect(meta.length).toBeGreaterThan(0);
      for (const line of meta) expect(line, 'outlet · date').toMatch(/\S · (\d|[A-Z][a-z]+ \d{4}|\d{4}|Date unknown)/);
      await page.selectOption(`#${SEARCH_IDS.sort}`, 'newest');
      // The address changes when the sorted search starts; the list is busy until its results replace the old ones.
      await page.waitForFunction(
        (id) =>
          new URL(location.href).searchParams.get('sort') === 'newest' &&
          document.getElementById(id)?.getAttribute('aria-busy') === 'false',
        SEARCH_IDS.results,
      );
      expect(await page.locator(`#${SEARCH_IDS.results} li`).count()).toBeGreaterThan(1);
      const dates = await page.$$eval(`#${SEARCH_IDS.results} time`, (ts) =>
        ts.map((t) => t.getAttribute('datetime') ?? ''),
      );
      const keys = dates.map((d) => d.padEnd(10, '-'));
      expect(keys).toEqual([...keys].sort().reverse());
      const reopened = await openAt(1280, `/search/?q=Nepal&sort=newest`);
      try {
        expect(await reopened.locator(`#${SEARCH_IDS.query}`).inputValue()).toBe('Nepal');
        await reopened.waitForSelector(`#${SEARCH_IDS.results} li`);
      } finally {
        await reopened.context().close();
      }
    } finally {
      await page.context().close();
    }
  });
});
