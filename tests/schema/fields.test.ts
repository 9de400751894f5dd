import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { countryCode, fullDate, id, languageCode, partialDate, text, webUrl } from '../../src/schema/fields.ts';
import { isRealPartialDate } from '../../src/schema/index.ts';

/** The messages of every issue, or [] when the value is accepted. */
function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('partialDate', () => {
  test.each(['2025', '2025-11', '2025-11-28', '2024-02-29'])('accepts %s', (value) => {
    expect(partialDate.parse(value)).toBe(value);
  });

  test('stores a YAML date object as YYYY-MM-DD and a YAML year number as a string', () => {
    expect(partialDate.parse(new Date(Date.UTC(2025, 10, 28)))).toBe('2025-11-28');
    expect(partialDate.parse(2025)).toBe('2025');
  });

  test.each(['2025-02-30', '2025-02-29', '2025-13', '2025-00', '2025-04-31', '1899'])(
    'rejects the impossible date %s',
    (value) => {
      expect(messages(partialDate, value)).toContain('not a real calendar date');
    },
  );

  test.each(['28/11/2025', '2025-1-5', '25-11-28', '2025-11-28T10:00', ''])(
    'rejects the malformed date %j',
    (value) => {
      expect(messages(partialDate, value)).toContain('expected YYYY-MM-DD, YYYY-MM or YYYY');
    },
  );

  test('rejects a non-string with a hint', () => {
    expect(messages(partialDate, true)[0]).toContain('expected a date such as');
  });
});

describe('fullDate', () => {
  test('accepts a full date and refuses a partial one', () => {
    expect(fullDate.parse('2026-11-23')).toBe('2026-11-23');
    expect(messages(fullDate, '2026-11')).toContain('expected YYYY-MM-DD');
    expect(messages(fullDate, '2026-11-31')).toContain('not a real calendar date');
  });
});

describe('isRealPartialDate', () => {
  test('knows leap years', () => {
    expect(isRealPartialDate('2000-02-29')).toBe(true);
    expect(isRealPartialDate('1900-02-29')).toBe(false);
  });
});

describe('countryCode', () => {
  test.each(['JO', 'NP', 'KG', 'IN'])('accepts %s', (code) => {
    expect(countryCode.parse(code)).toBe(code);
  });

  test('rejects a lower-case code, naming the upper-case one', () => {
    expect(messages(countryCode, 'jo')).toEqual(['country code must be upper case: "JO"']);
  });

  test.each(['XX', 'J', ''])('rejects %j as not an alpha-2 code', (code) => {
    expect(messages(countryCode, code)).toEqual([`"${code}" is not an ISO 3166-1 alpha-2 country code`]);
  });

  test.each([
    ['JOR', 'Jordan is "JO"'],
    ['UK', 'United Kingdom is "GB"'],
    ['EL', 'Greece is "GR"'],
    ['Jordan', 'Jordan is "JO"'],
  ])('rejects %j, naming the code meant', (code, hint) => {
    expect(messages(countryCode, code)).toEqual([`"${code}" is not an ISO 3166-1 alpha-2 country code: ${hint}`]);
  });

  test('rejects a number', () => {
    expect(messages(countryCode, 42)[0]).toContain('expected an ISO 3166-1 alpha-2 country code');
  });
});

describe('webUrl', () => {
  test.each(['https://example.org/news/1', 'http://www.example.com/?q=1#top'])('accepts %s', (url) => {
    expect(webUrl.parse(url)).toBe(url);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'ftp://example.org/file',
    'data:text/html,<b>x</b>',
    'mailto:desk@example.com',
    'example.org/news',
    '/articles/x/',
    'https://',
    '',
  ])('rejects %j', (url) => {
    expect(messages(webUrl, url)).toEqual(['expected an absolute http:// or https:// URL']);
  });
});

describe('id', () => {
  test('accepts kebab-case and rejects anything else', () => {
    expect(id.parse('the-national-2')).toBe('the-national-2');
    for (const bad of ['The-National', 'the--national', '-the', 'the_national', 'the national', '']) {
      expect(messages(id, bad), bad).toEqual(['expected a lower-case kebab-case id such as "the-national"']);
    }
  });
});

describe('languageCode', () => {
  test('accepts ISO 639-1 codes and rejects others', () => {
    for (const code of ['en', 'ar', 'ru', 'hi', 'no']) expect(languageCode.parse(code)).toBe(code);
    for (const bad of ['eng', 'xx', 'e']) {
      expect(messages(languageCode, bad), bad).toEqual([`"${bad}" is not an ISO 639-1 language code`]);
    }
    expect(messages(languageCode, 'EN')).toEqual(['language code must be lower case: "en"']);
    expect(messages(languageCode, 'jp')).toEqual(['"jp" is not an ISO 639-1 language code: use "ja" (Japanese)']);
  });
});

describe('text', () => {
  test('trims, and refuses blank or over-long text', () => {
    const schema = text(10);
    expect(schema.parse('  headline  ')).toBe('headline');
    expect(messages(schema, '   ')).toEqual(['must not be empty']);
    expect(messages(schema, 'x'.repeat(11))).toEqual(['must be at most 10 characters']);
    expect(messages(schema, 5)).toEqual(['expected text: write it in quotes, e.g. "5"']);
    expect(messages(schema, null)).toEqual(['expected text']);
  });
});
