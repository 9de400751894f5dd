import { describe, expect, inject, test } from 'vitest';
import { listPages, readPage } from '../helpers/dist.ts';
import { readContent } from '../../src/content-files/index.ts';

const siteDir = inject('siteDir');

describe('the built site', () => {
  test('has one page per article, linking its source URL exactly', async () => {
    const content = await readContent('content');
    const pages = (await listPages(siteDir)).filter((p) => /^articles\/[^/]+\/index\.html$/.test(p));
    expect(pages.length).toBe(content.files.articles.length);
    for (const { file, id, data } of content.articles) {
      expect(data, file).toBeDefined();
      const html = await readPage(siteDir, `/articles/${id}/`);
      const href = String(data?.source.url).replace(/&/g, '&amp;');
      expect(html, file).toMatch(
        new RegExp(`<a class="button" href="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" rel="[^"]*noopener`),
      );
    }
  });
});
