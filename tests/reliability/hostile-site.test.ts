/**
 * Markup in frontmatter strings is valid content, so it is built (tests/fixtures/hostile/site/): titles, summaries,
 * source titles, outlet names, figures, topics and stories carrying <script>, handlers and "</script>". The site must
 * show all of it as text, in HTML, JSON-LD, feeds and in the browser after client code has run.
 */
import { SEARCH_IDS } from '../../src/lib/dom-contract.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { listFiles, listPages, readPage } from '../helpers/dist.ts';
import { serveDir, type StaticServer } from '../../src/cli/shared/serve.ts';
import { launchBrowser } from '../../src/cli/shared/browser.ts';
import { ArticlesPage } from '../browser/pages/articles-page.ts';
import { ROOT, buildSite, copyContent, tempDir, type RunResult } from './support/run.ts';
import { dangersIn, elementsOf, parseHtml, rawJsonLdOf, textOf } from './support/html.ts';

const FIXTURE = resolve(ROOT, 'tests/fixtures/hostile/site');
const ARTICLE = '/articles/markup-in-every-field-markup-outlet/';
const TITLE = '<script>alert(1)</script> Test';
let tmp: string;
let site: string;
let build: RunResult;

beforeAll(async () => {
  tmp = await tempDir('hostile-site');
  site = join(tmp, 'site');
  build = await buildSite(await copyContent(join(tmp, 'content'), FIXTURE), site);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('a site built from frontmatter full of markup', () => {
  test('builds: markup in a string field is valid content', () => {
    expect(build.output).toContain('build: site ready');
    expect(build.code).toBe(0);
  });

  test('shows every string as escaped text on the article page', async () => {
    const html = await readPage(site, ARTICLE);
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; Test</h1>');
    expect(html).toContain('A summary with &lt;img src=x onerror=alert(1)&gt; in it &amp; an ampersand.');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Bold&lt;/b&gt; Outlet &amp; Co');
    expect(html).toContain('&lt;svg onload=alert(3)&gt; recruits');
    const h1 = elementsOf(parseHtml(html)).find((e) => e.tagName === 'h1');
    expect(h1 && textOf(h1)).toBe(TITLE);
  });

  test('has no foreign script, frame, event handler or script URL on any page', async () => {
    const pages = await listPages(site);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(dangersIn(parseHtml(await readFile(join(site, page), 'utf8'))), page).toEqual([]);
  });

  test('keeps each JSON-LD block inside its script element, with the strings intact', async () => {
    for (const page of await listPages(site)) {
      for (const block of rawJsonLdOf(await readFile(join(site, page), 'utf8'))) {
        expect(block, page).not.toContain('<');
        expect(() => JSON.parse(block), page).not.toThrow();
      }
    }
    const graph = rawJsonLdOf(await readPage(site, ARTICLE)).map((b) => JSON.parse(b) as Record<string, unknown>);
    const article = graph.find((g) => g['@type'] === 'NewsArticle') as {
      headline: string;
      isBasedOn: { headline: string };
    };
    expect(article.headline).toBe(TITLE);
    expect(article.isBasedOn.headline).toBe('</script><script>alert(2)</script>');
  });

  test('carries the strings as escaped data in RSS and JSON Feed', async () => {
    const rss = await readFile(join(site, 'rss.xml'), 'utf8');
    expect(rss).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; Test</title>');
    expect(rss).not.toMatch(/<(script|img|svg|iframe)\b/i);
    const feed = JSON.parse(await readFile(join(site, 'feed.json'), 'utf8')) as {
      items: Array<Record<string, string>>;
    };
    expect(feed.items.map((i) => i['title'])).toContain(TITLE);
    for (const item of feed.items)
      if (item['content_html']) expect(dangersIn(parseHtml(item['content_html']))).toEqual([]);
  });

  test('publishes nothing from a folder whose name starts with "_"', async () => {
    const files = await listFiles(site);
    expect(files.filter((f) => f.includes('hidden-draft'))).toEqual([]);
    for (const file of files.filter((f) => /\.(html|json|xml|csv|txt)$/.test(f))) {
      expect(await readFile(join(site, file), 'utf8'), file).not.toContain("alert('draft')");
    }
  });
});

describe('the same site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDir(site);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page with `visit`, then returns what ran or was added that should not have been. */
  async function injected(visit: (page: import('playwright-core').Page) => Promise<void>): Promise<string[]> {
    const page = await browser.newPage();
    const found: string[] = [];
    page.on('dialog', (dialog) => {
      found.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await visit(page);
    found.push(
      ...(await page.evaluate(() => [
        ...[...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
        ),
        ...[...document.scripts]
          .filter((s) => s.type !== 'application/ld+json' && (s.textContent ?? '').includes('alert('))
          .map((s) => `script: ${s.textContent}`),
        ...[...document.querySelectorAll('iframe, object, embed')].map((el) => el.tagName),
      ])),
    );
    await page.close();
    return found;
  }

  test('runs nothing from the strings on the article page', async () => {
    let heading = '';
    expect(
      await injected(async (page) => {
        await page.goto(`${server.url}${ARTICLE}`);
        heading = await page.locator('h1').innerText();
      }),
    ).toEqual([]);
    expect(heading).toBe(TITLE);
  });

  test('runs nothing when the country filter renders rows from JSON', async () => {
    let titles: string[] = [];
    expect(
      await injected(async (page) => {
        await new ArticlesPage(page, server.url).goto(['jo']);
        titles = await page.locator('#article-results .card-title').allInnerTexts();
      }),
    ).toEqual([]);
    expect(titles).toContain(TITLE);
  });

  test('runs nothing when search results show the strings', async () => {
    let results: string[] = [];
    expect(
      await injected(async (page) => {
        await page.goto(`${server.url}/search/?q=Test`);
        await page.waitForSelector(`#${SEARCH_IDS.results} .card-title a`);
        results = await page.locator(`#${SEARCH_IDS.results} .card-title a`).allInnerTexts();
      }),
    ).toEqual([]);
    expect(results.join('\n')).toContain('alert(1)');
  });
});
