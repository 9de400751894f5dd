/**
 * The sitemap's language alternates (`<xhtml:link rel="alternate" hreflang>`), in one pass over the URLs.
 * @astrojs/sitemap's own `i18n` option finds them by scanning every URL for every page, which is quadratic: at 3,000
 * articles (26,000 URLs) it took 2.4 s of a build, and it grows with the square of the pages. This gives the same
 * links (in the same order, for the same pages), for its `serialize` hook to set.
 */

/** One alternate of a page: its URL and its language. */
export interface AlternateLink {
  url: string;
  lang: string;
}

/** The site's root (`new URL(base, site)`), under which the sitemap's URLs are. */
export function sitemapRoot(site: string, base = '/'): URL {
  return new URL(base, site);
}

/** A built page's address in the sitemap (`pathname` as astro:build:done gives it), as @astrojs/sitemap makes it. */
export function sitemapUrl(pathname: string, root: URL): string {
  const folder = pathname !== '' && !root.pathname.endsWith('/') ? `${root.pathname}/` : root.pathname;
  return new URL(folder + pathname.replace(/^\//, ''), root).href;
}

/** The page's path without its language prefix, and its language, as @astrojs/sitemap's parseI18nUrl reads them. */
function localized(url: string, base: string, defaultLocale: string, locales: Record<string, string>) {
  if (!url.startsWith(base)) return undefined;
  let rest = url.slice(base.length);
  if (!rest || rest === '/') return { locale: defaultLocale, path: '/' };
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const locale = rest.split('/')[1] as string;
  if (Object.hasOwn(locales, locale)) return { locale, path: rest.slice(1 + locale.length) || '/' };
  return { locale: defaultLocale, path: rest };
}

/**
 * Each URL of `urls` (absolute, under `base`) that exists in more than one language, with every version of its page
 * (itself included) in the sitemap's order of URLs (`localeCompare`, numeric), each with its language
 * (`locales[code]`).
 */
export function sitemapAlternates(
  urls: readonly string[],
  base: string,
  defaultLocale: string,
  locales: Record<string, string>,
): Map<string, AlternateLink[]> {
  // The sitemap's order (`localeCompare(b, 'en', { numeric: true })`); one collator is many times faster than that.
  const sorted = [...new Set(urls)].sort(new Intl.Collator('en', { numeric: true }).compare);
  const byPath = new Map<string, AlternateLink[]>();
  for (const url of sorted) {
    const parsed = localized(url, base, defaultLocale, locales);
    if (!parsed) continue;
    let links = byPath.get(parsed.path);
    if (!links) byPath.set(parsed.path, (links = []));
    links.push({ url, lang: locales[parsed.locale] as string });
  }
  // Every version of a page shares its list of links.
  const alternates = new Map<string, AlternateLink[]>();
  for (const links of byPath.values()) if (links.length > 1) for (const { url } of links) alternates.set(url, links);
  return alternates;
}
