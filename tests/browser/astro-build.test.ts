/**
 * `astro build` alone (no `npm run build` wrapper) makes the real site, search included: the search index integration
 * writes /pagefind/ (a bundle per part) from the content, and a search in Chromium finds an article by a word of its headline.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cp, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { publishedArticles, readContent } from '../../src/content-files/index.ts';
import { articlePath, searchPath } from '../../src/lib/paths.ts';
import { searchPartPath, searchParts, UNDATED_PART } from '../../src/lib/search.ts';
import { launchBrowser } from '../../src/cli/shared/browser.ts';
import { serveDir, type StaticServer } from '../../src/cli/shared/serve.ts';
import { ROOT, runNode, tempDir, type RunResult } from '../reliability/support/run.ts';
import { withMergedIndex } from '../helpers/pagefind.ts';

let tmp = '';
let site = '';
let build: RunResult;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  tmp = await tempDir('astro-build');
  await cp(join(ROOT, 'content'), join(tmp, 'content'), { recursive: true });
  site = join(tmp, 'site');
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  build = await runNode([astro, 'build', '--outDir', site], { CONTENT_DIR: join(tmp, 'content') });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('astro build on its own', () => {
  test('succeeds and writes the search index into the site', async () => {
    expect(build.code, build.output.slice(-4000)).toBe(0);
    // One bundle per part of the originals: the newest article's, and the undated articles'.
    const articles = publishedArticles(await readContent(join(tmp, 'content')));
    const dates = articles.map((a) => a.data.source.published);
    for (const part of [searchParts(dates)(articles[0]?.data.source.published), UNDATED_PART])
      expect((await stat(join(site, searchPartPath(part), 'pagefind-entry.json'))).isFile(), part).toBe(true);
  });

  test('makes a search index in which a word of a headline finds its article', async () => {
    const content = await readContent(join(tmp, 'content'));
    const [article] = publishedArticles(content);
    const word = article?.data.title.match(/\p{L}{6,}/u)?.[0];
    expect(word, 'the newest article has a headline word of six letters or more').toBeDefined();
    server = await serveDir(site);
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${server.url}${searchPath()}`);
    const search = withMergedIndex(`const found = await pf.search(${JSON.stringify(word)});
      return Promise.all(found.results.map(async (r) => (await r.data()).url));`);
    expect(await page.evaluate(search), `search for "${word}"`).toContain(articlePath(article?.id ?? ''));
  }, 120_000);
});
