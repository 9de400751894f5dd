/** getStaticPaths helpers for the localized pages (/ne/, /hi/, …): one path per translated locale. */
import { TRANSLATED_LOCALES } from '../i18n/index.ts';
import type { PaginateFunction } from 'astro';
import type { Locale } from '../schema/vocab.ts';

/** `{ params: { locale }, props: { locale } }` for each translated locale. */
export function localeParams(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return TRANSLATED_LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}

type LocalePaths<P, R, E> = ({ params: P & { locale: Locale }; props: R & { locale: Locale } } & E)[];

/** `paths` in one locale: the locale added to each path's params and props, and named in its cache key. */
function inLocale<P extends Record<string, unknown>, R extends Record<string, unknown>, E extends object>(
  paths: readonly ({ params: P; props: R } & E)[],
  locale: Locale,
): LocalePaths<P, R, E> {
  return paths.map((p) => ({
    ...p,
    params: { ...p.params, locale },
    props: { ...p.props, locale },
    // A page's incremental-build key names its language too.
    ...('cacheKey' in p && typeof p.cacheKey === 'string' ? { cacheKey: `${p.cacheKey}:${locale}` } : {}),
  }));
}

/** Each of `paths` once per translated locale, with the locale added to its params and props. */
export function inEveryLocale<P extends Record<string, unknown>, R extends Record<string, unknown>, E extends object>(
  paths: readonly ({ params: P; props: R } & E)[],
): LocalePaths<P, R, E> {
  return TRANSLATED_LOCALES.flatMap((locale) => inLocale(paths, locale));
}

/**
 * A paginated route's paths once per translated locale, as `inEveryLocale` gives them. `build` runs once: Astro's
 * `paginate` for a `[locale]` route needs a locale only to write each page's `url`, which `pagedPaths` drops, so it is
 * given the first locale and `inEveryLocale` then puts each locale in the params, props and cache keys.
 */
export function pagedInEveryLocale<
  P extends Record<string, unknown>,
  R extends Record<string, unknown>,
  E extends object,
>(
  paginate: PaginateFunction,
  build: (paginate: PaginateFunction) => readonly ({ params: P; props: R } & E)[],
): LocalePaths<P, R, E> {
  const [locale] = TRANSLATED_LOCALES;
  const withLocale = ((items, args) =>
    paginate(items, { ...args, params: { ...args?.params, locale } })) as PaginateFunction;
  return inEveryLocale(build(withLocale));
}
