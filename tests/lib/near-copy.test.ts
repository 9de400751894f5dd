import { describe, expect, test } from 'vitest';
import { findNearCopies } from '../../src/lib/near-copy.ts';

const SOURCE =
  'Officials said on Tuesday that the recruits had been promised well paid jobs in construction before they were ' +
  'sent to the front line in eastern Ukraine without any training. Their families are now asking for help.';
/** The source's first 12 words, as our text would repeat them. */
const TWELVE = 'Officials said on Tuesday that the recruits had been promised well paid';

/** The text of each flagged stretch. */
const texts = (ours: string) => findNearCopies(ours, SOURCE).map((c) => c.text);

describe('findNearCopies', () => {
  test('flags an exact copy of 12 words, with its offsets in our text', () => {
    const ours = `In short, ${TWELVE.toLowerCase()}, it seems.`;
    const found = findNearCopies(ours, SOURCE);
    expect(found).toHaveLength(1);
    expect(found[0]?.words).toBe(12);
    expect(ours.slice(found[0]?.start, found[0]?.end)).toBe(TWELVE.toLowerCase());
  });

  test('ignores case and punctuation', () => {
    expect(texts('OFFICIALS SAID, on Tuesday, that the recruits had "been" promised well-paid')).toHaveLength(0);
    expect(texts('OFFICIALS SAID, on Tuesday, that the recruits had been promised well-paid')).toHaveLength(1);
  });

  test('flags a copy with one word changed', () => {
    expect(texts('Officials stated on Tuesday that the recruits had been promised well paid')).toHaveLength(1);
  });

  test('flags a copy with two words changed', () => {
    expect(texts('Officials stated on Monday that the recruits had been promised well paid')).toHaveLength(1);
  });

  test('does not flag a stretch with three words changed', () => {
    expect(texts('Officials stated on Monday that the men had been promised well paid')).toEqual([]);
  });

  test('flags a copy with a word inserted', () => {
    expect(texts('Officials said on Tuesday that the young recruits had been promised well paid')).toHaveLength(1);
  });

  test('flags a copy with a word dropped', () => {
    expect(texts('Officials said on Tuesday that the recruits had been promised well paid jobs, sent')).toHaveLength(1);
    expect(texts('Officials said Tuesday that the recruits had been promised well paid jobs')).toHaveLength(1);
  });

  test('reports a longer copy as one stretch', () => {
    const ours = 'We read that the recruits had been promised well paid jobs in construction before they were sent.';
    expect(texts(ours)).toEqual([
      'that the recruits had been promised well paid jobs in construction before they were sent',
    ]);
  });

  test('ignores a stretch in quotation marks of each kind', () => {
    expect(texts(`The officials said: “${TWELVE}”.`)).toEqual([]);
    expect(texts(`The officials said: "${TWELVE}".`)).toEqual([]);
    expect(texts(`The officials said: «${TWELVE}».`)).toEqual([]);
  });

  test('does not join the words either side of a quotation into a stretch', () => {
    expect(texts('Officials said on Tuesday that the “recruits” had been promised well paid')).toEqual([]);
  });

  test('does not flag 11 words', () => {
    expect(texts('Officials said on Tuesday that the recruits had been promised well')).toEqual([]);
  });

  test('does not flag our own words', () => {
    expect(texts('Men from abroad were offered building work, the authorities say, then sent to fight.')).toEqual([]);
  });
});
