/** Closed vocabularies shared by the schema, the validator, the pages and the tests. */
import countries from 'i18n-iso-countries';

/** What a reported figure counts, each with the definition shown in the README and on the about page. */
export const MEASURE_DEFINITIONS = {
  recruited: 'People signed up, enlisted or taken into Russian service, including those lured by false job offers.',
  deployed: 'People sent to the front or to a combat zone, as distinct from those only recruited.',
  killed: 'People reported dead while serving or after being sent to fight.',
  wounded: 'People reported injured while serving.',
  captured: 'People taken prisoner, almost always by Ukraine.',
  missing: 'People whose fate is unknown: out of contact, or listed as missing by families or governments.',
  returned: 'Living people brought or sent home: released, evacuated, repatriated or escaped.',
  'remains-returned': 'Bodies or remains of the dead brought home to their country.',
  discharged: 'People released from their contracts or service while still in Russia.',
  detained: 'People arrested or held by their own or another government over recruitment (recruiters or recruits).',
  convicted: 'People found guilty in court over recruitment or over fighting for Russia.',
  payment: 'Money paid or promised: bonuses, salaries, compensation (with the unit, such as "USD per month").',
  sentence: 'Length of a prison sentence or other penalty handed down (with the unit, such as "years").',
  other: "Any other number the report cites, described in the figure's own words.",
} as const;

/** What a reported figure counts. */
export const MEASURES = Object.keys(MEASURE_DEFINITIONS) as [
  keyof typeof MEASURE_DEFINITIONS,
  ...(keyof typeof MEASURE_DEFINITIONS)[],
];

/** What kind of number a figure is: who stands behind it, and how it was reached. */
export const FIGURE_BASES = {
  official: 'An official count: a government, ministry or official body states it.',
  estimate: 'An estimate by a researcher, journalist, intelligence service or official, not a count.',
  'documented-minimum':
    'A documented minimum: named or individually confirmed people, as Mediazona and BBC Russian count.',
  unverified: 'An unverified claim: a recruiter, an anonymous source, a family, a social-media post.',
  unknown: 'The report does not say how the number was reached.',
} as const;

/** Figure bases, as a list. */
export const BASES = Object.keys(FIGURE_BASES) as [keyof typeof FIGURE_BASES, ...(keyof typeof FIGURE_BASES)[]];

/** Whether a figure is a running total to its date or a count for one period ("150 in December alone"). */
export const SPANS = ['total', 'period', 'unknown'] as const;

/** Whose people a figure counts: those on Russia's side (the default subject), Ukraine's, or both together. */
export const SIDES = ['russia', 'ukraine', 'both', 'unknown'] as const;

/** The kind of organisation an outlet is. */
export const OUTLET_KINDS = [
  'newspaper',
  'broadcaster',
  'news agency',
  'online outlet',
  'government',
  'international organisation',
  'NGO or research',
  'aggregator',
  'other',
] as const;

/** Languages written right to left, for `dir="rtl"`. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'yi']);

/** Every ISO 3166-1 alpha-2 code, from the maintained i18n-iso-countries package. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/** Codes people use that are not ISO 3166-1 alpha-2 (EU and UN usage, retired codes), with the code to use. */
export const COUNTRY_MISTAKES: Readonly<Record<string, string>> = {
  UK: 'GB',
  EL: 'GR',
  KV: 'XK',
  KOS: 'XK',
  SP: 'ES',
  BU: 'MM',
  ZR: 'CD',
  TP: 'TL',
  YU: 'RS',
  SU: 'RU',
  UAE: 'AE',
  KSA: 'SA',
  DPRK: 'KP',
  ROK: 'KR',
};

/** Country codes people write for a language (jp for Japanese), with the ISO 639-1 code to use. */
export const LANGUAGE_MISTAKES: Readonly<Record<string, string>> = {
  jp: 'ja',
  cn: 'zh',
  ua: 'uk',
  gr: 'el',
  dk: 'da',
  cz: 'cs',
  ir: 'fa',
  il: 'he',
  iw: 'he',
  ji: 'yi',
  np: 'ne',
  kz: 'kk',
  rs: 'sr',
  by: 'be',
  ge: 'ka',
  tj: 'tg',
  vn: 'vi',
  pk: 'ur',
};

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

/** The languages the site is translated into besides English (the default, at /), as BCP 47 codes. */
export const LOCALES = ['ne', 'hi', 'ar', 'fr', 'es', 'ru'] as const;
/** One of the site's translated languages. */
export type Locale = (typeof LOCALES)[number];
