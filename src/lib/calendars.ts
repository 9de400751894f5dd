/** Dates printed in other calendars (Bikram Sambat, Solar Hijri, Islamic Umm al-Qura) as Gregorian "YYYY-MM-DD". */

/** A day in a calendar other than the Gregorian one; months count from 1. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY = 86_400_000;

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

// Bikram Sambat has no arithmetic rule: the Nepal Panchanga Nirnayak Samiti fixes each month's length when it
// approves the year's almanac. Month lengths for 2075-2082 are those of amitgaru2/nepali-datetime,
// nepali_datetime/data/calendar_bs.csv (commit b1de20605c3d64620d20caaa2f6b2e0c0e1952c8, scraped from
// nepalipatro.com.np); opensource-nepal/node-nepali-datetime, src/dateConverter/constants.ts gives the same rows.
// 2083 is the corrected row of amitgaru2/nepali-datetime pull request #70 (merged May 2026: Asoj 31, Mangsir 29,
// Poush 30, Magh 29, citing nepalipatro.com.np and nepalicalendar.rat32.com), which medic/bikram-sambat issue #31
// confirms. 2084 and 2085 are the same CSV's projected rows: the almanacs for those years are not yet issued and the
// published calendars still disagree on them, so dates there may move by a day when the official rows appear.
// Anchor: Baisakh 1, 2075 = 14 April 2018, which is node-nepali-datetime's reference (Baisakh 1, 2000 = 14 April 1943)
// carried forward over its year lengths for 2000-2074 (27,394 days).
const BS_FIRST_YEAR = 2075;
const BS_ANCHOR = Date.UTC(2018, 3, 14);
const BS_MONTH_DAYS: readonly (readonly number[])[] = [
  [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2075
  [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30], // 2076
  [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2077
  [31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30], // 2078
  [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2079
  [31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30], // 2080
  [31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31], // 2081
  [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2082
  [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30], // 2083
  [31, 31, 32, 31, 31, 30, 30, 30, 29, 30, 30, 30], // 2084 (projected)
  [31, 32, 31, 32, 30, 31, 30, 30, 29, 30, 30, 30], // 2085 (projected)
];

/** The Bikram Sambat years the month table covers, first and last. */
export const BIKRAM_SAMBAT_YEARS = { first: BS_FIRST_YEAR, last: BS_FIRST_YEAR + BS_MONTH_DAYS.length - 1 } as const;

/** Days in a Bikram Sambat month (1 = Baisakh … 12 = Chaitra), or undefined outside the table. */
export function bikramSambatMonthDays(year: number, month: number): number | undefined {
  return BS_MONTH_DAYS[year - BS_FIRST_YEAR]?.[month - 1];
}

/** The Gregorian "YYYY-MM-DD" of a Bikram Sambat date; throws for a year outside the table or a day the month lacks. */
export function bsToGregorian(year: number, month: number, day: number): string {
  const { first, last } = BIKRAM_SAMBAT_YEARS;
  if (!Number.isInteger(year) || year < first || year > last) {
    throw new RangeError(`Bikram Sambat year ${year} is outside the month table (${first}-${last} BS)`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Bikram Sambat month ${month} does not exist (months are 1-12)`);
  }
  const length = bikramSambatMonthDays(year, month) ?? 0;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(`${year}-${month} BS has ${length} days, so day ${day} does not exist`);
  }
  let days = day - 1;
  for (let y = first; y < year; y++) days += (BS_MONTH_DAYS[y - first] ?? []).reduce((sum, n) => sum + n, 0);
  for (let m = 1; m < month; m++) days += bikramSambatMonthDays(year, m) ?? 0;
  return isoDay(BS_ANCHOR + days * DAY);
}

const DEVANAGARI_DIGITS = '०१२३४५६७८९';

// Each month's spellings on Nepali sites: Devanagari (standard and colloquial) and romanised, lower case.
const BS_MONTH_NAMES: readonly (readonly string[])[] = [
  ['बैशाख', 'वैशाख', 'बैसाख', 'वैसाख', 'baisakh', 'baishakh', 'baisak', 'vaisakh', 'vaishakh', 'baishak'],
  ['जेठ', 'ज्येष्ठ', 'जेष्ठ', 'jestha', 'jeth', 'jesth', 'jyestha', 'jeshtha'],
  ['असार', 'आषाढ', 'अषाढ', 'असाढ', 'asar', 'ashar', 'asadh', 'ashadh', 'ashad', 'asad', 'aashadh'],
  ['साउन', 'श्रावण', 'सावन', 'shrawan', 'shravan', 'srawan', 'saun', 'sawan', 'shaun', 'saawan'],
  ['भदौ', 'भाद्र', 'भाद्रपद', 'bhadra', 'bhadau', 'bhado', 'bhadaw'],
  ['असोज', 'आश्विन', 'आसोज', 'asoj', 'ashoj', 'ashwin', 'aswin', 'aasoj'],
  ['कात्तिक', 'कार्तिक', 'कातिक', 'kartik', 'kattik', 'kartika', 'katik'],
  ['मंसिर', 'मार्ग', 'मङ्सिर', 'मार्गशीर्ष', 'mangsir', 'mansir', 'mangshir', 'marga', 'mangseer'],
  ['पुस', 'पौष', 'पुष', 'poush', 'paush', 'push', 'pus', 'pous', 'poosh', 'posh'],
  ['माघ', 'magh', 'maagh'],
  ['फागुन', 'फाल्गुन', 'falgun', 'phalgun', 'fagun', 'phagun', 'falgoon'],
  ['चैत', 'चैत्र', 'chaitra', 'chait', 'chaitr', 'chaita'],
];

const MONTH_BY_NAME = new Map(BS_MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1])));

const WEEKDAY = new RegExp(
  '^(?:(?:आइत|आईत|सोम|मंगल|मङ्गल|बुध|बिही|बिहि|विही|विहि|शुक्र|शनि)(?:बार|वार)' +
    '|(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?)(?:day)?)$',
  'u',
);
// Words printed around a date that say nothing about it: "गते" (day), "साल" (year), "वि.सं." / "BS" (the era).
const FILLER = /^(?:गते|साल|सम्वत्?|संवत्?|वि\.?सं|विसं|b\.?s|gate|bikram|sambat|samvat)$/u;

/** A day or year token ("१५", "15", "15th", "२०८१") as ASCII digits, or undefined. */
function digitsOf(token: string): string | undefined {
  const ascii = token.replace(/[०-९]/gu, (digit) => String(DEVANAGARI_DIGITS.indexOf(digit)));
  return /^(\d{1,4})(?:st|nd|rd|th)?$/u.exec(ascii)?.[1];
}

/**
 * A Bikram Sambat date as Nepali sites print it, or undefined when the text is not one: Devanagari or ASCII digits,
 * Devanagari or romanised month names, in the orders "२०८१ असार १५", "असार १५, २०८१" and "१५ असार २०८१"
 * ("Poush 17, 2080", "17 Magh 2080"), with an optional weekday and "गते"/"साल"/"BS". The day is not checked against
 * the month table (bsToGregorian does that); it must be 1-32 and the year four digits.
 */
export function parseBikramSambat(text: string): CalendarDate | undefined {
  const tokens = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[,।|/:;()\u200c\u200d]/gu, ' ')
    .split(/\s+/u)
    .map((token) => token.replace(/^\.+|\.+$/gu, ''))
    .filter((token) => token !== '' && !WEEKDAY.test(token) && !FILLER.test(token));
  if (tokens.length !== 3) return undefined;
  const monthAt = tokens.findIndex((token) => MONTH_BY_NAME.has(token));
  const month = MONTH_BY_NAME.get(tokens[monthAt] ?? '');
  if (month === undefined || monthAt === 2) return undefined;
  const [a, b] = tokens.filter((_, index) => index !== monthAt).map(digitsOf);
  if (a === undefined || b === undefined) return undefined;
  const isYear = (digits: string) => digits.length === 4;
  let year: string;
  let day: string;
  if (monthAt === 1 && isYear(a) && !isYear(b)) [year, day] = [a, b];
  else if (isYear(b) && !isYear(a)) [day, year] = [a, b];
  else return undefined;
  if (Number(day) < 1 || Number(day) > 32) return undefined;
  return { year: Number(year), month, day: Number(day) };
}

// Solar Hijri and Umm al-Qura come from ICU through Intl: it only formats, so the Gregorian day is found by formatting
// the days around an estimate and keeping the one that reads as the wanted date.
interface IcuCalendar {
  name: string;
  format: Intl.DateTimeFormat;
  /** A Gregorian day (UTC milliseconds) within a few days of the date. */
  estimate: (date: CalendarDate) => number;
  maxDay: number;
  years: { first: number; last: number };
}

function icuFormat(calendar: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
}

function readAs(format: Intl.DateTimeFormat, time: number): CalendarDate {
  const parts = format.formatToParts(new Date(time));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const PERSIAN: IcuCalendar = {
  name: 'Solar Hijri',
  format: icuFormat('persian'),
  // 1 Farvardin 1403 = 20 March 2024; Farvardin-Shahrivar have 31 days, Mehr-Bahman 30.
  estimate: ({ year, month, day }) =>
    Date.UTC(2024, 2, 20) +
    Math.round((year - 1403) * 365.2422 + (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1) * DAY,
  maxDay: 31,
  years: { first: 1300, last: 1500 },
};

const UMM_AL_QURA: IcuCalendar = {
  name: 'Hijri (Umm al-Qura)',
  format: icuFormat('islamic-umalqura'),
  // 1 Ramadan 1445 = 11 March 2024; a lunar year is 354.367 days, a month 29.531.
  estimate: ({ year, month, day }) =>
    Date.UTC(2024, 2, 11) + Math.round((year - 1445) * 354.367 + (month - 9) * 29.531 + day - 1) * DAY,
  maxDay: 30,
  years: { first: 1300, last: 1600 },
};

function icuToGregorian(calendar: IcuCalendar, date: CalendarDate): string {
  const { year, month, day } = date;
  const { first, last } = calendar.years;
  if (![year, month, day].every(Number.isInteger) || year < first || year > last) {
    throw new RangeError(`${calendar.name} year ${year} is outside the supported years (${first}-${last})`);
  }
  if (month < 1 || month > 12 || day < 1 || day > calendar.maxDay) {
    throw new RangeError(`${calendar.name} ${year}-${month}-${day} does not exist`);
  }
  const estimate = calendar.estimate(date);
  for (let offset = 0; offset <= 10; offset++) {
    for (const time of offset === 0 ? [estimate] : [estimate - offset * DAY, estimate + offset * DAY]) {
      const read = readAs(calendar.format, time);
      if (read.year === year && read.month === month && read.day === day) return isoDay(time);
    }
  }
  throw new RangeError(`${calendar.name} ${year}-${month}-${day} does not exist (the month is shorter)`);
}

/** The Gregorian "YYYY-MM-DD" of a Solar Hijri (Iranian/Afghan) date, by ICU's Persian calendar; throws if none. */
export function persianToGregorian(year: number, month: number, day: number): string {
  return icuToGregorian(PERSIAN, { year, month, day });
}

/** The Gregorian "YYYY-MM-DD" of an Islamic date in the Umm al-Qura calendar, by ICU; throws if none. */
export function hijriToGregorian(year: number, month: number, day: number): string {
  return icuToGregorian(UMM_AL_QURA, { year, month, day });
}
