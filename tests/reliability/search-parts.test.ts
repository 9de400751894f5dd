/**
 * The search index in parts (src/integrations/search-index.ts), run with the real Pagefind on a small built site: one
 * bundle per part of the originals; a build whose pages of a part are unchanged copies that part from the cache, and
 * what it writes is byte for byte what indexing every part afresh writes.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articlePages, writeSearchIndex } from '../../src/integrations/search-index.ts';
import { SEARCH_PART_FILTER } from '../../src/lib/dom-contract.ts';
import { hashTree, tempDir } from './support/run.ts';

let tmp = '';

/** An article page as the site writes one: its text for Pagefind, and its part as a hidden filter. */
const page = (lang: string, title: string, part: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body>` +
  `<h1>${title}</h1><p>${title} was reported by several outlets.</p>` +
  `<div hidden data-pagefind-ignore><span data-pagefind-filter="${SEARCH_PART_FILTER}">${part}</span></div>` +
  '</main></body></html>';

const SITE: Record<string, string> = {
  'articles/alpha/index.html': page('en', 'Alpha recruits', '2024'),
  'articles/bravo/index.html': page('en', 'Bravo contracts', '2025'),
  'articles/charlie/index.html': page('en', 'Charlie families', 'undated'),
  'ne/articles/alpha/index.html': page('ne', 'अल्फा भर्ती', '2024'),
  'articles/page/2/index.html': '<!doctype html><html lang="en"><body>a list page</body></html>',
  'countries/np/index.html': '<!doctype html><html lang="en"><body>a country page</body></html>',
};

/** Writes a built site into a new folder (each build writes a new one) and returns it. */
async function site(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(tmp, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const bundle = async (dir: string) => hashTree(join(dir, 'pagefind'));

beforeAll(async () => {
  tmp = await tempDir('search-parts');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the search index in parts', () => {
  test('finds the article pages in English and in each language, and nothing else', async () => {
    const dir = await site('pages', SITE);
    expect(await articlePages(dir)).toEqual([
      'articles/alpha/index.html',
      'articles/bravo/index.html',
      'articles/charlie/index.html',
      'ne/articles/alpha/index.html',
    ]);
  });

  test('writes one bundle per part, then copies the unchanged parts and indexes only the changed one', async () => {
    const cache = join(tmp, 'cache');
    const first = await site('first', SITE);
    const cold = await writeSearchIndex(first, cache);
    expect(cold).toEqual({ pages: 4, parts: ['2024', '2025', 'undated'], indexed: ['2024', '2025', 'undated'] });
    expect((await readdir(join(first, 'pagefind'))).sort()).toEqual(['2024', '2025', 'undated']);
    expect(Object.keys(await bundle(first))).toContain('2024/pagefind-entry.json');

    const second = await site('second', SITE);
    expect(await writeSearchIndex(second, cache)).toMatchObject({ indexed: [] });
    expect(await bundle(second)).toEqual(await bundle(first));

    const edited = { ...SITE, 'articles/bravo/index.html': page('en', 'Bravo contracts cancelled', '2025') };
    const third = await site('third', edited);
    expect(await writeSearchIndex(third, cache)).toMatchObject({ indexed: ['2025'] });
    const fresh = await site('fresh', edited);
    await writeSearchIndex(fresh, join(tmp, 'empty-cache'));
    expect(await bundle(third)).toEqual(await bundle(fresh));
    expect(await bundle(third)).not.toEqual(await bundle(first));
  });

  test('drops a part whose pages are all gone, from the site and from the cache', async () => {
    const cache = join(tmp, 'cache-drop');
    await writeSearchIndex(await site('drop-1', SITE), cache);
    const { 'articles/charlie/index.html': _gone, ...rest } = SITE;
    const dir = await site('drop-2', rest);
    expect(await writeSearchIndex(dir, cache)).toEqual({ pages: 3, parts: ['2024', '2025'], indexed: [] });
    expect((await readdir(join(dir, 'pagefind'))).sort()).toEqual(['2024', '2025']);
    expect((await readdir(cache)).sort()).toEqual(['2024', '2025', 'digests.json']);
  });

  test('re-indexes a part whose cached bundle was removed, and writes the same bundle', async () => {
    const cache = join(tmp, 'cache-lost');
    const first = await site('lost-1', SITE);
    await writeSearchIndex(first, cache);
    await rm(join(cache, '2024'), { recursive: true });
    const dir = await site('lost-2', SITE);
    expect(await writeSearchIndex(dir, cache)).toMatchObject({ indexed: ['2024'] });
    expect(await bundle(dir)).toEqual(await bundle(first));
  });

  test('refuses an article page without its part, naming the page', async () => {
    const dir = await site('no-part', {
      ...SITE,
      'articles/delta/index.html':
        '<!doctype html><html lang="en"><body><main data-pagefind-body>Delta</main></body></html>',
    });
    await expect(writeSearchIndex(dir, join(tmp, 'cache-no-part'))).rejects.toThrow(
      'articles/delta/index.html has no search part',
    );
  });
});
