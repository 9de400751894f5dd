/** The country filter's response in Chromium: click a country on /articles/ and time until #list-count changes. */
import type { Browser } from 'playwright-core';

/** One timed click: which country, how many articles it lists, ms from click to the new count, and to the next frame after it. */
export interface FilterTiming { code: string; count: string; ms: number; paintMs: number }

/**
 * Opens `<siteUrl>/articles/` in a fresh context `runs` times, clicks the checkbox of the country with the most
 * articles (the worst case), and returns the median run. Time is measured in the page with performance.now().
 */
export async function measureFilter(browser: Browser, siteUrl: string, runs = 3): Promise<FilterTiming> {
  const timings: FilterTiming[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}/articles/`, { waitUntil: 'load' });
    await page.waitForSelector('country-filter input[type=checkbox]');
    const timing = await page.evaluate(() => new Promise<FilterTiming>((done, fail) => {
      const boxes = [...document.querySelectorAll<HTMLInputElement>('country-filter input[type=checkbox]')];
      const size = (box: HTMLInputElement) => Number(box.closest('label')?.querySelector('.count')?.textContent ?? 0);
      const box = boxes.reduce((best, b) => (size(b) > size(best) ? b : best));
      const count = document.getElementById('list-count');
      if (!box || !count) return fail(new Error('no checkbox or #list-count on /articles/'));
      const before = count.textContent;
      let started = 0;
      const observer = new MutationObserver(() => {
        if (count.textContent === before) return;
        observer.disconnect();
        const ms = performance.now() - started;
        // The next frame: layout and paint of the new list, which the count alone does not include.
        requestAnimationFrame(() => setTimeout(() => done({ code: box.value, count: count.textContent ?? '', ms, paintMs: performance.now() - started }), 0));
      });
      observer.observe(count, { childList: true, characterData: true, subtree: true });
      setTimeout(() => fail(new Error('the count did not change within 10 s')), 10_000);
      started = performance.now();
      box.click();
    }));
    timings.push(timing);
    await context.close();
  }
  timings.sort((a, b) => a.ms - b.ms);
  return timings[Math.floor(timings.length / 2)] as FilterTiming;
}
