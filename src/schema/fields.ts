/** Field schemas reused by several collections: ids, partial dates, URLs, country codes. */
import { z } from 'astro/zod';
import { COUNTRY_CODES, isLanguageCode } from './vocab.ts';

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
  .string({ error: 'expected an id such as "the-national"' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case kebab-case id such as "the-national"');

/** An absolute http(s) URL; any other scheme (javascript:, data:, ftp:) is refused. */
export const webUrl = z
  .string({ error: 'expected a URL' })
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'expected an absolute http:// or https:// URL');

/** An upper-case ISO 3166-1 alpha-2 code. */
export const countryCode = z
  .string({ error: 'expected an ISO 3166-1 alpha-2 country code such as "JO"' })
  .refine((code) => COUNTRY_CODES.has(code), {
    error: (issue) => {
      const code = String(issue.input);
      if (COUNTRY_CODES.has(code.toUpperCase())) return `country code must be upper case: "${code.toUpperCase()}"`;
      return `"${code}" is not an ISO 3166-1 alpha-2 country code`;
    },
  });

/** An ISO 639-1 language code. */
export const languageCode = z
  .string({ error: 'expected an ISO 639-1 language code such as "en"' })
  .refine(isLanguageCode, { error: (issue) => `"${String(issue.input)}" is not an ISO 639-1 language code` });

/** A non-empty single-line text. */
export const text = (max: number) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);
