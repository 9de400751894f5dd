/** Human names for country and language codes, from i18n-iso-countries and Node's CLDR data (Intl). */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { RTL_LANGUAGES } from '../schema/vocab.ts';

countries.registerLocale(en);
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * "Iraq" for "IQ". The common English name comes from CLDR (Node's Intl data: "Syria", "Laos", "South Korea");
 * where CLDR qualifies a name ("Congo - Kinshasa") or lacks the code, i18n-iso-countries' official name is used.
 * The code itself is returned when neither knows it.
 */
export function countryName(code: string): string {
  let name = countryNames.get(code);
  if (name === undefined) countryNames.set(code, (name = lookUpCountryName(code)));
  return name;
}

/** Names already looked up: a 10,000-article build asks for them ~100,000 times, and each look-up costs ~5 µs. */
const countryNames = new Map<string, string>();

function lookUpCountryName(code: string): string {
  const upper = code.toUpperCase();
  if (!countries.isValid(upper)) return code;
  const common = regionNames.of(upper);
  if (common !== undefined && common !== upper && !/ - |\(/.test(common)) return common;
  return countries.getName(upper, 'en') ?? code;
}

/** "Arabic" for "ar". */
export function languageName(code: string): string {
  let name = languageNameCache.get(code);
  if (name === undefined) languageNameCache.set(code, (name = languageNames.of(code) ?? code));
  return name;
}

const languageNameCache = new Map<string, string>();

/** `rtl` for Arabic, Persian, Urdu, Hebrew (and Pashto, Yiddish); `ltr` otherwise. */
export function textDirection(language: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
