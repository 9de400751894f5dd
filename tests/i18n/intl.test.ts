/**
 * Dates, numbers, country names and paths in each of the site's languages, as Node's ICU (CLDR 48) writes them.
 * Expected strings are written out in full: a change of ICU data that alters them should be seen, not absorbed.
 */
import { describe, expect, test } from 'vitest';
import {
  around,
  messageParts,
  countryName,
  DEFAULT_LOCALE,
  formatList,
  formatNumber,
  formatPartialDate,
  LOCALE_CODES,
  localeInfo,
  localePath,
  messages,
  pageSuffix,
  plural,
  stripLocale,
  translate,
  translator,
  type SiteLocale,
} from '../../src/i18n/index.ts';
import { formatPartialDate as englishDate } from '../../src/lib/dates.ts';
import { LOCALES } from '../../src/schema/vocab.ts';

/** 15 March 2024 at day, month and year precision, in each language. */
const DATES: Record<SiteLocale, [string, string, string]> = {
  en: ['15 March 2024', 'March 2024', '2024'],
  ne: ['२०२४ मार्च १५', '२०२४ मार्च', '२०२४'],
  hi: ['15 मार्च 2024', 'मार्च 2024', '2024'],
  ar: ['15 مارس 2024', 'مارس 2024', '2024'],
  fr: ['15 mars 2024', 'mars 2024', '2024'],
  es: ['15 de marzo de 2024', 'marzo de 2024', '2024'],
  ru: ['15 марта 2024 г.', 'март 2024 г.', '2024'],
};

describe('the locales', () => {
  test('are English first, then the translated languages of the schema', () => {
    expect(LOCALE_CODES).toEqual(['en', ...LOCALES]);
    expect(LOCALE_CODES).toEqual(['en', 'ne', 'hi', 'ar', 'fr', 'es', 'ru']);
    expect(DEFAULT_LOCALE).toBe('en');
  });

  test('are named in their own language, Arabic right to left and the rest left to right', () => {
    expect(LOCALE_CODES.map((l) => localeInfo(l).name)).toEqual([
      'English',
      'नेपाली',
      'हिन्दी',
      'العربية',
      'Français',
      'Español',
      'Русский',
    ]);
    expect(localeInfo('ar').dir).toBe('rtl');
    expect(LOCALE_CODES.filter((l) => localeInfo(l).dir === 'rtl')).toEqual(['ar']);
  });
});

describe('formatPartialDate', () => {
  test.each(LOCALE_CODES)('%s: keeps each date at its own precision', (locale) => {
    const [day, month, year] = DATES[locale];
    expect(formatPartialDate(locale, '2024-03-15')).toBe(day);
    expect(formatPartialDate(locale, '2024-03')).toBe(month);
    expect(formatPartialDate(locale, '2024')).toBe(year);
  });

  test.each(LOCALE_CODES)("%s: an unknown date is the locale's 'date.unknown'", (locale) => {
    expect(formatPartialDate(locale, undefined)).toBe(messages(locale)['date.unknown']);
    expect(formatPartialDate(locale, '')).toBe(messages(locale)['date.unknown']);
  });

  test('in English, writes dates exactly as the site always has (src/lib/dates.ts)', () => {
    for (const date of ['2024-03-15', '2025-11-01', '2026-01', '2022', '2024-12-31', undefined]) {
      expect(formatPartialDate('en', date), String(date)).toBe(englishDate(date));
    }
  });

  test('is the calendar date in UTC: no day is lost or gained at either end of a year or month', () => {
    expect(formatPartialDate('fr', '2024-01-01')).toBe('1 janvier 2024');
    expect(formatPartialDate('fr', '2024-12-31')).toBe('31 décembre 2024');
    expect(formatPartialDate('es', '2025-02')).toBe('febrero de 2025');
    expect(formatPartialDate('ru', '2023-12-31')).toBe('31 декабря 2023 г.');
  });

  test('writes Arabic dates with Western digits, as our Arabic summaries are', () => {
    expect(formatPartialDate('ar', '2025-11-28')).toMatch(/^28 نوفمبر 2025$/);
    expect(formatPartialDate('ar', '2025-11-28')).not.toMatch(/[٠-٩]/);
  });
});

describe('formatNumber', () => {
  test('groups digits as each locale does', () => {
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('ne', 1234567.5)).toBe('१२,३४,५६७.५');
    expect(formatNumber('hi', 1234567.5)).toBe('12,34,567.5');
    expect(formatNumber('ar', 1234567.5)).toBe('1,234,567.5');
    expect(formatNumber('fr', 1234567.5)).toBe('1\u202f234\u202f567,5');
    expect(formatNumber('es', 1234567.5)).toBe('1.234.567,5');
    expect(formatNumber('ru', 1234567.5)).toBe('1\u00a0234\u00a0567,5');
  });

  test('leaves small numbers alone, and uses no Arabic-Indic digits for Arabic', () => {
    for (const locale of LOCALE_CODES.filter((l) => l !== 'ne')) expect(formatNumber(locale, 150)).toBe('150');
    expect(formatNumber('ne', 150)).toBe('१५०');
    expect(formatNumber('ar', 9876543210)).not.toMatch(/[٠-٩]/);
  });
});

describe('countryName', () => {
  test('names a country in each language', () => {
    expect(countryName('fr', 'NP')).toBe('Népal');
    expect(countryName('es', 'IN')).toBe('India');
    expect(countryName('ru', 'NP')).toBe('Непал');
    expect(countryName('ar', 'NP')).toBe('نيبال');
    expect(countryName('hi', 'IN')).toBe('भारत');
    expect(countryName('ne', 'NP')).toBe('नेपाल');
    expect(countryName('fr', 'np')).toBe('Népal');
  });

  test("is the site's English name in English", () => {
    expect(countryName('en', 'NP')).toBe('Nepal');
    expect(countryName('en', 'CD')).toBe('Democratic Republic of the Congo');
  });

  test('falls back to the English lookup for what is not an ISO country code', () => {
    expect(countryName('fr', 'ZZ')).toBe('ZZ');
    expect(countryName('ru', 'xx')).toBe('xx');
    expect(countryName('ar', '150')).toBe('150');
  });
});

describe('translate and plural', () => {
  test('fill placeholders, numbers formatted for the locale', () => {
    expect(translate('en', 'pagination.pageOf', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(translate('fr', 'pagination.pageOf', { page: 2, pages: 5 })).toBe('Page 2 sur 5');
    expect(translate('ne', 'pagination.pageOf', { page: 2, pages: 5 })).toBe('पृष्ठ २ / ५');
    expect(translate('en', 'article.kicker', { outlet: 'Kathmandu Post' })).toBe(
      'Summary of a report by Kathmandu Post',
    );
  });

  test('translator binds a locale, and pageSuffix names later pages only', () => {
    const t = translator('fr');
    expect(t('pagination.pageOf', { page: 2, pages: 5 })).toBe(
      translate('fr', 'pagination.pageOf', { page: 2, pages: 5 }),
    );
    expect(pageSuffix('en', { currentPage: 1, lastPage: 3 })).toBe('');
    expect(pageSuffix('en', { currentPage: 2, lastPage: 3 })).toBe(' (page 2 of 3)');
    expect(pageSuffix('ne', { currentPage: 3, lastPage: 4 })).toBe(' (पृष्ठ ३ / ४)');
    expect(pageSuffix('ar', { currentPage: 2, lastPage: 2 })).toBe(
      translate('ar', 'pagination.suffix', { page: 2, pages: 2 }),
    );
  });

  test('throw on an unknown key, naming it', () => {
    expect(() => translate('fr', 'no.such.key' as 'nav.about')).toThrow('no.such.key');
    expect(() => plural('ar', 'count.nothing' as 'count.articles', 2)).toThrow('count.nothing');
  });

  test('throw when a text key is counted or a count key is translated', () => {
    expect(() => translate('en', 'count.articles' as 'nav.about')).toThrow('count.articles');
    expect(() => plural('en', 'nav.about' as 'count.articles', 1)).toThrow('nav.about');
  });

  test("choose each language's plural form", () => {
    expect([1, 2, 1200].map((n) => plural('en', 'count.articles', n))).toEqual([
      '1 article',
      '2 articles',
      '1,200 articles',
    ]);
    expect([1, 2, 5, 21, 1.5].map((n) => plural('ru', 'count.articles', n))).toEqual([
      '1 статья',
      '2 статьи',
      '5 статей',
      '21 статья',
      '1,5 статьи',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', 'count.articles', n))).toEqual([
      'لا مقالات',
      'مقال واحد',
      'مقالان',
      '3 مقالات',
      '11 مقالًا',
      '100 مقال',
    ]);
    expect([0, 1, 2, 1_000_000].map((n) => plural('fr', 'count.articles', n))).toEqual([
      '0 article',
      '1 article',
      '2 articles',
      '1\u202f000\u202f000 d’articles',
    ]);
    expect(plural('ne', 'count.articles', 3)).toBe('३ लेख');
  });
});

describe('formatList', () => {
  test('joins as each language does', () => {
    expect(formatList('en', ['Nepal', 'India', 'Kenya'])).toBe('Nepal, India and Kenya');
    expect(formatList('fr', ['Népal', 'Inde'], 'disjunction')).toBe('Népal ou Inde');
    expect(formatList('ar', ['A', 'B', 'C'], 'disjunction')).toBe('A أو B أو C');
  });
});

describe('localePath and stripLocale', () => {
  test('prefix every language but English', () => {
    expect(localePath('ne', '/countries/np/')).toBe('/ne/countries/np/');
    expect(localePath('ar', '/')).toBe('/ar/');
    expect(localePath('en', '/countries/np/')).toBe('/countries/np/');
    expect(localePath('en', '/')).toBe('/');
  });

  test('read the language off a path', () => {
    expect(stripLocale('/ne/countries/np/')).toEqual({ locale: 'ne', path: '/countries/np/' });
    expect(stripLocale('/ar/')).toEqual({ locale: 'ar', path: '/' });
    expect(stripLocale('/ar')).toEqual({ locale: 'ar', path: '/' });
    expect(stripLocale('/countries/np/')).toEqual({ locale: 'en', path: '/countries/np/' });
    expect(stripLocale('/')).toEqual({ locale: 'en', path: '/' });
  });

  test('take no other two-letter segment for a language', () => {
    expect(stripLocale('/en/about/')).toEqual({ locale: 'en', path: '/en/about/' });
    expect(stripLocale('/de/about/')).toEqual({ locale: 'en', path: '/de/about/' });
    expect(stripLocale('/news/')).toEqual({ locale: 'en', path: '/news/' });
    expect(stripLocale('/nepal/')).toEqual({ locale: 'en', path: '/nepal/' });
  });

  test.each(LOCALE_CODES)('%s: round-trip', (locale) => {
    for (const path of ['/', '/countries/np/', '/articles/page/2/', '/figures/', '/about/', '/search/', '/ne/x/']) {
      if (locale === 'en' && path.startsWith('/ne/')) continue;
      expect(stripLocale(localePath(locale, path)), `${locale} ${path}`).toEqual({ locale, path });
    }
  });
});

describe('messageParts and around', () => {
  test('cut a message at its unfilled placeholders', () => {
    expect(messageParts('en', 'footer.licence')).toEqual([
      'Summaries and data: ',
      { slot: 'licenceLink' },
      '. Code: MIT. The original reports belong to their publishers.',
    ]);
    expect(messageParts('en', 'article.kicker', { outlet: 'Reuters' })).toEqual(['Summary of a report by Reuters']);
  });

  test('give the text on each side of one placeholder, in the locale’s order', () => {
    expect(around('en', 'article.added', 'date')).toEqual(['Added ', '']);
    expect(around('ne', 'article.added', 'date')).toEqual(['', ' मा थपिएको']);
    expect(around('en', 'figure.claimBy', 'date', { claimant: 'UN', basis: 'official' })).toEqual([
      'UN, ',
      ' (official)',
    ]);
  });
});
