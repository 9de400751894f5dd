import { describe, expect, inject, test } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { articlePath, sourcePath, storyPath } from '../../src/lib/paths.ts';
import { countCoverage } from '../../src/lib/stories.ts';
import { countOf } from '../../src/lib/words.ts';
import { attr, byTag, loadContent, loadPages, parseHtml, textOf } from './support.ts';

const siteDir = inject('siteDir');

/** The links of a page to `href`. */
function linksTo(html: string, href: string) {
  return byTag(parseHtml(html), 'a').filter((a) => attr(a, 'href') === href);
}

describe('copies of a report', () => {
  test('the content has wire or aggregator copies to show', async () => {
    const { articles } = await loadContent();
    expect(articles.filter((a) => (a.data.copies?.length ?? 0) > 0).length).toBeGreaterThan(0);
  });

  test('each article page lists every copy under "Also published by", linked with noopener noreferrer', async () => {
    const { articles } = await loadContent();
    for (const article of articles.filter((a) => a.data.copies)) {
      const html = await readPage(siteDir, articlePath(article.id));
      expect(html, article.id).toContain('Also published by');
      for (const copy of article.data.copies ?? []) {
        const [link] = linksTo(html, copy.url);
        expect(link, `${article.id}: ${copy.url}`).toBeDefined();
        expect(attr(link!, 'rel')?.split(' '), copy.url).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    }
  });

  test("each copy's outlet page lists the copy and the article it belongs to", async () => {
    const { articles } = await loadContent();
    const pages = await loadPages(siteDir);
    for (const article of articles.filter((a) => a.data.copies)) {
      for (const copy of article.data.copies ?? []) {
        const outletPages = pages.filter((p) => p.path.startsWith(sourcePath(copy.outlet)));
        const page = outletPages.find((p) => linksTo(p.html, copy.url).length > 0);
        expect(page, `${copy.outlet} carries ${copy.url}`).toBeDefined();
        expect(linksTo(page!.html, articlePath(article.id)).length, article.id).toBeGreaterThan(0);
      }
    }
  });

  test('story pages count distinct reports and outlets separately', async () => {
    const { articles, stories } = await loadContent();
    for (const id of stories.keys()) {
      const members = articles.filter((a) => a.data.story === id);
      if (members.length === 0) continue;
      const counts = countCoverage(members);
      const meta = byTag(parseHtml(await readPage(siteDir, storyPath(id))), 'p')
        .map(textOf)
        .join(' ');
      const text = meta.replace(/\s+/g, ' ');
      expect(text, id).toContain(
        `${countOf(counts.reports, 'distinct report')} from ${countOf(counts.outlets, 'outlet')}`,
      );
    }
  });
});
