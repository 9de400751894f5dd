import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FILTER_CHUNK } from '../../src/lib/filter-list.ts';
import { launchBrowser } from '../../src/cli/shared/browser.ts';
import { ArticlesPage } from './pages/articles-page.ts';
import { CountryPage } from './pages/country-page.ts';
import { crawlArticleList } from './pages/paged-list.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Article hrefs of every page of each country, as the country pages list them. */
const byCountry = new Map<string, string[]>();

const sorted = (hrefs: Iterable<string>): string[] => [...new Set(hrefs)].sort();
const plural = (n: number): string => `${n} article${n === 1 ? '' : 's'}`;

beforeAll(async () => {
  browser = await launchBrowser();
  const scratch = await browser.newPage();
  const countries = new CountryPage(scratch, siteUrl);
  for (const code of ['iq', 'jo']) byCountry.set(code, await countries.allListedHrefs(code));
  await scratch.close();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

describe('country filter on /articles/', () => {
  test('the country pages of Iraq and Jordan list articles', () => {
    expect(byCountry.get('iq')?.length).toBeGreaterThan(0);
    expect(byCountry.get('jo')?.length).toBeGreaterThan(0);
  });

  test('following the pages of a paginated list collects every article once', async () => {
    await page.goto(`${siteUrl}/articles/`);
    const total = Number.parseInt(await new ArticlesPage(page, siteUrl).count(), 10);
    const { hrefs, pages } = await crawlArticleList(page, `${siteUrl}/articles/`);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(hrefs).size).toBe(total);
    expect(hrefs.length).toBe(total);
  });

  test('?country=iq lists exactly the articles of every Iraq page', async () => {
    const articles = new ArticlesPage(page, siteUrl);
    await articles.goto(['iq']);
    const listed = await articles.listedHrefs();
    expect(listed.length).toBe(new Set(listed).size);
    expect(sorted(listed)).toEqual(sorted(byCountry.get('iq') ?? []));
    expect(await articles.heading()).toBe('Articles about Iraq');
    expect(await articles.count()).toBe(plural(listed.length));
  });

  test('?country=iq&country=jo lists the union of the Iraq and Jordan pages', async () => {
    const articles = new ArticlesPage(page, siteUrl);
    await articles.goto(['iq', 'jo']);
    const listed = await articles.listedHrefs();
    const union = sorted([...(byCountry.get('iq') ?? []), ...(byCountry.get('jo') ?? [])]);
    expect(listed.length).toBe(new Set(listed).size);
    expect(sorted(listed)).toEqual(union);
    expect(await articles.heading()).toBe('Articles about Iraq or Jordan');
    expect(await articles.count()).toBe(plural(union.length));
    expect(await articles.checkedCodes()).toEqual(expect.arrayContaining(['iq', 'jo']));
  });

  test('selecting countries by their labels updates the URL, heading, count and list', async () => {
    const articles = new ArticlesPage(page, siteUrl);
    await articles.goto();
    expect(await articles.heading()).toBe('All articles');
    await articles.selectCountry('Iraq');
    expect(articles.urlCountries()).toEqual(['iq']);
    expect(await articles.heading()).toBe('Articles about Iraq');
    expect(await articles.count()).toBe(plural(byCountry.get('iq')?.length ?? -1));
    expect(sorted(await articles.listedHrefs())).toEqual(sorted(byCountry.get('iq') ?? []));

    await articles.selectCountry('Jordan');
    const union = sorted([...(byCountry.get('iq') ?? []), ...(byCountry.get('jo') ?? [])]);
    expect(articles.urlCountries().sort()).toEqual(['iq', 'jo']);
    expect(await articles.heading()).toMatch(/^Articles about (Iraq or Jordan|Jordan or Iraq)$/);
    expect(await articles.count()).toBe(plural(union.length));
    expect(sorted(await articles.listedHrefs())).toEqual(union);

    await articles.selectCountry('Iraq');
    expect(articles.urlCountries()).toEqual(['jo']);
    expect(await articles.heading()).toBe('Articles about Jordan');
    expect(sorted(await articles.listedHrefs())).toEqual(sorted(byCountry.get('jo') ?? []));
  });

  test('a selection that fits one chunk is shown whole, with no "Show more"', async () => {
    const articles = new ArticlesPage(page, siteUrl);
    await articles.goto(['iq', 'jo']);
    const union = sorted([...(byCountry.get('iq') ?? []), ...(byCountry.get('jo') ?? [])]);
    expect(union.length).toBeLessThanOrEqual(FILTER_CHUNK);
    expect(sorted(await articles.shownHrefs())).toEqual(union);
    expect(await articles.more().isVisible()).toBe(false);
  });

  test('a long selection shows its first chunk and the total count, then the rest on "Show more"', async () => {
    const articles = new ArticlesPage(page, siteUrl);
    const iraq = byCountry.get('iq') ?? [];
    const union = sorted([...iraq, ...(byCountry.get('jo') ?? [])]);
    const chunk = 5;
    expect(iraq.length, 'Iraq needs more than two chunks for this test').toBeGreaterThan(2 * chunk);
    await articles.goto();
    await articles.setChunk(chunk);
    await articles.selectCountry('Iraq');
    const first = await articles.shownHrefs();
    expect(first.length).toBe(chunk);
    expect(await articles.count()).toBe(plural(iraq.length));
    expect(await articles.more().innerText()).toBe(`Show ${chunk} more (${chunk} of ${iraq.length} shown)`);

    await articles.more().click();
    const second = await articles.shownHrefs();
    expect(second.slice(0, chunk)).toEqual(first);
    expect(second.length).toBe(2 * chunk);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused, 'focus moves to the first card added').toBe(second[chunk]);

    await articles.selectCountry('Jordan');
    expect((await articles.shownHrefs()).length, 'a new selection starts again at one chunk').toBe(chunk);
    const listed = await articles.listedHrefs();
    expect(listed.length).toBe(new Set(listed).size);
    expect(sorted(listed)).toEqual(union);
    expect(await articles.count()).toBe(plural(union.length));
    expect(await articles.more().isVisible()).toBe(false);
  });

  test('pressing a country starts fetching its index before the click', async () => {
    const articles = new ArticlesPage(page, siteUrl);
    await articles.goto();
    const requested = page.waitForRequest((r) => new URL(r.url()).pathname === '/data/countries/iq.json', {
      timeout: 5000,
    });
    await articles.pressCountry('Iraq');
    await requested;
    expect(await articles.heading(), 'nothing is selected until the click').toBe('All articles');
    await articles.whileHeadingChanges(() => page.mouse.up());
    expect(await articles.heading()).toBe('Articles about Iraq');
  });

  test('clearing every country restores the full list and its count', async () => {
    const articles = new ArticlesPage(page, siteUrl);
    await articles.goto();
    const original = {
      heading: await articles.heading(),
      count: await articles.count(),
      hrefs: await articles.listedHrefs(),
    };
    await articles.selectCountry('Iraq');
    await articles.selectCountry('Iraq');
    expect(new URL(page.url()).search).toBe('');
    expect({
      heading: await articles.heading(),
      count: await articles.count(),
      hrefs: await articles.listedHrefs(),
    }).toEqual(original);
  });

  test('typing in the narrowing input hides countries that do not match', async () => {
    const articles = new ArticlesPage(page, siteUrl);
    await articles.goto();
    const all = await articles.visibleCountryNames();
    expect(all).toEqual(expect.arrayContaining(['Iraq', 'Jordan']));
    await articles.narrow('ira');
    const narrowed = await articles.visibleCountryNames();
    expect(narrowed).toContain('Iraq');
    expect(narrowed).not.toContain('Jordan');
    expect(narrowed).toEqual(all.filter((name) => name.toLowerCase().includes('ira')));
    await articles.narrow('');
    expect(await articles.visibleCountryNames()).toEqual(all);
  });
});

describe('country filter history', () => {
  test('back and forward restore the earlier selections', async () => {
    const articles = new ArticlesPage(page, siteUrl);
    await articles.goto();
    await articles.selectCountry('Iraq');
    await articles.selectCountry('Jordan');
    const union = sorted([...(byCountry.get('iq') ?? []), ...(byCountry.get('jo') ?? [])]);

    await articles.whileHeadingChanges(() => page.goBack());
    expect(articles.urlCountries()).toEqual(['iq']);
    expect(await articles.checkedCodes()).toEqual(['iq']);
    expect(await articles.heading()).toBe('Articles about Iraq');
    expect(sorted(await articles.listedHrefs())).toEqual(sorted(byCountry.get('iq') ?? []));

    await articles.whileHeadingChanges(() => page.goForward());
    expect(articles.urlCountries().sort()).toEqual(['iq', 'jo']);
    expect((await articles.checkedCodes()).sort()).toEqual(['iq', 'jo']);
    expect(sorted(await articles.listedHrefs())).toEqual(union);

    await articles.whileHeadingChanges(() => page.goBack());
    await articles.whileHeadingChanges(() => page.goBack());
    expect(await articles.checkedCodes()).toEqual([]);
    expect(await articles.heading()).toBe('All articles');
  });
});
