/**
 * The site in its readers' languages (issue 24): every localized page has its <html lang> (and dir="rtl" in Arabic),
 * hreflang alternates for every language and x-default, a language switcher that keeps the reader on the same page;
 * article pages show our summary in the page's language, or the English one marked lang="en" with a note.
 */
import { describe, expect, inject, test } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALE_CODES, TRANSLATED_LOCALES, localePath, translate } from '../../src/i18n/index.ts';
import { readPage } from '../helpers/dist.ts';
import { absolute, attr, byTag, loadContent, parseHtml, textOf, type Element } from './support.ts';

const siteDir = inject('siteDir');

/** The localized page types, with one example path each. */
const PAGES = [
  '/',
  '/countries/np/',
  '/countries/np/stories/',
  '/countries/np/figures/',
  '/countries/np/sources/',
  '/figures/',
  '/about/',
  '/search/',
];
const COUNTRY_OF = { ne: 'np', hi: 'in', ar: 'iq', fr: 'cm', es: 'cu', ru: 'uz' } as const;

const page = async (path: string) => parseHtml(await readPage(siteDir, path));
const html = (doc: ReturnType<typeof parseHtml>) => byTag(doc, 'html')[0] as Element;

describe('localized pages', () => {
  test.each(TRANSLATED_LOCALES.map((l) => [l]))(
    'exist in %s with its lang, direction and translated navigation',
    async (locale) => {
      for (const path of [...PAGES, `/countries/${COUNTRY_OF[locale]}/`]) {
        const doc = await page(localePath(locale, path));
        expect(attr(html(doc), 'lang'), path).toBe(locale);
        expect(attr(html(doc), 'dir'), path).toBe(locale === 'ar' ? 'rtl' : 'ltr');
        const nav = byTag(doc, 'nav').find((n) => attr(n, 'aria-label') === translate(locale, 'nav.label'));
        expect(nav && textOf(nav), path).toContain(translate(locale, 'nav.countries'));
      }
    },
  );

  test('lists each language and x-default as alternates on every localized page, and the switcher links them', async () => {
    for (const locale of LOCALE_CODES) {
      for (const path of PAGES) {
        const doc = await page(localePath(locale, path));
        const links = byTag(doc, 'link').filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang'));
        const alternates = Object.fromEntries(links.map((l) => [attr(l, 'hreflang'), attr(l, 'href')]));
        const expected = Object.fromEntries(LOCALE_CODES.map((code) => [code, absolute(localePath(code, path))]));
        expect(alternates, `${locale} ${path}`).toEqual({ ...expected, 'x-default': absolute(path) });
        const switcher = byTag(doc, 'nav').find((n) => /language-switcher/.test(attr(n, 'class') ?? ''));
        const hrefs = switcher ? byTag(switcher, 'a').map((a) => attr(a, 'href')) : [];
        expect(hrefs, `${locale} ${path}`).toEqual(LOCALE_CODES.map((code) => localePath(code, path)));
        const current = switcher ? byTag(switcher, 'a').filter((a) => attr(a, 'aria-current') === 'page') : [];
        expect(current.map((a) => attr(a, 'hreflang'))).toEqual([locale]);
      }
    }
  });

  test('dates and numbers follow the locale', async () => {
    const { articles } = await loadContent();
    const dated = articles.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.data.added));
    if (!dated) throw new Error('no article with a full date');
    const fr = await readPage(siteDir, `/fr/articles/${dated.id}/`);
    const expected = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(dated.data.added),
    );
    expect(fr).toContain(expected);
    const ne = await readPage(siteDir, '/ne/');
    expect(ne).toMatch(/[०-९]/);
  });
});

describe("a country's lists in a language", () => {
  test('are linked from the localized country page and worded in its language', async () => {
    for (const locale of TRANSLATED_LOCALES) {
      const country = await readPage(siteDir, localePath(locale, '/countries/np/'));
      for (const [list, key] of [
        ['stories', 'countryStories.title'],
        ['figures', 'countryFigures.title'],
        ['sources', 'countrySources.title'],
      ] as const) {
        const path = localePath(locale, `/countries/np/${list}/`);
        expect(country, `${locale} links ${list}`).toContain(`href="${path}"`);
        const doc = await page(path);
        const name = new Intl.DisplayNames([locale], { type: 'region' }).of('NP') ?? 'NP';
        expect(textOf(byTag(doc, 'h1')[0] as Element), path).toBe(translate(locale, key, { name }));
      }
    }
  });
});

describe('article pages in a language', () => {
  test('show our summary in the language, or the English one marked lang="en" with a note', async () => {
    const { articles } = await loadContent();
    const withNe = articles.find((a) => a.data.summaries?.ne);
    const withoutNe = articles.find((a) => !a.data.summaries?.ne);
    if (!withNe?.data.summaries?.ne || !withoutNe) throw new Error('fixture content lacks a case');
    const translated = await readPage(siteDir, `/ne/articles/${withNe.id}/`);
    expect(translated).toContain(withNe.data.summaries.ne);
    expect(translated).not.toContain(translate('ne', 'article.englishSummaryNote'));
    const fallback = await page(`/ne/articles/${withoutNe.id}/`);
    const lede = byTag(fallback, 'p').find((p) => /\blede\b/.test(attr(p, 'class') ?? ''));
    expect(lede && attr(lede, 'lang')).toBe('en');
    expect(lede && textOf(lede)).toBe(withoutNe.data.summary);
    expect(textOf(fallback)).toContain(translate('ne', 'article.englishSummaryNote'));
    const english = await readPage(siteDir, `/articles/${withoutNe.id}/`);
    expect(english).not.toContain(translate('en', 'article.englishSummaryNote'));
  });
});

describe('finding them', () => {
  test('each language has its RSS feed of its own article pages, listed in the OPML', async () => {
    const opml = await readFile(join(siteDir, 'feeds.opml'), 'utf8');
    for (const locale of TRANSLATED_LOCALES) {
      const rss = await readFile(join(siteDir, locale, 'rss.xml'), 'utf8');
      expect(rss).toContain(`<language>${locale}</language>`);
      expect(rss).toContain(absolute(`/${locale}/articles/`));
      expect(opml).toContain(absolute(`/${locale}/rss.xml`));
    }
  });

  test('the sitemap lists the localized pages with their alternates', async () => {
    const sitemap = await readFile(join(siteDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${absolute('/ar/countries/iq/')}</loc>`);
    expect(sitemap).toContain(`hreflang="ne" href="${absolute('/ne/countries/np/')}"`);
  });

  test('Pagefind has an index per language, in every part of the index', async () => {
    const parts = await readdir(join(siteDir, 'pagefind'));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const entry = JSON.parse(await readFile(join(siteDir, 'pagefind', part, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      for (const code of LOCALE_CODES)
        expect(entry.languages[code]?.page_count ?? 0, `${part}: ${code}`).toBeGreaterThan(0);
    }
  });
});
