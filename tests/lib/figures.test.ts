import { describe, expect, test } from 'vitest';
import { buildLedger, figureId, formatFigureValue } from '../../src/lib/figures.ts';
import { figureSchema, type Figure } from '../../src/schema/index.ts';
import { makeItem } from './support.ts';

const figure = (fields: Partial<Figure>): Figure =>
  figureSchema.parse({
    measure: 'recruited',
    what: 'Citizens recruited',
    claimant: 'The ministry',
    basis: 'official',
    span: 'total',
    side: 'russia',
    ...fields,
  });

describe('formatFigureValue', () => {
  test('formats a single value with thousands separators', () => {
    expect(formatFigureValue(figure({ value: 18000 }))).toBe('18,000');
  });

  test('formats a range with an en dash', () => {
    expect(formatFigureValue(figure({ min: 14000, max: 15000 }))).toBe('14,000–15,000');
  });

  test('formats open ranges as at least or at most', () => {
    expect(formatFigureValue(figure({ min: 1200 }))).toBe('at least 1,200');
    expect(formatFigureValue(figure({ max: 300 }))).toBe('at most 300');
  });

  test('shows zero as zero', () => {
    expect(formatFigureValue(figure({ value: 0 }))).toBe('0');
  });
});

describe('figureId', () => {
  test('numbers figures from one after the article slug', () => {
    expect(figureId('jordan-demands-the-national', 0)).toBe('jordan-demands-the-national#1');
    expect(figureId('jordan-demands-the-national', 2)).toBe('jordan-demands-the-national#3');
  });
});

describe('buildLedger', () => {
  const older = makeItem({
    id: 'older',
    figures: [
      {
        value: 5,
        measure: 'killed',
        what: 'Killed',
        claimant: 'Ministry',
        basis: 'official',
        span: 'total',
        side: 'russia',
        country: 'JO',
        as_of: '2025-11',
      },
      {
        value: 20,
        measure: 'recruited',
        what: 'Recruited',
        claimant: 'Ministry',
        basis: 'official',
        span: 'total',
        side: 'russia',
        country: 'IQ',
        as_of: '2024-01',
      },
    ],
  });
  const newer = makeItem({
    id: 'newer',
    figures: [
      {
        value: 7,
        measure: 'deployed',
        what: 'Deployed',
        claimant: 'Ukraine',
        basis: 'official',
        span: 'total',
        side: 'russia',
        country: 'JO',
        as_of: '2025-11',
      },
      {
        min: 1,
        max: 3,
        measure: 'captured',
        what: 'Captured',
        claimant: 'Ukraine',
        basis: 'official',
        span: 'total',
        side: 'russia',
        country: 'JO',
      },
    ],
  });
  const none = makeItem({ id: 'none' });

  test('lists every figure with its stable id, oldest claim first and undated last', () => {
    expect(buildLedger([newer, none, older]).map((r) => r.id)).toEqual(['older#2', 'newer#1', 'older#1', 'newer#2']);
  });

  test('orders claims of the same date by measure', () => {
    const rows = buildLedger([older, newer]).filter((r) => r.figure.as_of === '2025-11');
    expect(rows.map((r) => r.figure.measure)).toEqual(['deployed', 'killed']);
  });

  test('keeps only the figures for a country when one is given', () => {
    const rows = buildLedger([older, newer], 'IQ');
    expect(rows.map((r) => r.id)).toEqual(['older#2']);
    expect(rows[0]?.article.id).toBe('older');
  });

  test('keeps the figure index of the article when filtering by country', () => {
    expect(buildLedger([older, newer], 'JO').map((r) => r.id)).toEqual(['newer#1', 'older#1', 'newer#2']);
  });

  test('returns no rows for articles without figures', () => {
    expect(buildLedger([none])).toEqual([]);
  });
});
