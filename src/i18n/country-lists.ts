/** The wording of a country's full lists (sources, stories, figures) in one language, for CountryListFrame. */
import { around, countryName, pageSuffix, plural, translate, type SiteLocale } from './index.ts';

/** Each list's messages (`<list>.title`, `.intro`, `.description`) and how it counts its rows. */
const COUNTS = {
  countrySources: { key: 'count.outlets', param: 'outlets' },
  countryStories: { key: 'count.stories', param: 'stories' },
  countryFigures: { key: 'count.figures', param: 'figures' },
} as const;

/** One of a country's full lists. */
export type CountryList = keyof typeof COUNTS;

/** What the frame and the list's caption say. */
export interface CountryListText {
  /** The country's name in the page's language. */
  name: string;
  /** The list's title, without the page suffix. */
  title: string;
  /** " (page 2 of 5)" on later pages; empty on the first. */
  suffix: string;
  /** The intro's text before and after the country's link; its count carries the page suffix. */
  intro: [string, string];
  /** The page description, with the count and without the suffix. */
  description: string;
}

/** The wording of `list` for country `key`, on `page` of a list of `page.total` rows. */
export function countryListText(
  locale: SiteLocale,
  list: CountryList,
  key: string,
  page: { readonly currentPage: number; readonly lastPage: number; readonly total: number },
): CountryListText {
  const name = countryName(locale, key);
  const suffix = pageSuffix(locale, page);
  const { key: countKey, param } = COUNTS[list];
  const count = plural(locale, countKey, page.total);
  return {
    name,
    title: translate(locale, `${list}.title`, { name }),
    suffix,
    intro: around(locale, `${list}.intro`, 'countryLink', { [param]: `${count}${suffix}` }),
    description: translate(locale, `${list}.description`, { name, [param]: count }),
  };
}
