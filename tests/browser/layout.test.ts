import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../src/cli/shared/browser.ts';
import { listPages, pathOfPage } from '../helpers/dist.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const shots = resolve(import.meta.dirname, '../../test-output/screenshots');
let browser: Browser;

const article = pathOfPage(
  (await listPages(siteDir)).find((f) => /^articles\/(?!page\/)[^/]+\/index\.html$/.test(f)) ??
    'articles/missing/index.html',
);

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** A page at `width` CSS pixels wide (device scale 1), opened at `path`. */
async function openAt(width: number, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const response = await page.goto(`${siteUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('full-page screenshots', () => {
  test.each([
    ['home', '/', 360],
    ['home', '/', 1280],
    ['article', article, 360],
    ['article', article, 1280],
  ] as const)('of the %s page (%s) at %i px are written to test-output/screenshots/', async (name, path, width) => {
    const page = await openAt(width, path);
    try {
      const file = join(shots, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const size = pngSize(await readFile(file));
      expect(size.width).toBe(width);
      expect(size.height).toBeGreaterThanOrEqual(800);
    } finally {
      await page.context().close();
    }
  });
});

describe('at 360 px wide', () => {
  test.each([
    ['home', '/'],
    ['article', article],
    ['country', '/countries/iq/'],
    ['country index', '/countries/'],
  ])('the %s page (%s) does not scroll horizontally', async (_name, path) => {
    const page = await openAt(360, path);
    try {
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.client).toBe(360);
      expect(widths.scroll).toBeLessThanOrEqual(360);
    } finally {
      await page.context().close();
    }
  });
});

describe('the key figures', () => {
  test.each([
    ['/figures/', 360],
    ['/figures/', 1280],
    ['/countries/np/', 1280],
  ] as const)('page %s at %i px does not scroll horizontally', async (path, width) => {
    const page = await openAt(width, path);
    try {
      const widths = await page.evaluate(() => {
        const root = document.documentElement;
        return { scroll: root.scrollWidth, client: root.clientWidth };
      });
      expect(widths.client).toBe(width);
      expect(widths.scroll).toBeLessThanOrEqual(width);
      expect(await page.locator('table').count(), 'the page has its tables').toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  });

  test('charts keep inside the page at 360 px, with every mark inside its chart', async () => {
    const page = await openAt(360, '/countries/np/');
    try {
      const boxes = await page.evaluate(() => {
        const charts = [...document.querySelectorAll('.claims-chart svg[role="group"]')];
        return charts.map((svg) => {
          const box = svg.getBoundingClientRect();
          const marks = [...svg.querySelectorAll('path.mark')].map((m) => m.getBoundingClientRect());
          return { left: box.left, right: box.right, marks: marks.map((m) => ({ left: m.left, right: m.right })) };
        });
      });
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(360);
        expect(box.marks.length).toBeGreaterThan(0);
        for (const mark of box.marks) {
          expect(mark.left).toBeGreaterThanOrEqual(box.left);
          expect(mark.right).toBeLessThanOrEqual(box.right);
        }
      }
    } finally {
      await page.context().close();
    }
  });
});
