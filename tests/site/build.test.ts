import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import { listPages, readPage } from '../helpers/dist.ts';
import { collectFiles } from '../../src/cli/validate/collect.ts';

const siteDir = inject('siteDir');

describe('the built site', () => {
  test('has one page per article, linking its source URL exactly', async () => {
    const files = await collectFiles('content');
    const pages = (await listPages(siteDir)).filter((p) => /^articles\/[^/]+\/index\.html$/.test(p));
    expect(pages.length).toBe(files.articles.length);
    for (const file of files.articles) {
      const { data } = matter(await readFile(join('content', file), 'utf8'), { language: 'yaml' });
      const slug = file.split('/').pop()?.replace(/\.md$/, '');
      const html = await readPage(siteDir, `/articles/${slug}/`);
      const href = String(data['source']['url']).replace(/&/g, '&amp;');
      expect(html, file).toMatch(new RegExp(`<a class="button" href="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" rel="[^"]*noopener`));
    }
  });
});
