/** Page object of one article page (/articles/<slug>/). */
import type { Page } from 'playwright-core';

/** An article summary with its source block. */
export class ArticlePage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** The slug from the current URL. */
  slug(): string {
    const match = /\/articles\/([^/]+)\/$/.exec(new URL(this.page.url()).pathname);
    if (!match?.[1]) throw new Error(`not an article URL: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  /** The href and rel attributes of the source block's main link, as written in the HTML. */
  async sourceLink(): Promise<{ href: string | null; rel: string | null }> {
    const link = this.page.locator('.source-block a.button');
    return { href: await link.getAttribute('href'), rel: await link.getAttribute('rel') };
  }
}
