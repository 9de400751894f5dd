/** Page object of /articles/ and its country filter (the <country-filter> custom element). */
import type { Page } from 'playwright-core';

/** The all-articles list with its client-side country filter. */
export class ArticlesPage {
  readonly page: Page;
  readonly siteUrl: string;

  constructor(page: Page, siteUrl: string) {
    this.page = page;
    this.siteUrl = siteUrl;
  }

  /** Opens /articles/ with `?country=` for each code and waits until the filter has rendered. */
  async goto(codes: readonly string[] = []): Promise<void> {
    const query = codes.map((c) => `country=${encodeURIComponent(c)}`).join('&');
    await this.page.goto(`${this.siteUrl}/articles/${query ? `?${query}` : ''}`);
    await this.page.waitForSelector('country-filter input[type="checkbox"]', { state: 'attached' });
    if (codes.length > 0)
      await this.page.waitForFunction(() => document.getElementById('list-heading')?.textContent !== 'All articles');
  }

  /** Clicks the checkbox label of a country by its name and waits for the list heading to change. */
  async selectCountry(name: string): Promise<void> {
    await this.whileHeadingChanges(() => this.label(name).click());
  }

  /** Runs `action` (a click, back, forward) and waits until #list-heading shows different text. */
  async whileHeadingChanges(action: () => Promise<unknown>): Promise<void> {
    const before = await this.heading();
    await action();
    await this.page.waitForFunction((old) => document.getElementById('list-heading')?.textContent !== old, before);
  }

  /** Types into the narrowing input of the filter. */
  async narrow(text: string): Promise<void> {
    await this.page.locator('country-filter input[type="search"]').fill(text);
  }

  /** The text of #list-heading. */
  heading(): Promise<string> {
    return this.page.locator('#list-heading').innerText();
  }

  /** The text of #list-count. */
  count(): Promise<string> {
    return this.page.locator('#list-count').innerText();
  }

  /** The article hrefs listed in #article-results now, in order (a filtered list may show only its first cards). */
  shownHrefs(): Promise<string[]> {
    return this.page.$$eval('#article-results a[href^="/articles/"]', (links) =>
      links.map((a) => a.getAttribute('href') ?? '').filter((h) => !h.startsWith('/articles/page/')),
    );
  }

  /** Every article href of the list, in order: clicks "Show more" until the filtered list is complete. */
  async listedHrefs(): Promise<string[]> {
    for (let clicks = 0; await this.more().isVisible(); clicks++) {
      if (clicks > 1000) throw new Error('"Show more" is still visible after 1000 clicks');
      const before = await this.page.locator('#article-results > li').count();
      await this.more().click();
      await this.page.waitForFunction((n) => document.querySelectorAll('#article-results > li').length > n, before);
    }
    return this.shownHrefs();
  }

  /** The filter's "Show more" button (absent or hidden when the list is complete). */
  more() {
    return this.page.locator('#list-more');
  }

  /** Sets how many cards the filter shows at first and adds per "Show more" (its `data-chunk`), before a selection. */
  async setChunk(size: number): Promise<void> {
    const filter = this.page.locator('country-filter');
    await filter.evaluate((el, n) => (el as HTMLElement).setAttribute('data-chunk', String(n)), size);
  }

  /** Codes of the checked countries. */
  checkedCodes(): Promise<string[]> {
    return this.page.$$eval('country-filter input[type="checkbox"]:checked', (boxes) =>
      boxes.map((b) => (b as HTMLInputElement).value),
    );
  }

  /** Names of the countries whose options are visible (not narrowed away). */
  visibleCountryNames(): Promise<string[]> {
    return this.page.$$eval('country-filter .filter-options li:not([hidden]) label', (labels) =>
      labels.map((l) =>
        [...l.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim(),
      ),
    );
  }

  /** The query string of the current URL, decoded into country codes. */
  urlCountries(): string[] {
    return new URL(this.page.url()).searchParams.getAll('country');
  }

  /** Presses the mouse on a country's label without releasing it (no click yet). */
  async pressCountry(name: string): Promise<void> {
    await this.label(name).hover();
    await this.page.mouse.down();
  }

  private label(name: string) {
    return this.page
      .locator('country-filter label')
      .filter({ hasText: new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\d+\\s*$`) });
  }
}
