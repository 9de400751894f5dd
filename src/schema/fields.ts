/** Field schemas reused by several collections: ids, partial dates, URLs, country codes. */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { COUNTRY_CODES, COUNTRY_MISTAKES, isLanguageCode, LANGUAGE_MISTAKES } from './vocab.ts';

/** YAML turns unquoted dates into Date objects and years into numbers; accept both, store strings. */
function toDateString(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a real calendar date. */
export function isRealPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date at its known precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const partialDate = z.preprocess(
  toDateString,
  z
    .string({ error: 'expected a date such as "2025-11-28", "2025-11" or "2025"' })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY-MM-DD, YYYY-MM or YYYY')
    .refine(isRealPartialDate, 'not a real calendar date'),
);

/** A full calendar date, `YYYY-MM-DD`. */
export const fullDate = z.preprocess(
  toDateString,
  z
    .string({ error: 'expected a date such as "2026-11-23"' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .refine(isRealPartialDate, 'not a real calendar date'),
);

/** A lower-case kebab-case id, as used for outlets, topics and stories. */
export const id = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `ids are kebab-case text, not numbers: write it in quotes, e.g. "${issue.input}"`
        : 'expected an id such as "the-national"',
  })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case kebab-case id such as "the-national"');

/** Why a URL's text is refused before it is parsed: whitespace, control characters; undefined when neither. */
function describeUrlText(value: string): string | undefined {
  const bad = /[^\S\uFEFF]|\p{Cc}/u.exec(value);
  if (!bad) return undefined;
  const at = `at character ${bad.index + 1}`;
  const code = `U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (/\s/.test(bad[0])) {
    return `the URL contains whitespace (${code} ${at}): remove it, or write a space in the path as %20`;
  }
  return `the URL contains a control character (${code} ${at}): retype the URL`;
}

/** An absolute http(s) URL, without whitespace, control characters or a user name; javascript:, data:, ftp: refused. */
export const webUrl = z.string({ error: 'expected a URL' }).superRefine((value, ctx) => {
  const text = describeUrlText(value);
  if (text) return void ctx.addIssue({ code: 'custom', message: text });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return void ctx.addIssue({ code: 'custom', message: 'expected an absolute http:// or https:// URL' });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    ctx.addIssue({ code: 'custom', message: 'expected an absolute http:// or https:// URL' });
  } else if (url.username !== '' || url.password !== '') {
    const message = 'the URL contains a user name or password before the host: remove "…@"';
    ctx.addIssue({ code: 'custom', message });
  }
});

/** What to write instead of a code that is not ISO 3166-1 alpha-2: common mistakes, alpha-3 codes, English names. */
function describeCountry(code: string): string {
  const upper = code.toUpperCase();
  if (COUNTRY_CODES.has(upper)) return `country code must be upper case: "${upper}"`;
  const instead = COUNTRY_MISTAKES[upper] ?? countries.alpha3ToAlpha2(upper) ?? countries.getAlpha2Code(code, 'en');
  const hint = instead ? `: ${countries.getName(instead, 'en') ?? instead} is "${instead}"` : '';
  return `"${code}" is not an ISO 3166-1 alpha-2 country code${hint}`;
}

/** An upper-case ISO 3166-1 alpha-2 code. */
export const countryCode = z
  .string({ error: 'expected an ISO 3166-1 alpha-2 country code such as "JO"' })
  .refine((code) => COUNTRY_CODES.has(code), { error: (issue) => describeCountry(String(issue.input)) });

/** What to write instead of a code that is not ISO 639-1: upper case, or a country code used for its language. */
function describeLanguage(code: string): string {
  const lower = code.toLowerCase();
  if (isLanguageCode(lower)) return `language code must be lower case: "${lower}"`;
  const instead = LANGUAGE_MISTAKES[lower];
  const hint = instead ? `: use "${instead}" (${new Intl.DisplayNames(['en'], { type: 'language' }).of(instead)})` : '';
  return `"${code}" is not an ISO 639-1 language code${hint}`;
}

/** An ISO 639-1 language code. */
export const languageCode = z
  .string({ error: 'expected an ISO 639-1 language code such as "en"' })
  .refine(isLanguageCode, { error: (issue) => describeLanguage(String(issue.input)) });

/** A non-empty single-line text. */
export const text = (max: number) =>
  z
    .string({
      error: (issue) =>
        typeof issue.input === 'number' ? `expected text: write it in quotes, e.g. "${issue.input}"` : 'expected text',
    })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);
