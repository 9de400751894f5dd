/**
 * A failed build loses nothing: the published folder stays byte-for-byte as it was and no staging folder is left,
 * whether the validator stops the build or Astro fails after validation passed. A good build then replaces it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, copyContent, hashTree, tempDir, type RunResult } from './support/run.ts';

const GOOD = 'articles/2026/jordan-asks-russia-to-stop-recruiting-the-national.md';
let tmp: string;
let content: string;
let site: string;
let first: RunResult;
let published: Record<string, string>;
let original: string;

/** Names in the temp folder other than the content, the site and its cache: staging or previous folders. */
async function leftovers(): Promise<string[]> {
  return (await readdir(tmp)).filter((name) => !['content', 'site', 'site.cache'].includes(name));
}

/** Writes the good article with one line changed. */
async function breakArticle(from: string | RegExp, to: string): Promise<void> {
  const changed = original.replace(from, to);
  expect(changed).not.toBe(original);
  await writeFile(join(content, GOOD), changed);
}

beforeAll(async () => {
  tmp = await tempDir('atomic');
  content = await copyContent(join(tmp, 'content'));
  site = join(tmp, 'site');
  original = await readFile(join(content, GOOD), 'utf8');
  first = await buildSite(content, site);
  published = await hashTree(site);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('npm run build', () => {
  test('publishes the fixture site', () => {
    expect(first.code, first.output).toBe(0);
    expect(Object.keys(published)).toContain('articles/jordan-asks-russia-to-stop-recruiting-the-national/index.html');
  });

  test('prints progress and a summary instead of a line per page', () => {
    const lines = first.stdout.split('\n');
    const pages = Object.keys(published).filter((f) => f.endsWith('.html')).length;
    const folders = Object.keys(published).map((f) => /^articles\/([^/]+)\//.exec(f)?.[1]);
    const articles = new Set(folders.filter((a) => a && a !== 'page')).size;
    expect(first.output).not.toMatch(/[├└]─/);
    expect(lines).toContain(`build: rendering ${pages} pages…`);
    const counts = `${articles} articles, ${pages} pages`;
    const summary = new RegExp(`^build: site ready in ${site}: ${counts}, \\d+\\.\\d MB, (\\d+\\.\\d) s$`);
    const seconds = Number(summary.exec(lines.find((l) => l.startsWith('build: site ready')) ?? '')?.[1]);
    expect(seconds, first.stdout).toBeGreaterThan(0);
    // At most one progress line a second (tests/cli/progress.test.ts tests the throttle with a fake clock).
    const progress = lines.filter((l) => /^build: \d+ of \d+ pages$/.test(l));
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(seconds));
    expect(articles).toBe(4);
  });

  test('stopped by the content loaders, leaves the site byte-for-byte unchanged and names the file and field', async () => {
    await breakArticle('countries: [JO, IQ]', 'countries: [jo, IQ]');
    const run = await buildSite(content, site);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      new RegExp(`${GOOD.replace(/\./g, '\\.')}:\\d+: countries\\.0: country code must be upper case`),
    );
    expect(run.output).not.toMatch(/build: astro build done/);
    expect(await hashTree(site)).toEqual(published);
    expect(await leftovers()).toEqual([]);
  });

  test('failing inside Astro on valid content, leaves the site unchanged and no staging folder', async () => {
    // Astro keeps its data store in OUT_DIR.cache; a plain file in its place makes Astro fail while building the
    // (unchanged, valid) content.
    await writeFile(join(content, GOOD), original);
    await rm(`${site}.cache`, { recursive: true, force: true });
    await writeFile(`${site}.cache`, 'not a folder');
    try {
      const run = await buildSite(content, site);
      expect(run.output).not.toMatch(/content is invalid/);
      expect(run.output).toMatch(/build: astro build…/);
      expect(run.code).toBe(1);
      expect(run.output).toMatch(/build failed: /);
      expect(await hashTree(site)).toEqual(published);
      expect(await leftovers()).toEqual([]);
    } finally {
      await rm(`${site}.cache`, { force: true });
    }
  });

  test('failing on Astro configuration, leaves the site unchanged and no staging folder', async () => {
    await writeFile(join(content, GOOD), original);
    const run = await buildSite(content, site, { SITE_URL: 'not a url' });
    expect(run.output).toMatch(/build: astro build…/);
    expect(run.code).toBe(1);
    expect(await hashTree(site)).toEqual(published);
    expect(await leftovers()).toEqual([]);
  });

  test('with changed content, replaces the site: a new page appears and a removed one disappears', async () => {
    await writeFile(join(content, GOOD), original);
    const removed = 'articles/undated/undated-report-on-recruitment-the-national.md';
    const added = original
      .replace(
        'title: "Jordan asks Russia to stop recruiting its citizens"',
        'title: "A new article replaces an old one"',
      )
      .replace('2026/03/08/jordan-russia-ukraine/', '2026/03/10/new-article/');
    await rm(join(content, removed));
    await writeFile(join(content, 'articles/2026/a-new-article-the-national.md'), added);
    const run = await buildSite(content, site);
    expect(run.code, run.output).toBe(0);
    const now = await hashTree(site);
    expect(Object.keys(now)).toContain('articles/a-new-article-the-national/index.html');
    expect(Object.keys(now)).not.toContain('articles/undated-report-on-recruitment-the-national/index.html');
    expect(Object.keys(published)).toContain('articles/undated-report-on-recruitment-the-national/index.html');
    // The previous site is deleted by a detached process after the build reports success: at most that folder is
    // left when the command returns, and it goes soon after.
    expect((await leftovers()).filter((name) => !name.startsWith('site.previous-'))).toEqual([]);
    await expect.poll(leftovers, { timeout: 30_000, interval: 100 }).toEqual([]);
  });
});
