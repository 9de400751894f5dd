import { describe, expect, test } from 'vitest';
import {
  FEED_SIZE,
  FIGURE_COLUMNS,
  articleRecords,
  feedDate,
  feedItems,
  figureRecords,
  jsonFeed,
  keyFigureRecords,
  lastChanged,
  toCsv,
} from '../../src/lib/feeds.ts';
import { makeItem } from './support.ts';

const SITE = 'https://example.org';
const outletName = (id: string) => `Outlet ${id}`;

describe('feedDate', () => {
  test('is midnight UTC of a full date', () => {
    expect(feedDate('2025-11-28').toISOString()).toBe('2025-11-28T00:00:00.000Z');
  });
});

describe('lastChanged', () => {
  test('is the newest of added, updated and the corrections', () => {
    expect(lastChanged(makeItem({ added: '2026-01-05' }))).toBe('2026-01-05');
    expect(lastChanged(makeItem({ added: '2026-01-05', updated: '2026-02-01' }))).toBe('2026-02-01');
    const corrections = [
      { date: '2026-03-02', note: 'Fixed a date.' },
      { date: '2026-02-10', note: 'Fixed a name.' },
    ];
    expect(lastChanged(makeItem({ added: '2026-01-05', updated: '2026-02-01', corrections }))).toBe('2026-03-02');
  });
});

describe('feedItems', () => {
  test('links our page absolutely and points at the original, naming its date at its own precision', () => {
    const article = makeItem({
      id: 'a-slug',
      title: 'T',
      summary: 'S.',
      countries: ['IQ', 'JO'],
      source: { outlet: 'bbc', url: 'https://bbc.com/x', published: '2025-11' },
    });
    const [item] = feedItems([article], SITE, outletName);
    expect(item).toMatchObject({
      id: 'https://example.org/articles/a-slug/',
      link: 'https://example.org/articles/a-slug/',
      title: 'T',
      description: 'S. (Original: Outlet bbc, published November 2025.)',
      externalUrl: 'https://bbc.com/x',
      categories: ['Iraq', 'Jordan'],
    });
  });

  test('dates every item by the day it was added, never by a partial publication date', () => {
    const [item] = feedItems([makeItem({ added: '2026-01-05', source: { published: '2023' } })], SITE, outletName);
    expect(item?.pubDate.toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(item?.description).toContain('published 2023.');
    expect(item?.description).not.toContain('1 January');
  });

  test('lists an entry added today for a 2023 report first, and undated reports too', () => {
    const articles = [
      makeItem({ id: 'recent-report', added: '2026-01-01', source: { published: '2026-01-01' } }),
      makeItem({ id: 'old-report', added: '2026-02-01', source: { published: '2023-05-02' } }),
      makeItem({ id: 'undated', added: '2026-01-15', source: { published: undefined } }),
    ];
    const items = feedItems(articles, SITE, outletName);
    expect(items.map((i) => i.link.split('/')[4])).toEqual(['old-report', 'undated', 'recent-report']);
    expect(items[1]?.description).toContain('publication date unknown');
  });

  test('keeps only the FEED_SIZE most recently added articles', () => {
    const articles = Array.from({ length: FEED_SIZE + 5 }, (_, i) =>
      makeItem({ id: `a${i}`, added: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }),
    );
    const items = feedItems(articles, SITE, outletName);
    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0]?.pubDate.toISOString()).toBe('2026-01-28T00:00:00.000Z');
  });

  test('gives a corrected entry its correction in the text and as its modified date', () => {
    const corrections = [{ date: '2026-03-02', note: 'The claimant is a security source.' }];
    const [item] = feedItems([makeItem({ added: '2026-01-05', corrections })], SITE, outletName);
    expect(item?.modified?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(item?.description).toContain('Corrected 2 March 2026: The claimant is a security source.');
  });
});

describe('jsonFeed', () => {
  test('is a JSON Feed 1.1 document with absolute URLs', () => {
    const items = feedItems(
      [makeItem({ id: 'x', added: '2026-01-05', source: { published: '2025-11', url: 'https://bbc.com/x' } })],
      SITE,
      outletName,
    );
    const feed = jsonFeed(items, SITE, 'Title', 'Description');
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Title',
      description: 'Description',
      home_page_url: 'https://example.org/',
      feed_url: 'https://example.org/feed.json',
      language: 'en',
    });
    expect(feed.items).toEqual([
      {
        id: 'https://example.org/articles/x/',
        url: 'https://example.org/articles/x/',
        external_url: 'https://bbc.com/x',
        title: items[0]?.title,
        summary: items[0]?.description,
        content_text: items[0]?.description,
        date_published: '2026-01-05T00:00:00.000Z',
        tags: ['Jordan'],
      },
    ]);
  });

  test('gives a corrected item date_modified', () => {
    const corrections = [{ date: '2026-03-02', note: 'Fixed.' }];
    const items = feedItems([makeItem({ added: '2026-01-05', corrections })], SITE, outletName);
    expect(jsonFeed(items, SITE, 't', 'd').items[0]).toHaveProperty('date_modified', '2026-03-02T00:00:00.000Z');
  });
});

describe('articleRecords', () => {
  test('gives each article its id, absolute URL and metadata', () => {
    const article = makeItem({ id: 'x' });
    expect(articleRecords([article], SITE)).toEqual([
      { id: 'x', url: 'https://example.org/articles/x/', ...article.data },
    ]);
  });
});

describe('figureRecords', () => {
  const article = makeItem({
    id: 'jordan-demands',
    source: { outlet: 'the-national', url: 'https://thenational.ae/x', published: '2025-11-28' },
    figures: [
      {
        min: 14000,
        max: 15000,
        measure: 'recruited',
        what: 'Recruited',
        claimant: 'Ukraine',
        basis: 'official',
        span: 'total',
        side: 'russia',
        country: 'IQ',
        as_of: '2025-11',
      },
      {
        value: 18000,
        measure: 'killed',
        what: 'Killed',
        claimant: 'Ministry',
        basis: 'official',
        span: 'total',
        side: 'russia',
        as_of: '2024',
      },
    ],
  });

  test('gives every figure its stable id and both URLs', () => {
    const records = figureRecords([article], SITE);
    expect(records.map((r) => r.id)).toEqual(['jordan-demands#2', 'jordan-demands#1']);
    expect(
      records.every(
        (r) =>
          r.article_url === 'https://example.org/articles/jordan-demands/' &&
          r.source_url === 'https://thenational.ae/x',
      ),
    ).toBe(true);
  });

  test('fills every column, with null for what is unknown', () => {
    const byId = new Map(figureRecords([article], SITE).map((r) => [r.id, r]));
    expect(Object.keys(byId.get('jordan-demands#1') ?? {})).toEqual([...FIGURE_COLUMNS]);
    expect(byId.get('jordan-demands#1')).toMatchObject({
      value: null,
      min: 14000,
      max: 15000,
      display: '14,000–15,000',
      country: 'IQ',
      country_name: 'Iraq',
      unit: null,
    });
    expect(byId.get('jordan-demands#2')).toMatchObject({
      value: 18000,
      min: null,
      max: null,
      country: null,
      country_name: null,
      source_published: '2025-11-28',
    });
  });

  test('gives each figure its basis, span, period and side', () => {
    const period = makeItem({
      id: 'period-count',
      figures: [
        {
          value: 150,
          measure: 'recruited',
          what: 'Recruited in December',
          claimant: 'Intelligence service',
          basis: 'estimate',
          span: 'period',
          period: 'December 2025',
          side: 'russia',
        },
      ],
    });
    const byId = new Map(figureRecords([article, period], SITE).map((r) => [r.id, r]));
    expect(byId.get('jordan-demands#1')).toMatchObject({
      basis: 'official',
      span: 'total',
      period: null,
      side: 'russia',
    });
    expect(byId.get('period-count#1')).toMatchObject({
      basis: 'estimate',
      span: 'period',
      period: 'December 2025',
      side: 'russia',
    });
  });
});

describe('keyFigureRecords', () => {
  const base = { what: 'Counted', basis: 'official', span: 'total', side: 'russia', measure: 'recruited' };
  const articles = [
    makeItem({
      id: 'np-report',
      countries: ['NP'],
      figures: [
        { ...base, value: 200, country: 'NP', claimant: 'Ministry', as_of: '2023-12' },
        { ...base, value: 500, country: 'NP', claimant: 'Families', as_of: '2024-01', basis: 'unverified' },
        { ...base, value: 7, country: 'NP', claimant: 'Ministry', span: 'period', period: 'February 2024' },
      ],
    }),
    makeItem({ id: 'world', countries: [], figures: [{ ...base, value: 18000, claimant: 'Ukraine' }] }),
  ];
  const records = keyFigureRecords(articles, SITE);

  test('gives each country its key figures, then the global and regional ones with country null', () => {
    expect(records.map((r) => r.country)).toEqual(['NP', null]);
    const np = 'https://example.org/countries/np/#key-figures';
    expect(records[0]).toMatchObject({ country_name: 'Nepal', page_url: np });
    expect(records[1]).toMatchObject({ country_name: null, page_url: 'https://example.org/figures/' });
  });

  test('gives each measure its latest claim as a ledger row, its range, counts and differing pair', () => {
    const [recruited] = records[0]?.measures ?? [];
    expect(recruited).toMatchObject({ measure: 'recruited', low: 200, high: 500, range_display: '200–500' });
    expect(recruited).toMatchObject({ claims: 2, claimants: 2 });
    expect(recruited?.latest).toEqual(figureRecords(articles, SITE).find((r) => r.id === 'np-report#2'));
    expect(recruited?.differ?.map((r) => r.id)).toEqual(['np-report#2', 'np-report#1']);
    expect(records[1]?.measures[0]?.differ).toBeNull();
  });

  test('gives a claim higher than the latest as a ledger row, dated or not, and null where none is', () => {
    const higher = keyFigureRecords(
      [
        makeItem({
          id: 'np-higher',
          countries: ['NP'],
          figures: [
            { ...base, value: 11, country: 'NP', claimant: 'Ministry', as_of: '2024-01' },
            { ...base, value: 25, country: 'NP', claimant: 'Foreign ministry' },
          ],
        }),
      ],
      SITE,
    );
    const [measure] = higher[0]?.measures ?? [];
    expect(measure?.latest).toMatchObject({ id: 'np-higher#1', value: 11, as_of: '2024-01' });
    expect(measure?.highest).toMatchObject({ id: 'np-higher#2', value: 25, claimant: 'Foreign ministry', as_of: null });
    expect(measure?.highest?.article_url).toBe('https://example.org/articles/np-higher/');
    expect(records[0]?.measures[0]?.highest).toBeNull();
  });
});

describe('toCsv', () => {
  const columns = ['a', 'b'];

  test('writes a header and CRLF-terminated rows', () => {
    expect(toCsv([{ a: 1, b: 'x' }], columns)).toBe('a,b\r\n1,x\r\n');
  });

  test('quotes cells with commas, quotes or line breaks and doubles quotes', () => {
    const csv = toCsv(
      [
        { a: 'one, two', b: 'say "hi"' },
        { a: 'line\nbreak', b: 'cr\rhere' },
      ],
      columns,
    );
    expect(csv).toBe('a,b\r\n"one, two","say ""hi"""\r\n"line\nbreak","cr\rhere"\r\n');
  });

  test('prefixes text starting with = + - @ tab or CR so spreadsheets do not run it', () => {
    const rows = ['=SUM(A1)', '+1', '-2', '@cmd', '\tx'].map((a) => ({ a, b: '' }));
    const cells = toCsv(rows, columns)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.slice(0, line.lastIndexOf(',')));
    expect(cells).toEqual(["'=SUM(A1)", "'+1", "'-2", "'@cmd", "'\tx"]);
  });

  test('prefixes and then quotes a formula that contains a comma', () => {
    expect(toCsv([{ a: '=HYPERLINK("http://x",1)', b: null }], columns)).toBe(
      'a,b\r\n"\'=HYPERLINK(""http://x"",1)",\r\n',
    );
  });

  test('does not prefix negative numbers', () => {
    expect(toCsv([{ a: -5, b: 0 }], columns)).toBe('a,b\r\n-5,0\r\n');
  });

  test('writes null and undefined as empty cells', () => {
    expect(toCsv([{ a: null }], columns)).toBe('a,b\r\n,\r\n');
  });
});
