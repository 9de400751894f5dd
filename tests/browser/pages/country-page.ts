/** Page object of a country page (/countries/<code>/ and its /page/<n>/ continuations). */
import type { Page } from 'playwright-core';
import { articleListHrefs, crawlArticleList } from './paged-list.ts';

/** One country's paginated article list. */
export class CountryPage {
  readonly page: Page;
  readonly siteUrl: string;

  constructor(page: Page, siteUrl: string) {
    this.page = page;
    this.siteUrl = siteUrl;
  }

  /** Opens page 1 of the country with this ISO code. */
  async goto(code: string): Promise<void> {
    await this.page.goto(this.url(code));
  }

  /** The URL of page 1 of a country. */
  url(code: string): string {
    return `${this.siteUrl}/countries/${code.toLowerCase()}/`;
  }

  /** The h1 text. */
  heading(): Promise<string> {
    return this.page.locator('h1').innerText();
  }

  /** Article links of the list on the current page (not pagination links). */
  listedHrefs(): Promise<string[]> {
    return articleListHrefs(this.page);
  }

  /** Article links across every page of the country. */
  async allListedHrefs(code: string): Promise<string[]> {
    return (await crawlArticleList(this.page, this.url(code))).hrefs;
  }

  /** Follows the first article link of the list and waits for the article page. */
  async openFirstArticle(): Promise<void> {
    await Promise.all([
      this.page.waitForURL(/\/articles\/[^/]+\/$/),
      this.page.locator('ol.article-list .card-title a').first().click(),
    ]);
  }
}
