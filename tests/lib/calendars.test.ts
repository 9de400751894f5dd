import { describe, expect, test } from 'vitest';
import {
  BIKRAM_SAMBAT_YEARS,
  bikramSambatMonthDays,
  bsToGregorian,
  hijriToGregorian,
  parseBikramSambat,
  persianToGregorian,
} from '../../src/lib/calendars.ts';

// Real Bikram Sambat dates with the Gregorian day a published page prints beside them (not derived from our table).
// [BS year, month, day, Gregorian, where both are printed]
const FNCCI_2080 = 'https://fncci.org/working-hour-and-holiday-calendar-2080-320.html';
const ARTHASAROKAR = 'https://calendar.arthasarokar.com';
const KNOWN_DATES: readonly [number, number, number, string, string][] = [
  // 2075: Constitution Day (Asoj 3) reported by Xinhua on 19 September 2018.
  [2075, 6, 3, '2018-09-19', 'http://www.legassets.com/english/2018-09/19/c_137479074.htm'],
  // 2076: New Year 2076 on 14 April 2019; Constitution Day, "Ashwin 3 (September 20)", published 20 September 2019.
  [
    2076,
    1,
    1,
    '2019-04-14',
    'https://reviewnepal.com/national/new-year-2076-is-being-marked-with-much-more-fanfare.html',
  ],
  [2076, 6, 3, '2019-09-20', 'https://english.khabarhub.com/2019/20/45297'],
  // 2080: the FNCCI holiday calendar prints each holiday in both calendars.
  [2080, 1, 1, '2023-04-14', FNCCI_2080],
  [2080, 1, 18, '2023-05-01', FNCCI_2080],
  [2080, 1, 22, '2023-05-05', FNCCI_2080],
  [2080, 5, 14, '2023-08-31', FNCCI_2080],
  [2080, 6, 3, '2023-09-20', FNCCI_2080],
  [2080, 6, 11, '2023-09-28', FNCCI_2080],
  [2080, 6, 28, '2023-10-15', FNCCI_2080],
  [2080, 7, 5, '2023-10-22', FNCCI_2080],
  [2080, 9, 27, '2024-01-12', FNCCI_2080],
  [2080, 10, 1, '2024-01-15', FNCCI_2080],
  [2080, 11, 1, '2024-02-13', FNCCI_2080],
  // 2081: New Year on 13 April 2024; Constitution Day on 19 September 2024; a site header "१६ फाल्गुन २०८१ | Fri Feb 28
  // 2025"; "३१ चैत्र २०८१, आईतवार" (Sunday) on the eve of New Year 2082, filed under /2025/04/.
  [
    2081,
    1,
    1,
    '2024-04-13',
    'https://myrepublica.nagariknetwork.com/index.php/news/new-year-2081-bs-being-celebrated-across-nepal-today',
  ],
  [2081, 6, 3, '2024-09-19', 'https://en.setopati.com/political/163700'],
  [2081, 11, 16, '2025-02-28', 'https://imagekhabar.com/?p=278842'],
  [2081, 12, 31, '2025-04-13', 'https://beemapost.com/2025/04/171381'],
  // 2082: New Year "१ बैशाख २०८२, सोमबार" (Monday 14 April 2025); the Asoj 2082 month grid (Bhadra 29-31 on 14-16
  // September, Asoj sankranti on the 17th, Asoj 10-12 on 26-28 September); Vijaya Dashami "असोज १६ गते अर्थात
  // अक्टोबर २, २०२५"; a site header "२४ माघ २०८२, शनिबार | February 7, 2026".
  [2082, 1, 1, '2025-04-14', 'https://khabarhub.com/2025/14/774243'],
  [2082, 5, 29, '2025-09-14', ARTHASAROKAR],
  [2082, 5, 30, '2025-09-15', ARTHASAROKAR],
  [2082, 5, 31, '2025-09-16', ARTHASAROKAR],
  [2082, 6, 1, '2025-09-17', ARTHASAROKAR],
  [2082, 6, 10, '2025-09-26', ARTHASAROKAR],
  [2082, 6, 11, '2025-09-27', ARTHASAROKAR],
  [2082, 6, 12, '2025-09-28', ARTHASAROKAR],
  [2082, 6, 16, '2025-10-02', 'https://himalayakhabar.com/detail/category/americasamachar/boston/page/2'],
  [2082, 10, 24, '2026-02-07', 'https://www.khabarkura.com/?p=238224'],
];

describe('bsToGregorian', () => {
  test.each(KNOWN_DATES)('%i-%i-%i BS is %s (%s)', (year, month, day, gregorian) => {
    expect(bsToGregorian(year, month, day)).toBe(gregorian);
  });

  test('the known dates include New Years, month ends and the turn of a year', () => {
    const newYears = KNOWN_DATES.filter(([, month, day]) => month === 1 && day === 1).map(([year]) => year);
    expect(newYears).toEqual([2076, 2080, 2081, 2082]);
    // Chaitra 31, 2081 is the last day of 2081; Bhadra 31, 2082 the last of its month.
    expect(bikramSambatMonthDays(2081, 12)).toBe(31);
    expect(bikramSambatMonthDays(2082, 5)).toBe(31);
  });

  test('the last day of a month is the day before the first of the next', () => {
    const dayAfter = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
    for (let year = BIKRAM_SAMBAT_YEARS.first; year <= BIKRAM_SAMBAT_YEARS.last; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = bsToGregorian(year, month, bikramSambatMonthDays(year, month) ?? 0);
        const next = month === 12 ? [year + 1, 1] : [year, month + 1];
        if (next[0] !== undefined && next[0] > BIKRAM_SAMBAT_YEARS.last) continue;
        expect(bsToGregorian(next[0] ?? 0, next[1] ?? 0, 1), `${year}-${month}`).toBe(dayAfter(last));
      }
    }
  });

  test('every year in the table has 365 or 366 days and starts on 13 or 14 April', () => {
    for (let year = BIKRAM_SAMBAT_YEARS.first; year <= BIKRAM_SAMBAT_YEARS.last; year++) {
      const days = Array.from({ length: 12 }, (_, m) => bikramSambatMonthDays(year, m + 1) ?? 0);
      expect([365, 366]).toContain(days.reduce((sum, n) => sum + n, 0));
      expect(bsToGregorian(year, 1, 1).slice(5)).toMatch(/^04-1[34]$/);
    }
  });

  test('covers 2075-2085 BS', () => {
    expect(BIKRAM_SAMBAT_YEARS).toEqual({ first: 2075, last: 2085 });
  });

  test('throws for a year outside the table', () => {
    expect(() => bsToGregorian(2074, 12, 30)).toThrow(/outside the month table/);
    expect(() => bsToGregorian(2086, 1, 1)).toThrow(/outside the month table/);
  });

  test('throws for a day the month does not have', () => {
    expect(() => bsToGregorian(2081, 1, 32)).toThrow(/has 31 days, so day 32 does not exist/);
    expect(() => bsToGregorian(2080, 9, 30)).toThrow(/has 29 days/);
    expect(() => bsToGregorian(2081, 1, 0)).toThrow(/does not exist/);
    expect(() => bsToGregorian(2081, 13, 1)).toThrow(/month 13 does not exist/);
    expect(() => bsToGregorian(2081, 1, 1.5)).toThrow(/does not exist/);
  });

  test('accepts day 32 where the month has 32 days', () => {
    // Jestha 2081 has 32 days; Asar 1 is the next day.
    expect(bsToGregorian(2081, 2, 32)).toBe('2024-06-14');
    expect(bsToGregorian(2081, 3, 1)).toBe('2024-06-15');
  });
});

describe('parseBikramSambat', () => {
  test('reads year, month name and day in Devanagari', () => {
    expect(parseBikramSambat('२०८१ असार १५')).toEqual({ year: 2081, month: 3, day: 15 });
  });

  test('reads month, day and year, with a comma', () => {
    expect(parseBikramSambat('असार १५, २०८१')).toEqual({ year: 2081, month: 3, day: 15 });
  });

  test('reads day, month and year with a weekday as site headers print them', () => {
    expect(parseBikramSambat('१६ फाल्गुन २०८१, शुक्रबार')).toEqual({ year: 2081, month: 11, day: 16 });
    expect(parseBikramSambat('३१ चैत्र २०८१, आईतवार')).toEqual({ year: 2081, month: 12, day: 31 });
    expect(parseBikramSambat('२४ माघ २०८२, शनिबार')).toEqual({ year: 2082, month: 10, day: 24 });
    expect(parseBikramSambat('बैशाख १, २०८१')).toEqual({ year: 2081, month: 1, day: 1 });
  });

  test('reads "गते" and "साल" around the numbers', () => {
    expect(parseBikramSambat('२०८२ साल असोज १६ गते')).toEqual({ year: 2082, month: 6, day: 16 });
  });

  test('reads every month name and its variants', () => {
    const variants: [string, number][] = [
      ['बैशाख', 1],
      ['वैशाख', 1],
      ['जेठ', 2],
      ['ज्येष्ठ', 2],
      ['असार', 3],
      ['आषाढ', 3],
      ['साउन', 4],
      ['श्रावण', 4],
      ['भदौ', 5],
      ['भाद्र', 5],
      ['असोज', 6],
      ['आश्विन', 6],
      ['कात्तिक', 7],
      ['कार्तिक', 7],
      ['मंसिर', 8],
      ['मार्ग', 8],
      ['मङ्सिर', 8],
      ['पुस', 9],
      ['पौष', 9],
      ['माघ', 10],
      ['फागुन', 11],
      ['फाल्गुन', 11],
      ['चैत', 12],
      ['चैत्र', 12],
    ];
    for (const [name, month] of variants) {
      expect(parseBikramSambat(`२०८० ${name} ५`), name).toEqual({ year: 2080, month, day: 5 });
    }
  });

  test('reads romanised dates in each order', () => {
    expect(parseBikramSambat('Poush 17, 2080')).toEqual({ year: 2080, month: 9, day: 17 });
    expect(parseBikramSambat('17 Magh 2080')).toEqual({ year: 2080, month: 10, day: 17 });
    expect(parseBikramSambat('Asar 15 2081')).toEqual({ year: 2081, month: 3, day: 15 });
    expect(parseBikramSambat('Ashoj 3, 2080 BS')).toEqual({ year: 2080, month: 6, day: 3 });
    expect(parseBikramSambat('Wednesday, Ashoj 3, 2080')).toEqual({ year: 2080, month: 6, day: 3 });
    expect(parseBikramSambat('2081 Baishakh 1')).toEqual({ year: 2081, month: 1, day: 1 });
    expect(parseBikramSambat('Shrawan 32, 2081 B.S.')).toEqual({ year: 2081, month: 4, day: 32 });
  });

  test('the parsed dates convert', () => {
    const parsed = parseBikramSambat('१ बैशाख २०८२, सोमबार');
    expect(parsed && bsToGregorian(parsed.year, parsed.month, parsed.day)).toBe('2025-04-14');
  });

  test('gives undefined for text that is not a Bikram Sambat date', () => {
    for (const text of [
      '',
      'March 15, 2024',
      '15 April 2025',
      '२०८१ असार',
      'असार २०८१',
      'असार १५',
      '२०८१ असार ३३',
      'असार ०, २०८१',
      '2081 Asar 2082',
      '15 16 Asar',
      'Asar 15, 2081 and more',
      'Asar 15, 81',
    ]) {
      expect(parseBikramSambat(text), text).toBeUndefined();
    }
  });
});

describe('persianToGregorian', () => {
  test('converts Nowruz and other Solar Hijri dates', () => {
    expect(persianToGregorian(1403, 1, 1)).toBe('2024-03-20');
    expect(persianToGregorian(1402, 1, 1)).toBe('2023-03-21');
    expect(persianToGregorian(1404, 1, 1)).toBe('2025-03-21');
    // The last day of the leap year 1403 (30 Esfand) is the day before Nowruz 1404.
    expect(persianToGregorian(1403, 12, 30)).toBe('2025-03-20');
    expect(persianToGregorian(1401, 10, 11)).toBe('2023-01-01');
  });

  test('throws for a day the calendar does not have', () => {
    expect(() => persianToGregorian(1402, 12, 30)).toThrow(/does not exist/);
    expect(() => persianToGregorian(1403, 7, 31)).toThrow(/does not exist/);
    expect(() => persianToGregorian(1403, 13, 1)).toThrow(/does not exist/);
    expect(() => persianToGregorian(2024, 1, 1)).toThrow(/outside the supported years/);
  });
});

describe('hijriToGregorian', () => {
  test('converts Umm al-Qura dates', () => {
    expect(hijriToGregorian(1445, 9, 1)).toBe('2024-03-11');
    expect(hijriToGregorian(1445, 10, 1)).toBe('2024-04-10');
    expect(hijriToGregorian(1446, 1, 1)).toBe('2024-07-07');
    expect(hijriToGregorian(1444, 9, 1)).toBe('2023-03-23');
  });

  test('throws for a day the calendar does not have', () => {
    expect(() => hijriToGregorian(1445, 9, 31)).toThrow(/does not exist/);
    expect(() => hijriToGregorian(1445, 0, 1)).toThrow(/does not exist/);
    expect(() => hijriToGregorian(2024, 3, 11)).toThrow(/outside the supported years/);
  });
});
