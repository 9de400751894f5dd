import { describe, expect, test } from 'vitest';
import {
  addMonths,
  compareDatesAsc,
  compareDatesDesc,
  formatPartialDate,
  monthOf,
  partialDateMiddle,
  partialDateSpan,
} from '../../src/lib/dates.ts';

describe('formatPartialDate', () => {
  test('formats a full date as day, month name and year without a leading zero', () => {
    expect(formatPartialDate('2025-11-08')).toBe('8 November 2025');
  });

  test('formats a month-precision date as month name and year', () => {
    expect(formatPartialDate('2024-01')).toBe('January 2024');
  });

  test('formats a year-only date as the year', () => {
    expect(formatPartialDate('2023')).toBe('2023');
  });

  test('says the date is unknown when it is absent', () => {
    expect(formatPartialDate(undefined)).toBe('Date unknown');
    expect(formatPartialDate('')).toBe('Date unknown');
  });
});

describe('compareDatesDesc', () => {
  test('puts newer dates first and unknown dates last', () => {
    const dates = ['2024-05-01', undefined, '2025-11-28', '2023'];
    expect([...dates].sort(compareDatesDesc)).toEqual(['2025-11-28', '2024-05-01', '2023', undefined]);
  });

  test('sorts a month after its own days and a year after its months', () => {
    const dates = ['2025', '2025-11', '2025-11-28', '2025-11-03'];
    expect([...dates].sort(compareDatesDesc)).toEqual(['2025-11-28', '2025-11-03', '2025-11', '2025']);
  });

  test('treats equal dates as equal', () => {
    expect(compareDatesDesc('2025-11', '2025-11')).toBe(0);
    expect(compareDatesDesc(undefined, undefined)).toBe(0);
  });
});

describe('compareDatesAsc', () => {
  test('puts older dates first and unknown dates last', () => {
    const dates = [undefined, '2025-11-28', '2022-10', '2024'];
    expect([...dates].sort(compareDatesAsc)).toEqual(['2022-10', '2024', '2025-11-28', undefined]);
  });
});

describe('monthOf', () => {
  test('returns the year and month of a month or day date', () => {
    expect(monthOf('2025-11-28')).toBe('2025-11');
    expect(monthOf('2025-11')).toBe('2025-11');
  });

  test('returns undefined for a year-only or absent date', () => {
    expect(monthOf('2025')).toBeUndefined();
    expect(monthOf(undefined)).toBeUndefined();
  });
});

describe('partialDateSpan', () => {
  test('spans a whole year, month or day, the end being the first instant after it', () => {
    expect(partialDateSpan('2024')).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) });
    expect(partialDateSpan('2024-02')).toEqual({ start: Date.UTC(2024, 1, 1), end: Date.UTC(2024, 2, 1) });
    expect(partialDateSpan('2024-12-31')).toEqual({ start: Date.UTC(2024, 11, 31), end: Date.UTC(2025, 0, 1) });
  });
});

describe('partialDateMiddle', () => {
  test('places a partial date at the middle of its span', () => {
    expect(new Date(partialDateMiddle('2025')).toISOString()).toBe('2025-07-02T12:00:00.000Z');
    expect(new Date(partialDateMiddle('2025-11')).toISOString()).toBe('2025-11-16T00:00:00.000Z');
    expect(new Date(partialDateMiddle('2025-11-28')).toISOString()).toBe('2025-11-28T12:00:00.000Z');
  });
});

describe('addMonths', () => {
  test('moves a date by calendar months, across years and back', () => {
    expect(addMonths(Date.UTC(2025, 10, 15), 3)).toBe(Date.UTC(2026, 1, 15));
    expect(addMonths(Date.UTC(2026, 1, 15), -3)).toBe(Date.UTC(2025, 10, 15));
  });

  test('keeps the day within the target month', () => {
    expect(addMonths(Date.UTC(2025, 0, 31), 1)).toBe(Date.UTC(2025, 1, 28));
    expect(addMonths(Date.UTC(2023, 10, 30), 3)).toBe(Date.UTC(2024, 1, 29));
  });
});
