/** Human names for country and language codes. Countries come from i18n-iso-countries, languages from Intl. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { RTL_LANGUAGES } from '../schema/vocab.ts';

countries.registerLocale(en);
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "Iraq" for "IQ"; the code itself if unknown. */
export function countryName(code: string): string {
  return countries.getName(code.toUpperCase(), 'en', { select: 'alias' }) ?? countries.getName(code, 'en') ?? code;
}

/** "Arabic" for "ar". */
export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}

/** `rtl` for Arabic, Persian, Urdu, Hebrew (and Pashto, Yiddish); `ltr` otherwise. */
export function textDirection(language: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
