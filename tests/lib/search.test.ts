import { describe, expect, test } from 'vitest';
import { dateSortKey, htmlText, searchRecord, type SearchNames } from '../../src/lib/search.ts';
import { makeItem } from './support.ts';

const names: SearchNames = {
  outlet: (id) => ({ 'the-national': 'The National' })[id] ?? id,
  topic: (id) =>
    ({ 'recruitment-networks': 'Recruitment networks', 'deaths-and-casualties': 'Deaths and casualties' })[id] ?? id,
};

describe('htmlText', () => {
  test('keeps the words of paragraphs, list items, quotes and links, and drops the markup', () => {
    const text = htmlText(
      '<p>First <em>para</em>graph with a <a href="https://example.org/x">link text</a>.</p>\n<ul>\n<li>one item</li>' +
        '<li><code>two</code></li>\n</ul>\n<blockquote>\n<p>quoted words</p>\n</blockquote>\n<h2 id="a">A heading</h2>',
    );
    expect(text).toBe('First paragraph with a link text. one item two quoted words A heading');
    expect(text).not.toMatch(/example\.org|[<>]/);
  });

  test('decodes character references', () => {
    expect(htmlText('<p>AT&amp;T &lt;x&gt; &quot;q&quot; &#39;s&#x27; caf&#xE9; &#8212;</p>')).toBe(
      `AT&T <x> "q" 's' café —`,
    );
  });

  test('gives nothing for an empty body', () => {
    expect(htmlText('')).toBe('');
  });
});

describe('dateSortKey', () => {
  test('orders days, then their month, then their year, with undated last when sorting newest first', () => {
    const keys = ['2025-11', '2025-11-28', undefined, '2025', '2025-12-01'].map((d) => Number(dateSortKey(d)));
    expect([...keys].sort((a, b) => b - a)).toEqual([keys[4], keys[1], keys[0], keys[3], 0]);
    expect(
      keys.every((k) => Math.fround(k) === k),
      'exact as 32-bit floats',
    ).toBe(true);
    expect(Number(dateSortKey('2026-01-28')) - Number(dateSortKey('2026-01-27'))).toBe(1);
  });
});

describe('searchRecord', () => {
  const article = makeItem({
    id: 'jordan-asks-russia',
    title: 'Jordan asks Russia to stop recruiting its citizens',
    summary: 'The foreign ministry said it had raised the issue',
    countries: ['JO', 'IQ'],
    topics: ['recruitment-networks', 'deaths-and-casualties'],
    source: { outlet: 'the-national', language: 'ar', title: 'Original headline' },
    figures: [
      {
        value: 12,
        measure: 'killed',
        what: 'Jordanians killed',
        claimant: 'the foreign ministry',
        basis: 'official',
        span: 'total',
        side: 'russia',
        as_of: '2026-03',
      },
    ],
  });
  const record = searchRecord(article, '<p>Our <strong>own</strong> summary of the report.</p>', names);

  test("links the article's own page and titles it with our headline", () => {
    expect(record.url).toBe('/articles/jordan-asks-russia/');
    expect(record.meta).toEqual({
      title: 'Jordan asks Russia to stop recruiting its citizens',
      outlet: 'The National',
      date: '14 March 2025',
      datetime: '2025-03-14',
      countries: 'Jordan, Iraq',
    });
    expect(record.sort).toEqual({ date: String(2025 * 416 + 3 * 32 + 14) });
    expect(record.language).toBe('en');
  });

  test('carries the same filters as the article page: country, topic, outlet and language names', () => {
    expect(record.filters).toEqual({
      country: ['Jordan', 'Iraq'],
      topic: ['Recruitment networks', 'Deaths and casualties'],
      outlet: ['The National'],
      language: ['Arabic'],
    });
  });

  test('indexes the headline, summary, outlet, original headline, body text, figures and tags, as sentences', () => {
    expect(record.content).toBe(
      [
        'Jordan asks Russia to stop recruiting its citizens.',
        'The foreign ministry said it had raised the issue.',
        'Summary of a report by The National: Original headline.',
        'Our own summary of the report.',
        'Jordanians killed, according to the foreign ministry.',
        'Filed under Jordan, Iraq, Recruitment networks, Deaths and casualties.',
      ].join(' '),
    );
  });

  test('leaves out what an article does not have', () => {
    const bare = searchRecord(
      makeItem({ source: { outlet: 'the-national', title: undefined }, figures: undefined }),
      '',
      names,
    );
    expect(bare.content).toMatch(/Summary of a report by The National\. Filed under/);
    expect(bare.content).not.toMatch(/according to|National:/);
  });
});
