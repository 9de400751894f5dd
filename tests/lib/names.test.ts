import { describe, expect, test } from 'vitest';
import { countryName, languageName, textDirection } from '../../src/lib/names.ts';
import { COUNTRY_CODES } from '../../src/schema/index.ts';

describe('countryName', () => {
  test('names a country by its common English name', () => {
    expect(countryName('IQ')).toBe('Iraq');
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('IR')).toBe('Iran');
    expect(countryName('SY')).toBe('Syria');
    expect(countryName('KR')).toBe('South Korea');
    expect(countryName('KP')).toBe('North Korea');
  });

  test('accepts a lower-case code', () => {
    expect(countryName('np')).toBe('Nepal');
  });

  test('returns the code itself when it is unknown', () => {
    expect(countryName('ZZ')).toBe('ZZ');
  });

  test('gives every country a name of its own', () => {
    const byName = new Map<string, string[]>();
    for (const code of COUNTRY_CODES) byName.set(countryName(code), [...(byName.get(countryName(code)) ?? []), code]);
    expect([...byName].filter(([, codes]) => codes.length > 1)).toEqual([]);
  });

  test('tells the two Congos apart', () => {
    expect(countryName('CD')).toBe('Democratic Republic of the Congo');
    expect(countryName('CG')).toBe('Republic of the Congo');
  });
});

describe('languageName', () => {
  test('names a language in English', () => {
    expect(languageName('ar')).toBe('Arabic');
    expect(languageName('ru')).toBe('Russian');
    expect(languageName('ne')).toBe('Nepali');
  });
});

describe('textDirection', () => {
  test('is rtl for ar, fa, ur and he', () => {
    expect(['ar', 'fa', 'ur', 'he'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
  });

  test('is ltr for left-to-right languages', () => {
    expect(['en', 'ru', 'ne', 'uz', 'zh'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
