import { describe, expect, test } from 'vitest';
import { TRANSLATED_LOCALES } from '../../src/i18n/index.ts';
import { inEveryLocale, pagedInEveryLocale } from '../../src/lib/locales.ts';
import { pagedPaths } from '../../src/lib/paginate.ts';
import { astroPaginate } from '../helpers/paginate.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('inEveryLocale', () => {
  test('gives each path once per translated locale, the locale in its params, props and cache key', () => {
    const paths = inEveryLocale([{ params: { slug: 'a' }, props: { n: 1 }, cacheKey: 'k' }]);
    expect(paths.map((p) => [p.params, p.props, p.cacheKey])).toEqual(
      TRANSLATED_LOCALES.map((locale) => [{ slug: 'a', locale }, { n: 1, locale }, `k:${locale}`]),
    );
  });
});

describe('pagedInEveryLocale', () => {
  const paginate = astroPaginate('/[locale]/countries/[id]/[...page]');
  const build = (localized: typeof paginate) =>
    pagedPaths(localized, range(3), { params: { id: 'iq' }, props: {}, pageSize: 2, key: (n) => `k${n}` });

  test("needs the locale among paginate's params: Astro's paginate of a [locale] route refuses a path without one", () => {
    expect(() => build(paginate)).toThrow(/locale/);
  });

  test("gives every page in every translated locale, with the site's page parameter and a key per locale", () => {
    let calls = 0;
    const paths = pagedInEveryLocale(paginate, (localized) => {
      calls++;
      return build(localized);
    });
    // The builder (grouping, ledgers) runs once, not once per locale.
    expect(calls).toBe(1);
    expect(paths.map((p) => [p.params, p.props.locale, p.props.page.currentPage, p.cacheKey])).toEqual(
      TRANSLATED_LOCALES.flatMap((locale) => [
        [{ id: 'iq', locale, page: undefined }, locale, 1, `k1:${locale}`],
        [{ id: 'iq', locale, page: 'page/2' }, locale, 2, `k2:${locale}`],
      ]),
    );
  });
});
