import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { allCorrections, lastChanged } from '../../src/lib/feeds.ts';
import { articlePath, correctionsPath } from '../../src/lib/paths.ts';
import { CONTACT_EMAIL, CONTENT_LICENSE } from '../../src/lib/site.ts';
import { readPage } from '../helpers/dist.ts';
import { absolute, attr, byTag, loadContent, loadPages, parseHtml, textOf } from './support.ts';

import { stripLocale, translate } from '../../src/i18n/index.ts';

const siteDir = inject('siteDir');

describe('licence', () => {
  test('the code has a LICENSE file and package.json names both licences', async () => {
    expect(await readFile('LICENSE', 'utf8')).toMatch(/MIT License/);
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { license: string };
    expect(pkg.license).toBe(`(MIT AND ${CONTENT_LICENSE.spdx})`);
  });

  test('every page states the licence in its footer, and the about page explains it', async () => {
    for (const page of await loadPages(siteDir)) {
      const footer = byTag(page.doc, 'footer')[0];
      expect(footer && textOf(footer), page.path).toContain('CC BY 4.0');
      const { locale } = stripLocale(page.path);
      const links = ['footer.feeds', 'footer.openData', 'footer.corrections'] as const;
      // Words and links are separated by spaces, whatever the template's line breaks.
      expect(footer && textOf(footer).replace(/\s+/g, ' '), page.path).toContain(
        links.map((key) => translate(locale, key)).join(' · '),
      );
      if (locale === 'en') expect(footer && textOf(footer), page.path).toMatch(/source\. About/);
    }
    expect(await readPage(siteDir, '/about/')).toContain(CONTENT_LICENSE.url);
  });
});

describe("the data files' metadata", () => {
  test('/data/datapackage.json names every data file with the CC BY 4.0 licence, and each file exists', async () => {
    const pkg = JSON.parse(await readFile(join(siteDir, 'data/datapackage.json'), 'utf8')) as {
      licenses: { name: string }[];
      resources: { path: string; licenses: { name: string }[] }[];
    };
    expect(pkg.licenses.map((l) => l.name)).toEqual([CONTENT_LICENSE.spdx]);
    expect(pkg.resources.map((r) => new URL(r.path).pathname).sort()).toEqual([
      '/data/articles.json',
      '/data/figures.csv',
      '/data/figures.json',
      '/data/key-figures.json',
    ]);
    for (const resource of pkg.resources) {
      expect(resource.licenses.map((l) => l.name)).toEqual([CONTENT_LICENSE.spdx]);
      await expect(readFile(join(siteDir, new URL(resource.path).pathname))).resolves.toBeDefined();
    }
    const page = await readPage(siteDir, '/data/');
    expect(page).toContain('/data/datapackage.json');
    expect(page).toContain(CONTENT_LICENSE.url);
  });
});

describe('cite and report', () => {
  test('every article page has the Cite block, citation_* meta and a Report link carrying its address', async () => {
    const { articles } = await loadContent();
    for (const article of articles) {
      const doc = parseHtml(await readPage(siteDir, articlePath(article.id)));
      const meta = (name: string) => attr(byTag(doc, 'meta').find((m) => attr(m, 'name') === name)!, 'content');
      expect(meta('citation_title'), article.id).toBe(article.data.title);
      expect(meta('citation_public_url')).toBe(absolute(articlePath(article.id)));
      const cite = byTag(doc, 'section').find((s) => attr(s, 'aria-labelledby') === 'cite-heading');
      expect(cite && textOf(cite), article.id).toContain(article.data.source.url);
      const report = byTag(doc, 'a').find((a) => attr(a, 'href')?.startsWith(`mailto:${CONTACT_EMAIL}`));
      expect(report, article.id).toBeDefined();
      expect(decodeURIComponent(attr(report!, 'href') ?? '')).toContain(absolute(articlePath(article.id)));
    }
  });

  test('every country page has a Report link carrying its address', async () => {
    const pages = (await loadPages(siteDir)).filter((p) => /^\/countries\/[a-z]{2}\/$/.test(p.path));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const report = byTag(page.doc, 'a').find((a) => attr(a, 'href')?.startsWith(`mailto:${CONTACT_EMAIL}`));
      expect(decodeURIComponent(attr(report!, 'href') ?? ''), page.path).toContain(absolute(page.path));
    }
  });
});

describe('corrections', () => {
  test('the content records corrections, and each shows on its article page', async () => {
    const { articles } = await loadContent();
    const corrected = articles.filter((a) => (a.data.corrections?.length ?? 0) > 0);
    expect(corrected.length).toBeGreaterThan(0);
    for (const article of corrected) {
      const html = await readPage(siteDir, articlePath(article.id));
      for (const c of article.data.corrections ?? []) expect(textOf(parseHtml(html)), article.id).toContain(c.note);
    }
  });

  test('/corrections/ lists every correction, newest first', async () => {
    const { articles } = await loadContent();
    const doc = parseHtml(await readPage(siteDir, correctionsPath()));
    const items = byTag(doc, 'li').filter((li) => byTag(li, 'time').length > 0);
    const expected = allCorrections(articles);
    expect(items.length).toBe(expected.length);
    expected.forEach(({ article, correction }, i) => {
      expect(attr(byTag(items[i]!, 'time')[0]!, 'datetime')).toBe(correction.date);
      expect(textOf(items[i]!)).toContain(correction.note);
      expect(byTag(items[i]!, 'a').map((a) => attr(a, 'href'))).toContain(articlePath(article.id));
    });
  });

  test('dateModified and the sitemap lastmod of every article are the day it last changed', async () => {
    const { articles } = await loadContent();
    const urls: { loc: string; lastmod?: string }[] = [];
    const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
    const index = parser.parse(await readFile(join(siteDir, 'sitemap-index.xml'), 'utf8'));
    for (const { loc } of index.sitemapindex.sitemap) {
      urls.push(...parser.parse(await readFile(join(siteDir, new URL(loc).pathname), 'utf8')).urlset.url);
    }
    const lastmod = new Map(urls.map((u) => [u.loc, u.lastmod]));
    for (const article of articles) {
      const changed = lastChanged(article);
      expect(String(lastmod.get(absolute(articlePath(article.id)))).slice(0, 10), article.id).toBe(changed);
      const doc = parseHtml(await readPage(siteDir, articlePath(article.id)));
      const ld = byTag(doc, 'script')
        .filter((s) => attr(s, 'type') === 'application/ld+json')
        .map((s) => JSON.parse(textOf(s)));
      expect(ld.find((d) => d['@type'] === 'NewsArticle')?.dateModified, article.id).toBe(changed);
    }
  });
});
