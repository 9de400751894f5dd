import { describe, expect, test } from 'vitest';
import { dateFromUrl } from '../../src/lib/date-evidence.ts';

describe('dateFromUrl', () => {
  test('reads a year/month/day archive path', () => {
    expect(dateFromUrl('https://www.example.com/2024/03/15/recruits-from-nepal/')).toBe('2024-03-15');
    expect(dateFromUrl('https://www.example.com/world/2023/11/02/story.html')).toBe('2023-11-02');
  });

  test('reads a year/month archive path as a month', () => {
    expect(dateFromUrl('https://beemapost.com/2025/04/171381')).toBe('2025-04');
    expect(dateFromUrl('https://www.example.org/2024/03/')).toBe('2024-03');
    expect(dateFromUrl('https://www.example.org/news/2024/12/some-title')).toBe('2024-12');
  });

  test('reads a compact or hyphenated date that is a whole segment or starts one', () => {
    expect(dateFromUrl('https://www.example.com/news/20240315/')).toBe('2024-03-15');
    expect(dateFromUrl('https://www.example.com/news/2024-03-15-nepali-recruits')).toBe('2024-03-15');
    expect(dateFromUrl('https://www.example.com/news/2024-03-15')).toBe('2024-03-15');
    expect(dateFromUrl('https://www.example.com/a/20240315_1234567.html')).toBe('2024-03-15');
  });

  test('agreeing places give the more precise date', () => {
    expect(dateFromUrl('https://www.example.com/2024/03/2024-03-15-title')).toBe('2024-03-15');
  });

  test('places that disagree give nothing', () => {
    expect(dateFromUrl('https://www.example.com/2024/03/15/20230101-title')).toBeUndefined();
  });

  test('never reads an id number as a date', () => {
    for (const url of [
      'https://www.example.com/news/202403151234',
      'https://www.example.com/news/id-20240315',
      'https://www.example.com/article/12024031',
      'https://www.example.com/story/2045',
      'https://www.example.com/2024/',
      'https://imagekhabar.com/?p=278842',
      'https://www.khabarkura.com/?p=20240315',
      'https://www.example.com/news/a20240315',
    ]) {
      expect(dateFromUrl(url), url).toBeUndefined();
    }
  });

  test('rejects digits that do not form a real date from 2000 to 2100', () => {
    for (const url of [
      'https://khabarhub.com/2025/14/774243',
      'https://www.example.com/2024/02/30/title',
      'https://www.example.com/2023/02/29/',
      'https://www.example.com/1999/12/31/party',
      'https://www.example.com/2101/01/01/',
      'https://www.example.com/news/20241301/',
      'https://www.example.com/news/2024-02-30-title',
      'https://www.example.com/news/19991231',
    ]) {
      expect(dateFromUrl(url), url).toBeUndefined();
    }
  });

  test('accepts a leap day', () => {
    expect(dateFromUrl('https://www.example.com/2024/02/29/leap')).toBe('2024-02-29');
  });

  test('ignores the host, the query and the fragment', () => {
    expect(dateFromUrl('https://2024.example.com/article?date=2024/03/15')).toBeUndefined();
    expect(dateFromUrl('https://www.example.com/article#2024-03-15')).toBeUndefined();
  });

  test('gives undefined for something that is not a URL', () => {
    expect(dateFromUrl('not a url 2024/03/15')).toBeUndefined();
  });
});
