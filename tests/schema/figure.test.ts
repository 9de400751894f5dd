import { describe, expect, test } from 'vitest';
import { figureSchema, MEASURES } from '../../src/schema/index.ts';

const base = {
  measure: 'recruited',
  what: 'Fixture figure',
  claimant: 'Fixture ministry',
  basis: 'official',
  span: 'total',
  side: 'russia',
};

function issues(input: unknown): string[] {
  const result = figureSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('figureSchema', () => {
  test('accepts a single value, a range, or one bound', () => {
    expect(figureSchema.parse({ ...base, value: 12 }).value).toBe(12);
    expect(figureSchema.parse({ ...base, min: 3, max: 7 })).toMatchObject({ min: 3, max: 7 });
    expect(figureSchema.parse({ ...base, min: 3 }).min).toBe(3);
    expect(figureSchema.parse({ ...base, max: 7 }).max).toBe(7);
    expect(figureSchema.parse({ ...base, min: 5, max: 5 }).max).toBe(5);
    expect(figureSchema.parse({ ...base, value: 0 }).value).toBe(0);
  });

  test('requires a value or a bound', () => {
    expect(issues(base)).toEqual(['value: a figure needs a value, or min and/or max']);
  });

  test('refuses a value together with a range', () => {
    expect(issues({ ...base, value: 4, max: 7 })).toEqual(['value: give either value or min/max, not both']);
  });

  test('rejects min greater than max, on min', () => {
    expect(issues({ ...base, min: 10, max: 5 })).toEqual(['min: min (10) is greater than max (5)']);
  });

  test.each(['value', 'min', 'max'])('rejects a negative %s', (key) => {
    expect(issues({ ...base, [key]: -1 })).toEqual([`${key}: must not be negative`]);
  });

  test('rejects a number written as a string', () => {
    expect(issues({ ...base, value: 'twelve' })).toEqual(['value: expected a number']);
    expect(issues({ ...base, value: '12' })).toEqual(['value: expected a number']);
  });

  test('rejects an unknown measure, listing the known ones', () => {
    const [issue] = issues({ ...base, value: 1, measure: 'injured' });
    expect(issue).toContain('measure: expected one of: ');
    for (const measure of MEASURES) expect(issue).toContain(measure);
  });

  test('rejects an unknown key, a lower-case country and an impossible as_of date', () => {
    expect(issues({ ...base, value: 1, source: 'x' })[0]).toMatch(/source/);
    expect(issues({ ...base, value: 1, country: 'np' })).toEqual(['country: country code must be upper case: "NP"']);
    expect(issues({ ...base, value: 1, as_of: '2025-02-30' })).toEqual(['as_of: not a real calendar date']);
  });

  test('requires what and claimant', () => {
    expect(
      issues({ value: 1, measure: 'killed', what: 'x', basis: 'official', span: 'total', side: 'russia' }).map(
        (i) => i.split(':')[0],
      ),
    ).toEqual(['claimant']);
    expect(
      issues({ value: 1, measure: 'killed', claimant: 'x', basis: 'official', span: 'total', side: 'russia' }).map(
        (i) => i.split(':')[0],
      ),
    ).toEqual(['what']);
  });
});
