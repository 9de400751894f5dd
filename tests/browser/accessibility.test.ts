import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../src/cli/shared/browser.ts';
import { listPages, pathOfPage } from '../helpers/dist.ts';
import { axeViolations } from './axe.ts';
import { SEARCH_IDS } from '../../src/lib/dom-contract.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
let browser: Browser;

/** The first built page under `section` that is one item (not the index, not a list page). */
function firstItem(files: string[], section: string): string {
  const file = files.find((f) => new RegExp(`^${section}/(?!page/)[^/]+/index\\.html$`).test(f));
  if (!file) throw new Error(`no ${section} item page in the build`);
  return pathOfPage(file);
}

/** The first built page whose file matches `pattern`. */
function firstMatch(files: string[], pattern: RegExp): string {
  const file = files.find((f) => pattern.test(f));
  if (!file) throw new Error(`no page matching ${pattern} in the build`);
  return pathOfPage(file);
}

const files = await listPages(siteDir);
/** One page of every type, by name. */
const pages: [string, string][] = [
  ['home', '/'],
  ['article list', '/articles/'],
  ['filtered article list', '/articles/?country=iq&country=jo'],
  ['article', firstItem(files, 'articles')],
  ['country index', '/countries/'],
  ['country', '/countries/iq/'],
  ['country with a claims chart', '/countries/np/'],
  ['country outlets', firstMatch(files, /^countries\/[a-z]{2}\/sources\/index\.html$/)],
  ['key figures by country', '/figures/'],
  ['source index', '/sources/'],
  ['source', firstItem(files, 'sources')],
  ['topic index', '/topics/'],
  ['topic', firstItem(files, 'topics')],
  ['story index', '/stories/'],
  ['story', firstItem(files, 'stories')],
  ['about', '/about/'],
  ['search', '/search/'],
  ['search with results', '/search/?q=Iraq'],
  ['not found', '/no-such-page-here/'],
  // The localized pages, in a right-to-left and a Devanagari language (issue 24).
  ['Arabic home', '/ar/'],
  ['Arabic country', '/ar/countries/iq/'],
  ['Arabic article', `/ar${firstItem(files, 'articles')}`],
  ['Arabic search with results', '/ar/search/?q=Iraq'],
  ['Nepali home', '/ne/'],
  ['Nepali country', '/ne/countries/np/'],
  ['Nepali article', `/ne${firstItem(files, 'articles')}`],
];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path` in the given colour scheme and waits for client-rendered parts (search UI, filter). */
async function open(colorScheme: 'light' | 'dark', path: string): Promise<Page> {
  const context = await browser.newContext({ colorScheme, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${siteUrl}${path}`);
  await page.emulateMedia({ colorScheme });
  if (path.startsWith('/search/')) await page.waitForSelector(`#${SEARCH_IDS.query}`);
  if (path.includes('?q=')) await page.waitForSelector(`#${SEARCH_IDS.results} li a`);
  if (path.startsWith('/articles/?'))
    await page.waitForFunction(() => document.getElementById('list-heading')?.textContent !== 'All articles');
  else if (path === '/articles/')
    await page.waitForSelector('country-filter input[type="checkbox"]', { state: 'attached' });
  return page;
}

describe.each(['light', 'dark'] as const)('axe-core in the %s colour scheme', (scheme) => {
  test.each(pages)('finds no violations on the %s page (%s)', async (_name, path) => {
    const page = await open(scheme, path);
    try {
      expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
      if (path.startsWith('/no-such')) expect(await page.locator('h1').innerText()).toBe('Page not found');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
