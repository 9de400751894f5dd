/** Page object of a country page (/countries/<code>/ and its /page/<n>/ continuations). */
import type { Page } from 'playwright-core';

/** One country's paginated article list. */
export class CountryPage {
  constructor(readonly page: Page, readonly siteUrl: string) {}

  /** Opens page 1 of the country with this ISO code. */
  async goto(code: string): Promise<void> {
    await this.page.goto(`${this.siteUrl}/countries/${code.toLowerCase()}/`);
  }

  /** The h1 text. */
  heading(): Promise<string> {
    return this.page.locator('h1').innerText();
  }

  /** Article links of the list on the current page (not pagination links). */
  listedHrefs(): Promise<string[]> {
    return this.page.$$eval('ol.article-list a[href^="/articles/"]', (links) =>
      links.map((a) => a.getAttribute('href') ?? '').filter((h) => !h.startsWith('/articles/page/')));
  }

  /** Article links across every page of the country, following rel="next" until the last page. */
  async allListedHrefs(code: string): Promise<string[]> {
    await this.goto(code);
    const hrefs: string[] = [];
    for (let guard = 0; guard < 100; guard++) {
      hrefs.push(...(await this.listedHrefs()));
      const next = await this.page.locator('.pagination a[rel="next"]').getAttribute('href').catch(() => null);
      if (!next) return hrefs;
      await this.page.goto(new URL(next, this.page.url()).href);
    }
    throw new Error(`more than 100 pages for ${code}`);
  }

  /** Follows the first article link of the list and waits for the article page. */
  async openFirstArticle(): Promise<void> {
    await Promise.all([this.page.waitForURL(/\/articles\/[^/]+\/$/), this.page.locator('ol.article-list .card-title a').first().click()]);
  }
}
