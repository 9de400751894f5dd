import { describe, expect, test } from 'vitest';
import { countryCounts, countryIndex, outletIndex, storyIndex, topicIndex } from '../../src/lib/indexes.ts';
import { makeItem, makeOutlet, makeStory, makeTopic } from './support.ts';

const articles = [
  makeItem({
    id: 'a',
    countries: ['JO'],
    topics: ['casualties'],
    story: 'one',
    source: { outlet: 'bbc', published: '2025-03' },
  }),
  makeItem({
    id: 'b',
    countries: ['IQ', 'JO'],
    topics: ['casualties', 'government-response'],
    story: 'one',
    source: { outlet: 'reuters', published: '2025-11-28' },
  }),
  makeItem({
    id: 'c',
    countries: ['IQ', 'JO'],
    topics: ['government-response'],
    source: { outlet: 'bbc', published: undefined },
  }),
  makeItem({ id: 'd', countries: ['NP'], topics: ['casualties'], source: { outlet: 'bbc', published: '2024' } }),
];

describe('countryIndex', () => {
  test('returns countries sorted by article count, with names, outlets and latest date', () => {
    expect(countryIndex(articles)).toEqual([
      { code: 'JO', name: 'Jordan', articles: 3, outlets: 2, latest: '2025-11-28' },
      { code: 'IQ', name: 'Iraq', articles: 2, outlets: 2, latest: '2025-11-28' },
      { code: 'NP', name: 'Nepal', articles: 1, outlets: 1, latest: '2024' },
    ]);
  });
});

describe('outletIndex', () => {
  const outlets = [
    makeOutlet('reuters', { name: 'Reuters' }),
    makeOutlet('bbc', { name: 'BBC News' }),
    makeOutlet('al-jazeera', { name: 'Al Jazeera' }),
  ];

  test('lists every outlet by name, including those without articles', () => {
    const rows = outletIndex(articles, outlets);
    expect(rows.map((r) => [r.outlet.id, r.articles, r.latest])).toEqual([
      ['al-jazeera', 0, undefined],
      ['bbc', 3, '2025-03'],
      ['reuters', 1, '2025-11-28'],
    ]);
  });
});

describe('topicIndex', () => {
  test('lists every topic most used first, then by id, including unused ones', () => {
    const topics = [makeTopic('unused'), makeTopic('government-response'), makeTopic('casualties')];
    expect(topicIndex(articles, topics).map((r) => [r.topic.id, r.articles])).toEqual([
      ['casualties', 3],
      ['government-response', 2],
      ['unused', 0],
    ]);
  });
});

describe('storyIndex', () => {
  test('lists every story newest first with its article count', () => {
    const stories = [
      makeStory('one', { date: '2025-11' }),
      makeStory('older', { date: '2023-05-01' }),
      makeStory('newest', { date: '2026-02-10' }),
    ];
    expect(storyIndex(articles, stories).map((r) => [r.story.id, r.articles])).toEqual([
      ['newest', 0],
      ['one', 2],
      ['older', 0],
    ]);
  });

  test('orders stories of the same date by id', () => {
    const stories = [makeStory('b', { date: '2025' }), makeStory('a', { date: '2025' })];
    expect(storyIndex([], stories).map((r) => r.story.id)).toEqual(['a', 'b']);
  });
});

describe('countryCounts', () => {
  test('maps each country code to its number of articles', () => {
    expect(countryCounts(articles)).toEqual(
      new Map([
        ['JO', 3],
        ['IQ', 2],
        ['NP', 1],
      ]),
    );
  });
});
