import { describe, expect, test } from 'vitest';
import {
  capList,
  COUNTRY_LIST_LIMIT,
  countryOutlets,
  countryStories,
  isCut,
  splitOutlets,
  type CountryOutlet,
} from '../../src/lib/country-lists.ts';
import { makeItem, makeOutlet, makeStory } from './support.ts';

const stories = new Map(
  [
    makeStory('old', { date: '2024-03' }),
    makeStory('new', { date: '2025-11-02' }),
    makeStory('also-new', { date: '2025-11-02' }),
    makeStory('year', { date: '2025' }),
  ].map((s) => [s.id, s]),
);

describe('countryStories', () => {
  test('lists each story once, newest first (a bare year after its days), then by id, with its article count', () => {
    const articles = [
      makeItem({ story: 'old' }),
      makeItem({ story: 'new' }),
      makeItem({}),
      makeItem({ story: 'old' }),
      makeItem({ story: 'year' }),
      makeItem({ story: 'also-new' }),
    ];
    expect(countryStories(articles, stories).map((s) => [s.story.id, s.articles])).toEqual([
      ['also-new', 1],
      ['new', 1],
      ['year', 1],
      ['old', 2],
    ]);
  });

  test('leaves out a story id with no story file', () => {
    expect(countryStories([makeItem({ story: 'gone' }), makeItem({ story: 'old' })], stories).length).toBe(1);
  });
});

describe('countryOutlets', () => {
  const outlets = new Map(
    [
      makeOutlet('bbc', { name: 'BBC', country: 'GB' }),
      makeOutlet('kp', { name: 'Kathmandu Post', country: 'NP' }),
    ].map((o) => [o.id, o]),
  );

  test('counts the reports each outlet is cited for, most first, then by name', () => {
    const articles = [
      makeItem({ source: { outlet: 'kp' } }),
      makeItem({ source: { outlet: 'bbc' } }),
      makeItem({ source: { outlet: 'kp' } }),
      makeItem({ source: { outlet: 'aaa' } }),
    ];
    expect(countryOutlets(articles, outlets)).toEqual([
      { id: 'kp', name: 'Kathmandu Post', country: 'NP', articles: 2 },
      { id: 'aaa', name: 'aaa', country: undefined, articles: 1 },
      { id: 'bbc', name: 'BBC', country: 'GB', articles: 1 },
    ]);
  });

  test('counts the outlet an article cites, not the outlets of its copies (as the outlet count does)', () => {
    const copy = { outlet: 'bbc', url: 'https://www.bbc.com/news/copy' };
    expect(countryOutlets([makeItem({ source: { outlet: 'kp' }, copies: [copy] })], outlets).map((o) => o.id)).toEqual([
      'kp',
    ]);
  });
});

describe('capList', () => {
  test('keeps the first items up to the limit and counts them all', () => {
    const items = Array.from({ length: COUNTRY_LIST_LIMIT + 3 }, (_, i) => i);
    const capped = capList(items);
    expect(capped.items).toEqual(items.slice(0, COUNTRY_LIST_LIMIT));
    expect(capped.count).toBe(COUNTRY_LIST_LIMIT + 3);
    expect(isCut(capped)).toBe(true);
  });

  test('keeps a short list whole', () => {
    expect(capList([1, 2], 2)).toEqual({ items: [1, 2], count: 2 });
    expect(isCut(capList([1, 2], 2))).toBe(false);
    expect(isCut(capList([], 2))).toBe(false);
  });
});

describe('splitOutlets', () => {
  const outlet = (id: string, country?: string): CountryOutlet => ({ id, name: id, country, articles: 1 });

  test('splits outlets into those based in the country and elsewhere, keeping their order', () => {
    const split = splitOutlets([outlet('a', 'NP'), outlet('b'), outlet('c', 'IN'), outlet('d', 'NP')], 'NP');
    expect(split.based).toEqual({ items: [outlet('a', 'NP'), outlet('d', 'NP')], count: 2 });
    expect(split.elsewhere).toEqual({ items: [outlet('b'), outlet('c', 'IN')], count: 2 });
    expect(split.cut).toBe(false);
  });

  test('caps each list on its own and says when either is cut', () => {
    const based = Array.from({ length: 3 }, (_, i) => outlet(`np-${i}`, 'NP'));
    const split = splitOutlets([...based, outlet('gb', 'GB')], 'NP', 2);
    expect(split.based).toEqual({ items: based.slice(0, 2), count: 3 });
    expect(split.elsewhere.count).toBe(1);
    expect(split.cut).toBe(true);
    expect(splitOutlets([...based, outlet('gb', 'GB')], 'GB', 2).cut).toBe(true);
    expect(splitOutlets([...based, outlet('gb', 'GB')], 'NP', 3).cut).toBe(false);
  });
});
