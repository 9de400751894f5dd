import { describe, expect, test } from 'vitest';
// @astrojs/sitemap's own (quadratic) alternates, from the file its integration imports: the oracle for ours.
import { generateSitemap } from '../../node_modules/@astrojs/sitemap/dist/generate-sitemap.js';
import { sitemapAlternates, sitemapRoot, sitemapUrl } from '../../src/lib/sitemap.ts';

const SITE = 'https://example.org/';
const LOCALES = { en: 'en', ne: 'ne', hi: 'hi', ru: 'ru' };
const url = (path: string) => `${SITE}${path.replace(/^\//, '')}`;

describe('sitemapUrl', () => {
  test("gives a built page's address as the sitemap does, with or without a leading slash", () => {
    expect(sitemapUrl('articles/a/', sitemapRoot('https://example.org'))).toBe('https://example.org/articles/a/');
    expect(sitemapUrl('/ne/articles/a/', sitemapRoot(SITE))).toBe('https://example.org/ne/articles/a/');
    expect(sitemapUrl('', sitemapRoot(SITE))).toBe(SITE);
    expect(sitemapUrl('a/', sitemapRoot(SITE, '/docs'))).toBe('https://example.org/docs/a/');
  });
});

describe('sitemapAlternates', () => {
  const urls = [
    '/',
    '/ne/',
    '/hi/',
    '/about/',
    '/articles/a/',
    '/ne/articles/a/',
    '/ru/articles/a/',
    '/articles/page/10/',
    '/articles/page/2/',
    '/ne/articles/page/2/',
    '/sources/only-english/',
    '/nepal/not-a-locale/',
    'https://elsewhere.example/articles/a/',
  ].map((path) => (path.startsWith('https:') ? path : url(path)));

  test('links every version of a page, itself included, in the sitemap order; none for a page in one language', () => {
    const alternates = sitemapAlternates(urls, SITE, 'en', LOCALES);
    expect(alternates.get(url('/ne/articles/a/'))).toEqual([
      { url: url('/articles/a/'), lang: 'en' },
      { url: url('/ne/articles/a/'), lang: 'ne' },
      { url: url('/ru/articles/a/'), lang: 'ru' },
    ]);
    expect(alternates.get(url('/'))?.map((link) => link.lang)).toEqual(['en', 'hi', 'ne']);
    expect(alternates.has(url('/sources/only-english/'))).toBe(false);
    expect(alternates.has(url('/nepal/not-a-locale/'))).toBe(false);
    expect(alternates.has('https://elsewhere.example/articles/a/')).toBe(false);
  });

  test("gives exactly @astrojs/sitemap's own i18n links, for every URL", () => {
    const many = [...urls, ...urls.slice(0, 5)];
    for (let i = 0; i < 200; i++) {
      const locale = ['', 'ne/', 'hi/', 'ru/'][i % 4];
      many.push(url(`/${locale}countries/c${i % 37}/page/${i % 11}/`));
    }
    const theirs = generateSitemap([...new Set(many)], SITE, { i18n: { defaultLocale: 'en', locales: LOCALES } });
    const ours = sitemapAlternates(many, SITE, 'en', LOCALES);
    expect(theirs.some((item: { links?: unknown }) => item.links)).toBe(true);
    for (const item of theirs as { url: string; links?: unknown }[]) expect(ours.get(item.url)).toEqual(item.links);
  });
});
