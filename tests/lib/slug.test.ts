/** File names from source URLs in any script: transliterated, ids, numbers and AMP skipped, cut at a word. */
import { describe, expect, test } from 'vitest';
import { cutAtWord, isIdLike, slugFromUrl } from '../../src/cli/new/slug.ts';

const slug = (url: string, outlet?: string) => slugFromUrl(new URL(url), outlet);

describe('slugFromUrl', () => {
  test('transliterates a Hindi (Devanagari) path and drops the date at its end', () => {
    const hindi = encodeURIComponent('रूस-की-सेना-में-भारतीय-2025-11-27');
    expect(slug(`https://www.amarujala.com/world/${hindi}`, 'amar-ujala')).toBe(
      'ruus-kii-senaa-men-bhaartiiy-amar-ujala',
    );
  });

  test('transliterates an Arabic path', () => {
    const arabic = encodeURIComponent('الأردن-يدعو-روسيا');
    expect(slug(`https://www.aljazeera.net/news/2025/11/27/${arabic}`, 'al-jazeera')).toBe(
      'l-rdn-ydaaw-rwsy-al-jazeera',
    );
  });

  test('transliterates a Cyrillic path, skipping the numeric id after it', () => {
    const russian = encodeURIComponent('вербовка-иностранцев');
    expect(slug(`https://www.svoboda.org/a/${russian}/33612345.html`, 'svoboda')).toBe('verbovka-inostrancev-svoboda');
  });

  test('keeps the letters of Hungarian words without their accents', () => {
    const path = encodeURIComponent('orosz-hadsereg-külföldi-zsoldosok-toborzása-ő-ű');
    expect(slug(`https://telex.hu/kulfold/2025/11/27/${path}`, 'telex')).toBe(
      'orosz-hadsereg-kulfoldi-zsoldosok-toborzasa-o-u-telex',
    );
  });

  test('skips AMP segments and extensions', () => {
    expect(slug('https://www.example.org/news/jordan-calls-on-russia-to-stop/amp', 'x')).toBe(
      'jordan-calls-on-russia-to-stop-x',
    );
    expect(slug('https://www.example.org/amp/news/2025/11/jordan-calls-on-russia.amp.html', 'x')).toBe(
      'jordan-calls-on-russia-x',
    );
    expect(slug('https://www.example.org/jordan-calls-on-russia/index.html', 'x')).toBe('jordan-calls-on-russia-x');
  });

  test('skips numeric ids, in their own segment or at either end of the slug', () => {
    expect(slug('https://www.lbcgroup.tv/news/world/892421/jordan-calls-on-russia-to-stop/ar', 'lbci')).toBe(
      'jordan-calls-on-russia-to-stop-lbci',
    );
    expect(slug('https://example.org/news/892421-jordan-calls-on-russia-12345678', 'x')).toBe(
      'jordan-calls-on-russia-x',
    );
    expect(slug('https://example.org/news/russia-offers-100-bonus-for-2025', 'x')).toBe(
      'russia-offers-100-bonus-for-2025-x',
    );
  });

  test('takes the segment with the most words, not simply the last', () => {
    expect(slug('https://example.org/world/nepal-bans-work-permits-for-russia/photos', 'x')).toBe(
      'nepal-bans-work-permits-for-russia-x',
    );
  });

  test('does not repeat the outlet id when the path already ends with it', () => {
    expect(slug('https://example.org/news/a-report-by-the-national', 'the-national')).toBe('a-report-by-the-national');
  });
});

describe('isIdLike', () => {
  test('knows numbers, hashes and mixed tokens from words', () => {
    for (const id of ['12345', 'c4ng7x1ydv1o', '3f2a9c1e', '0b9e1c6e-77c3-4f0a-9d1e-2c1f3b5a7d90'])
      expect(isIdLike(id), id).toBe(true);
    for (const word of ['jordan', 'g20', 'covid', 'a-story']) expect(isIdLike(word), word).toBe(false);
  });
});

describe('cutAtWord', () => {
  test('drops whole words to fit', () => {
    expect(cutAtWord(['alpha', 'beta', 'gamma'], 10)).toBe('alpha-beta');
    expect(cutAtWord(['supercalifragilistic'], 5)).toBe('super');
  });
});
