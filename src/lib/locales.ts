/** getStaticPaths helpers for the localized pages (/ne/, /hi/, …): one path per translated locale. */
import { TRANSLATED_LOCALES } from '../i18n/index.ts';
import type { Locale } from '../schema/vocab.ts';

/** `{ params: { locale }, props: { locale } }` for each translated locale. */
export function localeParams(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return TRANSLATED_LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}

/** Each of `paths` once per translated locale, with the locale added to its params and props. */
export function inEveryLocale<P extends Record<string, unknown>, R extends Record<string, unknown>, E extends object>(
  paths: readonly ({ params: P; props: R } & E)[],
): ({ params: P & { locale: Locale }; props: R & { locale: Locale } } & E)[] {
  return TRANSLATED_LOCALES.flatMap((locale) =>
    paths.map((p) => ({
      ...p,
      params: { ...p.params, locale },
      props: { ...p.props, locale },
      // A page's incremental-build key names its language too.
      ...('cacheKey' in p && typeof p.cacheKey === 'string' ? { cacheKey: `${p.cacheKey}:${locale}` } : {}),
    })),
  );
}
