/** What an article card shows, as plain data: the server renders it, and the country filter's files carry it. */
import { countryName, DEFAULT_LOCALE, formatPartialDate, localePath, type SiteLocale } from '../i18n/index.ts';
import { textDirection } from './names.ts';
import { articlePath, countryPath, sourcePath } from './paths.ts';
import type { ArticleItem } from './types.ts';

/** One card's content; every string is text, never HTML. */
export interface CardView {
  href: string;
  title: string;
  summary: string;
  /** The original's date at its known precision, or undefined when unknown. */
  date: { datetime: string; text: string } | undefined;
  /** Sort key: the publication date, empty when unknown. */
  sort: string;
  outlet: { name: string; href: string };
  countries: { name: string; href: string }[];
  /** The original headline in its own language and direction, when recorded. */
  original: { title: string; lang: string; dir: 'ltr' | 'rtl' } | undefined;
  source: { href: string; lang: string };
}

/**
 * The card of one article, its date and country names in `locale` and its links to the article and country pages in
 * that language (the outlet's page is English only).
 */
export function cardView(
  article: ArticleItem,
  outletName: (id: string) => string,
  locale: SiteLocale = DEFAULT_LOCALE,
): CardView {
  const { data } = article;
  const { source } = data;
  return {
    href: localePath(locale, articlePath(article.id)),
    title: data.title,
    summary: data.summary,
    date: source.published
      ? { datetime: source.published, text: formatPartialDate(locale, source.published) }
      : undefined,
    sort: source.published ?? '',
    outlet: { name: outletName(source.outlet), href: sourcePath(source.outlet) },
    countries: data.countries.map((code) => ({
      name: countryName(locale, code),
      href: localePath(locale, countryPath(code)),
    })),
    original: source.title
      ? { title: source.title, lang: source.language, dir: textDirection(source.language) }
      : undefined,
    source: { href: source.url, lang: source.language },
  };
}
