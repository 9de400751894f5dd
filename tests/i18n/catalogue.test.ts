/**
 * Every locale's catalogue matches English key for key: no key missing or extra, no empty wording, the same
 * `{placeholders}`, and for each count every plural category the locale's rules (Intl.PluralRules) can select.
 */
import { describe, expect, test } from 'vitest';
import { LOCALE_CODES, messages, type SiteLocale } from '../../src/i18n/index.ts';
import { en, type PluralMessage } from '../../src/i18n/messages/en.ts';

const TRANSLATED = LOCALE_CODES.filter((l) => l !== 'en');
const KEYS = Object.keys(en).sort();
/**
 * Forms that stand for exactly one number may spell it out instead of showing `{count}`: Arabic "مقال واحد" (one),
 * "مقالان" (two), "لا مقالات" (zero). Everywhere else a form keeps every placeholder of the English wording.
 */
const COUNT_MAY_BE_WORDS: Readonly<Partial<Record<SiteLocale, readonly string[]>>> = { ar: ['zero', 'one', 'two'] };

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
const isPlural = (value: unknown): value is PluralMessage => typeof value === 'object' && value !== null;
/** The placeholders of an English message: a count's are those of its `other` form. */
const englishPlaceholders = (key: string): string[] => {
  const value = (en as Record<string, string | PluralMessage>)[key];
  return placeholders(isPlural(value) ? value.other : (value ?? ''));
};

describe('the English catalogue', () => {
  test('has keys, each with wording, and counts with the forms English needs', () => {
    expect(KEYS.length).toBeGreaterThan(250);
    for (const [key, value] of Object.entries(en)) {
      if (isPlural(value)) {
        expect(Object.keys(value).sort(), key).toEqual(['one', 'other']);
        for (const form of Object.values(value)) expect(form, key).toContain('{count}');
      } else expect(String(value).trim(), key).not.toBe('');
    }
  });

  test('keeps the product name out of the wording (it is the {site} placeholder)', () => {
    const withName = Object.entries(en).filter(([, v]) => JSON.stringify(v).includes('Foreign Recruits Monitor'));
    expect(withName.map(([k]) => k)).toEqual([]);
  });
});

describe.each(TRANSLATED)('the %s catalogue', (locale) => {
  const catalogue = messages(locale) as Readonly<Record<string, string | PluralMessage>>;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  test('has exactly the keys English has', () => {
    const keys = Object.keys(catalogue);
    expect(
      KEYS.filter((k) => !keys.includes(k)),
      'missing',
    ).toEqual([]);
    expect(
      keys.filter((k) => !KEYS.includes(k)),
      'not in English',
    ).toEqual([]);
  });

  test('has wording for every key, of the same kind as English (text or a count)', () => {
    const wrong = KEYS.filter((key) => {
      const value = catalogue[key];
      const english = (en as Record<string, unknown>)[key];
      if (isPlural(english) !== isPlural(value)) return true;
      if (!isPlural(value)) return (value ?? '').trim() === '';
      return Object.values(value).some((form) => form === undefined || form.trim() === '');
    });
    expect(wrong).toEqual([]);
  });

  test("keeps each key's placeholders, none dropped or added", () => {
    const wrong: string[] = [];
    for (const key of KEYS) {
      const want = englishPlaceholders(key);
      const value = catalogue[key];
      if (value === undefined) continue;
      const forms: [string, string][] = isPlural(value)
        ? Object.entries(value).filter((e): e is [string, string] => e[1] !== undefined)
        : [['text', value]];
      for (const [category, form] of forms) {
        const got = placeholders(form);
        const optional = isPlural(value) && (COUNT_MAY_BE_WORDS[locale] ?? []).includes(category);
        const expected = optional && !got.includes('count') ? want.filter((p) => p !== 'count') : want;
        if (got.join() !== expected.join()) wrong.push(`${key} (${category}): {${got.join('}, {')}}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('starts or ends with a space wherever English does (suffixes such as " (page 2 of 5)")', () => {
    // A locale may add one where English has none: French spaces a semicolon (" ; "), Russian a dash (" — ").
    const wrong = KEYS.filter((key) => {
      const english = (en as Record<string, string | PluralMessage>)[key];
      const value = catalogue[key];
      if (typeof english !== 'string' || typeof value !== 'string') return false;
      return (/^\s/.test(english) && !/^\s/.test(value)) || (/\s$/.test(english) && !/\s$/.test(value));
    });
    expect(wrong).toEqual([]);
  });

  test(`has every plural form ${locale}'s rules select (${categories.join(', ')}) and no other`, () => {
    const wrong: string[] = [];
    for (const key of KEYS) {
      const value = catalogue[key];
      if (!isPlural(value)) continue;
      const forms = Object.keys(value);
      const missing = categories.filter((c) => !forms.includes(c));
      const extra = forms.filter((f) => !(categories as string[]).includes(f));
      if (missing.length > 0 || extra.length > 0) wrong.push(`${key}: missing ${missing} extra ${extra}`);
    }
    expect(wrong).toEqual([]);
  });

  test('keeps the product name in the {site} placeholder, untranslated', () => {
    const sites = KEYS.filter((k) => englishPlaceholders(k).includes('site'));
    expect(sites.length).toBeGreaterThan(5);
    for (const key of sites) expect(JSON.stringify(catalogue[key]), key).toContain('{site}');
  });
});
