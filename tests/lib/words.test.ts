import { describe, expect, test } from 'vitest';
import { countOf, formatDateSpan, formatWhole } from '../../src/lib/words.ts';

describe('formatWhole', () => {
  test('groups digits in threes exactly as en-GB does', () => {
    const samples = [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 1_234_567_890, -1234];
    for (const n of samples) expect(formatWhole(n), String(n)).toBe(n.toLocaleString('en-GB'));
  });
});

describe('countOf', () => {
  test('uses the singular for one and the plural otherwise', () => {
    expect(countOf(1, 'article')).toBe('1 article');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countOf(2, 'outlet')).toBe('2 outlets');
    expect(countOf(1200, 'article')).toBe('1,200 articles');
  });

  test('takes an irregular plural', () => {
    expect(countOf(1, 'copy', 'copies')).toBe('1 copy');
    expect(countOf(3, 'copy', 'copies')).toBe('3 copies');
  });
});

describe('formatDateSpan', () => {
  test('names one month once when both ends are the same', () => {
    expect(formatDateSpan('2025-09', '2025-09')).toBe('September 2025');
  });

  test('joins two different ends with "to"', () => {
    expect(formatDateSpan('2025-09', '2026-03')).toBe('September 2025 to March 2026');
  });
});
