/**
 * An incremental rebuild (`npm run build` again into the same OUT_DIR, so Astro's incremental build reuses the pages
 * whose cache key and code are unchanged) is byte for byte what a cold build of the same project makes: after an added
 * article, an edited one, a deleted one and a changed component. The project is copied to a temp folder (its
 * node_modules linked) so the component can be changed without touching the repository.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NODE, ROOT, VALID_CONTENT, hashTree, runNode, tempDir, type RunResult } from './support/run.ts';
import { REPORT_FILE } from '../../src/integrations/search-index.ts';

const ARTICLE = 'articles/2026/jordan-asks-russia-to-stop-recruiting-the-national.md';
const ADDED = 'articles/2026/jordan-asks-russia-again-the-national.md';
const COMPONENT = 'src/components/SourceBlock.astro';

let tmp: string;
let project: string;
let content: string;
let incremental: string;
let colds = 0;

/** `npm run build` of the temp project's content into `outDir`. */
function build(outDir: string): Promise<RunResult> {
  return runNode([join(project, 'src/cli/build.ts')], { CONTENT_DIR: content, OUT_DIR: outDir });
}

/** "N of M pages rendered, K reused": what the rebuild says it reused. */
function reused(run: RunResult): { rendered: number; reused: number } {
  const match = /(\d+) of \d+ pages rendered, (\d+) reused from the previous build/.exec(run.stdout);
  if (!match) throw new Error(`no reuse summary in:\n${run.output}`);
  return { rendered: Number(match[1]), reused: Number(match[2]) };
}

/** What the last incremental build's search index did (src/integrations/search-index.ts). */
async function searchReport(): Promise<{ pages: number; parts: string[]; indexed: string[]; seconds: number }> {
  return JSON.parse(await readFile(join(`${incremental}.cache`, 'search-index', REPORT_FILE), 'utf8'));
}

/** Rebuilds incrementally and cold (a new folder, no cache), and expects the same files with the same bytes. */
async function rebuildEqualsCold(): Promise<{ rendered: number; reused: number; files: Record<string, string> }> {
  const again = await build(incremental);
  expect(again.code, again.output).toBe(0);
  const cold = await build(join(tmp, `cold-${++colds}`, 'dist'));
  expect(cold.code, cold.output).toBe(0);
  const files = await hashTree(incremental);
  expect(files).toEqual(await hashTree(join(tmp, `cold-${colds}`, 'dist')));
  return { ...reused(again), files };
}

beforeAll(async () => {
  tmp = await tempDir('incremental');
  project = join(tmp, 'project');
  await mkdir(project);
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'])
    await cp(join(ROOT, name), join(project, name), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  content = join(tmp, 'content');
  await cp(VALID_CONTENT, content, { recursive: true });
  incremental = join(tmp, 'incremental', 'dist');
  const first = await build(incremental);
  expect(first.code, first.output).toBe(0);
  expect(NODE).toContain('node_modules');
}, 600_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('an incremental rebuild equals a cold build, byte for byte', () => {
  test('with nothing changed, reusing every article and index page', async () => {
    const { files, reused } = await rebuildEqualsCold();
    // Every article page, list and index page has a key; pages without one (home, about, feeds…) render each time.
    const keyed = Object.keys(files).filter((f) =>
      /^(articles|countries|sources|topics|stories)\/.+\/index\.html$/.test(f),
    );
    expect(keyed.length).toBeGreaterThan(10);
    expect(reused).toBeGreaterThanOrEqual(keyed.length);
    // The search index says, in the build's cache folder, what it did: with nothing changed, no part indexed again.
    const report = await searchReport();
    const articlePages = Object.keys(files).filter((f) => /^(\w+\/)?articles\/(?!page\/)[^/]+\/index\.html$/.test(f));
    expect(report).toMatchObject({ pages: articlePages.length, indexed: [], seconds: expect.any(Number) });
    expect(report.parts.length).toBeGreaterThan(1);
  }, 600_000);

  test('after an added article, which gets its page', async () => {
    const original = await readFile(join(content, ARTICLE), 'utf8');
    const added = original
      .replace(/^title: .*$/m, 'title: "Jordan asks Russia again to stop recruiting its citizens"')
      .replace(/^( {2}url: ).*$/m, '$1"https://www.thenationalnews.com/news/mena/2026/01/05/jordan-again/"');
    expect(added).not.toBe(original);
    await writeFile(join(content, ADDED), added);
    const { files, reused } = await rebuildEqualsCold();
    expect(Object.keys(files)).toContain('articles/jordan-asks-russia-again-the-national/index.html');
    expect(reused).toBeGreaterThan(0);
    // Only the parts of the search index whose pages changed were indexed again: the added article's year among them.
    const report = await searchReport();
    expect(report.indexed).toContain('2026');
    expect(report.indexed.length).toBeLessThan(report.parts.length);
  }, 600_000);

  test('after an edited article, whose new headline is on its page', async () => {
    const original = await readFile(join(content, ARTICLE), 'utf8');
    await writeFile(join(content, ARTICLE), original.replace(/^title: .*$/m, 'title: "An edited headline"'));
    await rebuildEqualsCold();
    const page = await readFile(
      join(incremental, 'articles/jordan-asks-russia-to-stop-recruiting-the-national/index.html'),
    );
    expect(page.toString()).toContain('An edited headline');
  }, 600_000);

  test('after a deleted article, whose page is gone', async () => {
    await rm(join(content, ADDED));
    const { files } = await rebuildEqualsCold();
    expect(Object.keys(files)).not.toContain('articles/jordan-asks-russia-again-the-national/index.html');
  }, 600_000);

  test('after a changed component, which every page using it shows', async () => {
    const file = join(project, COMPONENT);
    const source = await readFile(file, 'utf8');
    const changed = source.replace(/<\/aside>\s*$/, '<p class="marker">Changed component</p></aside>\n');
    expect(changed).not.toBe(source);
    await writeFile(file, changed);
    const { files, rendered } = await rebuildEqualsCold();
    const articles = Object.keys(files).filter((f) => /^articles\/(?!page\/)[^/]+\/index\.html$/.test(f));
    expect(articles.length).toBeGreaterThan(0);
    expect(rendered).toBeGreaterThanOrEqual(articles.length);
    for (const path of articles)
      expect(await readFile(join(incremental, path), 'utf8'), path).toContain('Changed component');
  }, 600_000);

  test('invalid content still stops the rebuild before the site changes', async () => {
    const before = await hashTree(incremental);
    const original = await readFile(join(content, ARTICLE), 'utf8');
    await writeFile(join(content, ARTICLE), original.replace('countries: [JO, IQ]', 'countries: [jo, IQ]'));
    const run = await build(incremental);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/countries\.0: country code must be upper case/);
    expect(await hashTree(incremental)).toEqual(before);
  }, 600_000);
});
