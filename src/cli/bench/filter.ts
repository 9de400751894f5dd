/** The country filter's response in Chromium: click countries on /articles/ and time until #list-count changes. */
import type { Browser, Page } from 'playwright-core';

/** One timed click: the countries checked, the count shown, ms from click to the new count and to the next frame. */
export interface FilterTiming {
  code: string;
  count: string;
  ms: number;
  paintMs: number;
}

/** Both selections of one measurement: the largest country alone, then the second largest added to it. */
export interface FilterTimings {
  one: FilterTiming;
  two: FilterTiming;
}

/** Clicks the checkbox of the `rank`-th largest country (0 is the largest) and times the update, in the page. */
function timeClick(page: Page, rank: number): Promise<FilterTiming> {
  return page.evaluate(
    (rank) =>
      new Promise<FilterTiming>((done, fail) => {
        const boxes = [...document.querySelectorAll<HTMLInputElement>('country-filter input[type=checkbox]')];
        const size = (box: HTMLInputElement) => Number(box.closest('label')?.querySelector('.count')?.textContent ?? 0);
        const box = boxes.sort((a, b) => size(b) - size(a))[rank];
        const count = document.getElementById('list-count');
        if (!box || !count) return fail(new Error('no checkbox or #list-count on /articles/'));
        const before = count.textContent;
        let started = 0;
        const observer = new MutationObserver(() => {
          if (count.textContent === before) return;
          observer.disconnect();
          const ms = performance.now() - started;
          const code = boxes
            .filter((b) => b.checked)
            .map((b) => b.value)
            .join('+');
          // The next frame: layout and paint of the new list, which the count alone does not include.
          const paint = () => done({ code, count: count.textContent ?? '', ms, paintMs: performance.now() - started });
          requestAnimationFrame(() => setTimeout(paint, 0));
        });
        observer.observe(count, { childList: true, characterData: true, subtree: true });
        setTimeout(() => fail(new Error('the count did not change within 10 s')), 10_000);
        started = performance.now();
        box.click();
      }),
    rank,
  );
}

const median = (timings: FilterTiming[]): FilterTiming =>
  [...timings].sort((a, b) => a.ms - b.ms)[Math.floor(timings.length / 2)] as FilterTiming;

/**
 * Opens `<siteUrl>/articles/` in a fresh context `runs` times, clicks the country with the most articles (the worst
 * case), then adds the second largest, and returns the median of each. Time is measured in the page.
 */
export async function measureFilter(browser: Browser, siteUrl: string, runs = 3): Promise<FilterTimings> {
  const one: FilterTiming[] = [];
  const two: FilterTiming[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}/articles/`, { waitUntil: 'load' });
    await page.waitForSelector('country-filter input[type=checkbox]');
    one.push(await timeClick(page, 0));
    two.push(await timeClick(page, 1));
    await context.close();
  }
  return { one: median(one), two: median(two) };
}
