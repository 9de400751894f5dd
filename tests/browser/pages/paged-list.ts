/** Reading a paginated article list (`ol.article-list` plus `.pagination`) across all of its pages. */
import type { Page } from 'playwright-core';

/** Article links in `ol.article-list` on the current page, without page links. */
export function articleListHrefs(page: Page): Promise<string[]> {
  return page.$$eval('ol.article-list a[href^="/articles/"]', (links) =>
    links.map((a) => a.getAttribute('href') ?? '').filter((h) => !h.startsWith('/articles/page/')),
  );
}

/** Opens `url` and follows rel="next" to the last page, collecting the article links of every page. */
export async function crawlArticleList(page: Page, url: string): Promise<{ hrefs: string[]; pages: number }> {
  await page.goto(url);
  const hrefs: string[] = [];
  for (let pages = 1; pages <= 100; pages++) {
    hrefs.push(...(await articleListHrefs(page)));
    const next = await (await page.$('.pagination a[rel="next"]'))?.getAttribute('href');
    if (!next) return { hrefs, pages };
    await page.goto(new URL(next, page.url()).href);
  }
  throw new Error(`more than 100 pages after ${url}`);
}
