/** Closed vocabularies shared by the schema, the validator, the pages and the tests. */
import countries from 'i18n-iso-countries';

/** What a reported figure counts. */
export const MEASURES = [
  'recruited', 'deployed', 'killed', 'wounded', 'captured', 'missing', 'returned',
  'discharged', 'detained', 'convicted', 'payment', 'sentence', 'other',
] as const;

/** The kind of organisation an outlet is. */
export const OUTLET_KINDS = [
  'newspaper', 'broadcaster', 'news agency', 'online outlet', 'government',
  'international organisation', 'NGO or research', 'aggregator', 'other',
] as const;

/** Languages written right to left, for `dir="rtl"`. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'yi']);

/** Every ISO 3166-1 alpha-2 code, from the maintained i18n-iso-countries package. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const knownLanguages = new Map<string, boolean>();

/** ISO 639-1 language codes, as known to the runtime's Intl data. */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  let known = knownLanguages.get(code);
  if (known === undefined) {
    const name = languageNames.of(code);
    knownLanguages.set(code, (known = name !== undefined && name !== code));
  }
  return known;
}
