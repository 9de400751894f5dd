/**
 * The site's languages: English at `/`, each of LOCALES under `/<code>/`. Message look-up (`translate`, `plural`),
 * and dates, numbers and country names as each language writes them, all from the runtime's Intl (CLDR) data.
 * Pure: no page or component state.
 */
import { countryName as englishCountryName } from '../lib/names.ts';
import { COUNTRY_CODES, LOCALES, type Locale } from '../schema/vocab.ts';
import { ar } from './messages/ar.ts';
import { en, type MessageKey, type Messages, type PluralKey, type TextKey } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';
import { hi } from './messages/hi.ts';
import { ne } from './messages/ne.ts';
import { ru } from './messages/ru.ts';

export type { MessageKey, Messages, PluralKey, TextKey };

/** Every language of the site, English (the default) first. */
export const LOCALE_CODES = ['en', ...LOCALES] as const;
/** One of the site's languages. */
export type SiteLocale = (typeof LOCALE_CODES)[number];
/** The language at `/`, whose pages have no prefix. */
export const DEFAULT_LOCALE = 'en' satisfies SiteLocale;

/** A language's name in that language, for the language switcher, and its writing direction. */
export interface LocaleInfo {
  name: string;
  dir: 'ltr' | 'rtl';
}

const INFO: Readonly<Record<SiteLocale, LocaleInfo>> = {
  en: { name: 'English', dir: 'ltr' },
  ne: { name: 'नेपाली', dir: 'ltr' },
  hi: { name: 'हिन्दी', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  fr: { name: 'Français', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
  ru: { name: 'Русский', dir: 'ltr' },
};

const CATALOGUES: Readonly<Record<SiteLocale, Messages>> = { en, ne, hi, ar, fr, es, ru };

/** True for the codes of LOCALE_CODES. */
export function isSiteLocale(code: string): code is SiteLocale {
  return (LOCALE_CODES as readonly string[]).includes(code);
}

/** { name: 'العربية', dir: 'rtl' } for 'ar'. */
export function localeInfo(locale: SiteLocale): LocaleInfo {
  return INFO[locale];
}

/** The whole catalogue of a language. */
export function messages(locale: SiteLocale): Messages {
  return CATALOGUES[locale];
}

/**
 * `{name}` in `text` replaced by `params.name`, a number formatted for the locale (Nepali "२", Arabic "2"); a
 * placeholder without a value is left as it is.
 */
function fill(locale: SiteLocale, text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

function lookUp(locale: SiteLocale, key: string): Messages[MessageKey] {
  const message = (CATALOGUES[locale] as Readonly<Record<string, Messages[MessageKey]>>)[key];
  if (message === undefined) throw new Error(`Unknown message key "${key}" (locale ${locale})`);
  return message;
}

/**
 * The message `key` in `locale`, its placeholders filled: translate('fr', 'pagination.pageOf', { page: 2, pages: 5 })
 * is "Page 2 sur 5". Numbers in `params` are formatted for the locale (`formatNumber`); strings are put in as given.
 * Throws, naming the key, when the catalogue has no such key or the key is a count's (`plural`).
 */
export function translate(
  locale: SiteLocale,
  key: TextKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const message = lookUp(locale, key);
  if (typeof message !== 'string') throw new Error(`Message key "${key}" is a count's: use plural()`);
  return fill(locale, message, params);
}

/** `translate` bound to one locale: a component's `t(key, params)`. */
export function translator(
  locale: SiteLocale,
): (key: TextKey, params?: Readonly<Record<string, string | number>>) => string {
  return (key, params) => translate(locale, key, params);
}

/** What a list's later pages add to their title and count line (" (page 2 of 5)"); nothing on the first page. */
export function pageSuffix(
  locale: SiteLocale,
  page: { readonly currentPage: number; readonly lastPage: number },
): string {
  const { currentPage, lastPage } = page;
  return currentPage > 1 ? translate(locale, 'pagination.suffix', { page: currentPage, pages: lastPage }) : '';
}

/** A piece of a message: its text, or the name of a placeholder left for markup (a link, a `<time>`). */
export type MessagePart = string | { slot: string };

/**
 * The message `key` cut at each placeholder that `params` does not fill, so a page can put markup in its place:
 * messageParts('en', 'footer.licence') is ['Summaries and data: ', { slot: 'licenceLink' }, '. Code: MIT. …'].
 */
export function messageParts(
  locale: SiteLocale,
  key: TextKey,
  params?: Readonly<Record<string, string | number>>,
): MessagePart[] {
  return translate(locale, key, params)
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{\w+\}$/.test(part) ? { slot: part.slice(1, -1) } : part));
}

/** The text before and after the one placeholder `slot` of a message, the others filled from `params`. */
export function around(
  locale: SiteLocale,
  key: TextKey,
  slot: string,
  params?: Readonly<Record<string, string | number>>,
): [string, string] {
  const [before = '', after = ''] = translate(locale, key, params).split(`{${slot}}`);
  return [before, after];
}

const pluralRules = new Map<SiteLocale, Intl.PluralRules>();

/**
 * The wording of `count` for `key` in `locale`, by the language's plural rules (Intl.PluralRules): Arabic has six
 * forms, Russian four. `{count}` is the count formatted for the locale; other placeholders come from `params`.
 * Throws, naming the key, when the key is unknown or not a count's.
 */
export function plural(
  locale: SiteLocale,
  key: PluralKey,
  count: number,
  params?: Readonly<Record<string, string | number>>,
): string {
  const message = lookUp(locale, key);
  if (typeof message === 'string') throw new Error(`Message key "${key}" is not a count's: use translate()`);
  let rules = pluralRules.get(locale);
  if (rules === undefined) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = message[rules.select(count)] ?? message.other;
  return fill(locale, form, { count, ...params });
}

/**
 * Intl options every formatter of a locale shares. Arabic is written with Western digits (0-9), as our Arabic
 * summaries are: Node's ICU already picks `latn` for 'ar' (CLDR 48), but other ICU builds and browsers pick
 * Arabic-Indic digits (٠-٩), so it is set rather than left to the runtime. Nepali keeps CLDR's Devanagari digits
 * (२०२४), and every other locale its default.
 */
function baseOptions(locale: SiteLocale): { numberingSystem?: string } {
  return locale === 'ar' ? { numberingSystem: 'latn' } : {};
}

/** The Intl locale of a site language: British English for 'en', as the site has always written dates and numbers. */
function intlLocale(locale: SiteLocale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: SiteLocale, precision: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  const cacheKey = `${locale}:${precision}`;
  let format = formatters.get(cacheKey);
  if (format === undefined) {
    const parts: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { day: 'numeric', month: 'long', year: 'numeric' }
        : precision === 'month'
          ? { month: 'long', year: 'numeric' }
          : { year: 'numeric' };
    format = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', ...baseOptions(locale), ...parts });
    formatters.set(cacheKey, format);
  }
  return format;
}

/**
 * A partial date at its own precision, as the locale writes it: fr "15 mars 2024", "mars 2024", "2024". Partial
 * dates stay partial in every language: "2024-03" never gains a day, "2024" never a month. Undefined (or empty) is
 * the locale's 'date.unknown'. Calendar is the locale's default (Gregorian for all of the site's languages).
 */
export function formatPartialDate(locale: SiteLocale, date: string | undefined): string {
  if (!date) return translate(locale, 'date.unknown');
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return dateFormat(locale, 'year').format(Date.UTC(year, 0, 1));
  if (day === undefined) return dateFormat(locale, 'month').format(Date.UTC(year, month - 1, 1));
  return dateFormat(locale, 'day').format(Date.UTC(year, month - 1, day));
}

const numberFormats = new Map<SiteLocale, Intl.NumberFormat>();

/** A number as the locale writes it: en "1,200", fr "1 200", hi "12,34,567", ne "१,२००". */
export function formatNumber(locale: SiteLocale, n: number): string {
  let format = numberFormats.get(locale);
  if (format === undefined)
    numberFormats.set(locale, (format = new Intl.NumberFormat(intlLocale(locale), baseOptions(locale))));
  return format.format(n);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Items joined as the locale does: "Nepal, India and Kenya" (`conjunction`), "Nepal or India" (`disjunction`). */
export function formatList(
  locale: SiteLocale,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const cacheKey = `${locale}:${type}`;
  let format = listFormats.get(cacheKey);
  if (format === undefined) listFormats.set(cacheKey, (format = new Intl.ListFormat(intlLocale(locale), { type })));
  return format.format(items);
}

const regionNames = new Map<SiteLocale, Intl.DisplayNames>();

/**
 * A country's name in the locale from CLDR (Intl.DisplayNames): countryName('fr', 'NP') is "Népal". English, and
 * any code the locale's data lacks, get the English name of src/lib/names.ts (the site's English wording); a code
 * that is not ISO 3166-1 alpha-2 comes back as it is, as there.
 */
export function countryName(locale: SiteLocale, code: string): string {
  if (locale === DEFAULT_LOCALE) return englishCountryName(code);
  let names = regionNames.get(locale);
  if (names === undefined) {
    regionNames.set(locale, (names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' })));
  }
  const upper = code.toUpperCase();
  // Only ISO 3166-1 codes: CLDR also names "ZZ" ("Unknown Region") and continents ("150"), which are not countries.
  if (!COUNTRY_CODES.has(upper)) return englishCountryName(code);
  const name = names.of(upper);
  return name === undefined || name === upper ? englishCountryName(code) : name;
}

const languageNames = new Map<SiteLocale, Intl.DisplayNames>();

/** A language's name in the locale (Intl.DisplayNames): languageName('fr', 'ne') is "népalais"; else the code. */
export function languageName(locale: SiteLocale, code: string): string {
  let names = languageNames.get(locale);
  if (names === undefined) {
    languageNames.set(
      locale,
      (names = new Intl.DisplayNames(intlLocale(locale), { type: 'language', fallback: 'code' })),
    );
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A site path in a language: localePath('ne', '/countries/np/') is "/ne/countries/np/"; English ones unchanged. */
export function localePath(locale: SiteLocale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' || path === '' ? `/${locale}/` : `/${locale}${path.startsWith('/') ? '' : '/'}${path}`;
}

/**
 * A pathname's language and its path without the prefix, for the language switcher and hreflang: "/ne/countries/np/"
 * is { locale: 'ne', path: '/countries/np/' }, "/ne" and "/ne/" are the Nepali home "/", and a path with no language
 * prefix ("/countries/np/", "/news/") is English. The inverse of `localePath`.
 */
export function stripLocale(pathname: string): { locale: SiteLocale; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  const code = match?.[1];
  if (code !== undefined && code !== DEFAULT_LOCALE && isSiteLocale(code)) {
    return { locale: code, path: match?.[2] ?? '/' };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The site's translated locale codes, typed as Locale (every site language but English). */
export const TRANSLATED_LOCALES: readonly Locale[] = LOCALES;
