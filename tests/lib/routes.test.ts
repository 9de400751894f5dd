import { describe, expect, test } from 'vitest';
import type { SiteData } from '../../src/lib/content.ts';
import {
  articleListPaths,
  articlePaths,
  countryDetails,
  countryFiguresPaths,
  countryPaths,
  countrySourcePaths,
  countryStoryPaths,
  sourceListPaths,
  sourcePaths,
  storyListPaths,
  storyPaths,
  topicPaths,
  COUNTRY_PAGE_SIZE,
} from '../../src/lib/routes.ts';
import { PAGE_SIZE } from '../../src/lib/paginate.ts';
import { QUARTERS_ABOVE } from '../../src/lib/search.ts';
import { COUNTRY_LEDGER_LIMIT, COUNTRY_LIST_LIMIT } from '../../src/lib/country-lists.ts';
import { astroPaginate } from '../helpers/paginate.ts';
import { makeItem, makeOutlet, makeStory, makeTopic, type ItemOverrides } from './support.ts';

/** Astro's own paginate() for each builder's route (src/pages/). */
const paginate = {
  articleListPaths: astroPaginate('/articles/[...page]'),
  storyListPaths: astroPaginate('/stories/[...page]'),
  sourceListPaths: astroPaginate('/sources/[...page]'),
  countryPaths: astroPaginate('/countries/[id]/[...page]'),
  sourcePaths: astroPaginate('/sources/[id]/[...page]'),
  topicPaths: astroPaginate('/topics/[id]/[...page]'),
  countryFiguresPaths: astroPaginate('/countries/[id]/figures/[...page]'),
  countryStoryPaths: astroPaginate('/countries/[id]/stories/[...page]'),
  countrySourcePaths: astroPaginate('/countries/[id]/sources/[...page]'),
};

type Fixture = { id: string; data: unknown };

/** A SiteData built from fixtures; content.ts itself needs astro:content, so only its type is used. */
function siteData(
  articles: ItemOverrides[],
  outlets: readonly Fixture[],
  topics: readonly Fixture[],
  stories: readonly Fixture[],
): SiteData {
  const built = articles.map(makeItem);
  return {
    articles: built,
    outlets: new Map(outlets.map((o) => [o.id, o])),
    topics: new Map(topics.map((t) => [t.id, t])),
    stories: new Map(stories.map((s) => [s.id, s])),
    countries: new Set(built.flatMap((a) => a.data.countries)),
  } as unknown as SiteData;
}

const data = siteData(
  [
    {
      id: 'a',
      countries: ['JO'],
      topics: ['casualties'],
      story: 'one',
      source: { outlet: 'bbc', published: '2025-11-30' },
    },
    {
      id: 'b',
      countries: ['JO', 'IQ'],
      topics: ['casualties'],
      story: 'one',
      source: { outlet: 'the-national', published: '2025-11-28' },
    },
    {
      id: 'c',
      countries: ['IQ'],
      topics: ['government-response'],
      source: { outlet: 'bbc' },
      figures: [
        {
          value: 3,
          measure: 'killed',
          what: 'Killed',
          claimant: 'Ministry',
          basis: 'official',
          span: 'total',
          side: 'russia',
          country: 'IQ',
        },
        {
          value: 9,
          measure: 'killed',
          what: 'Killed',
          claimant: 'Ministry',
          basis: 'official',
          span: 'total',
          side: 'russia',
          country: 'JO',
        },
      ],
    },
  ],
  [makeOutlet('bbc', { country: 'GB' }), makeOutlet('the-national', { country: 'JO' }), makeOutlet('idle')],
  [makeTopic('casualties'), makeTopic('government-response'), makeTopic('unused')],
  [makeStory('one'), makeStory('empty')],
);

/** A country (NP) with one story and one outlet based there more than its page shows, and one outlet elsewhere. */
const big = siteData(
  [
    ...Array.from({ length: COUNTRY_LIST_LIMIT + 1 }, (_, i) => ({
      countries: ['NP'],
      story: `story-${i}`,
      source: { outlet: `np-${i}` },
    })),
    { countries: ['NP', 'IN'], source: { outlet: 'np-0' } },
    { countries: ['NP'], source: { outlet: 'bbc' } },
  ],
  [
    makeOutlet('bbc', { country: 'GB' }),
    ...Array.from({ length: COUNTRY_LIST_LIMIT + 1 }, (_, i) => makeOutlet(`np-${i}`, { country: 'NP' })),
  ],
  [],
  Array.from({ length: COUNTRY_LIST_LIMIT + 1 }, (_, i) => makeStory(`story-${i}`, { date: String(2000 + i) })),
);

describe('articlePaths', () => {
  test('gives every article a page with the other coverage of its story', () => {
    const paths = articlePaths(data);
    expect(paths.map((p) => p.params.slug)).toEqual(['a', 'b', 'c']);
    expect(paths.map((p) => p.props.others.map((o) => o.id))).toEqual([['b'], ['a'], []]);
  });
});

describe('articleListPaths', () => {
  test('paginates all articles with no parameter for page one', () => {
    const many = siteData(
      Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => ({ id: `a${i}` })),
      [],
      [],
      [],
    );
    const paths = articleListPaths(many, paginate.articleListPaths);
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'page/2', 'page/3']);
    expect(paths.map((p) => p.props.page.data.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
  });
});

describe('countryPaths', () => {
  test('gives each country with articles a lower-case page', () => {
    const paths = countryPaths(data, paginate.countryPaths);
    expect(paths.map((p) => [p.params.id, p.params.page, p.props.key, p.props.page.total])).toEqual([
      ['iq', undefined, 'IQ', 2],
      ['jo', undefined, 'JO', 2],
    ]);
  });

  test('splits a large country into pages of COUNTRY_PAGE_SIZE articles', () => {
    const many = siteData(
      Array.from({ length: COUNTRY_PAGE_SIZE + 1 }, () => ({ countries: ['NP'] })),
      [],
      [],
      [],
    );
    expect(countryPaths(many, paginate.countryPaths).map((p) => p.params)).toEqual([
      { id: 'np', page: undefined },
      { id: 'np', page: 'page/2' },
    ]);
  });
});

describe('sourcePaths', () => {
  test('gives every outlet a page, including outlets without articles', () => {
    const paths = sourcePaths(data, paginate.sourcePaths);
    expect(paths.map((p) => [p.params.id, p.props.page.total])).toEqual([
      ['bbc', 2],
      ['the-national', 1],
      ['idle', 0],
    ]);
  });
});

describe('topicPaths', () => {
  test('gives every topic a page, including unused topics', () => {
    expect(topicPaths(data, paginate.topicPaths).map((p) => [p.params.id, p.props.page.total])).toEqual([
      ['casualties', 2],
      ['government-response', 1],
      ['unused', 0],
    ]);
  });
});

describe('storyPaths', () => {
  test('gives every story a page with its coverage oldest first', () => {
    const paths = storyPaths(data);
    expect(paths.map((p) => [p.params.id, p.props.coverage.map((c) => [c.article.id, c.first])])).toEqual([
      [
        'one',
        [
          ['b', true],
          ['a', false],
        ],
      ],
      ['empty', []],
    ]);
  });
});

describe('countryDetails', () => {
  test("splits outlets into those based in the country and elsewhere, with the country's ledger", () => {
    const articles = data.articles.filter((a) => a.data.countries.includes('JO'));
    const details = countryDetails(data, 'JO', articles);
    expect(details.based.items.map((o) => o.id)).toEqual(['the-national']);
    expect(details.elsewhere.items.map((o) => o.id)).toEqual(['bbc']);
    expect(details.outlets).toBe(2);
    expect(details.cut).toBe(false);
    expect(details.stories).toEqual({ items: [{ story: data.stories.get('one'), articles: 2 }], count: 1 });
  });

  test('caps the stories and each outlet list at COUNTRY_LIST_LIMIT, counting them all', () => {
    const details = countryDetails(big, 'NP', big.articles);
    expect(details.stories.items.length).toBe(COUNTRY_LIST_LIMIT);
    expect(details.stories.count).toBe(COUNTRY_LIST_LIMIT + 1);
    expect(details.stories.items[0]?.story.id).toBe(`story-${COUNTRY_LIST_LIMIT}`);
    expect([details.based.items.length, details.based.count]).toEqual([COUNTRY_LIST_LIMIT, COUNTRY_LIST_LIMIT + 1]);
    expect([details.elsewhere.items.length, details.elsewhere.count]).toEqual([1, 1]);
    expect(details.outlets).toBe(COUNTRY_LIST_LIMIT + 2);
    expect(details.cut).toBe(true);
  });

  test('keeps only the figures about the country', () => {
    const articles = data.articles.filter((a) => a.data.countries.includes('IQ'));
    expect(countryDetails(data, 'IQ', articles).ledger.items.map((r) => r.id)).toEqual(['c#1']);
  });
});

describe('storyListPaths', () => {
  test('lists every story, including one without articles, on a first page with no parameter', () => {
    const paths = storyListPaths(data, paginate.storyListPaths);
    expect(paths.map((p) => p.params.page)).toEqual([undefined]);
    expect(paths[0]?.props.page.data.map((r) => [r.story.id, r.articles]).sort()).toEqual([
      ['empty', 0],
      ['one', 2],
    ]);
  });
});

/** One article about IQ and JO with `n` comparable figures about IQ. */
function ledgerOf(n: number): SiteData {
  const figures = Array.from({ length: n }, (_, i) => ({
    value: i,
    measure: 'killed',
    what: 'Killed',
    claimant: 'Ministry',
    basis: 'official',
    span: 'total',
    side: 'russia',
    country: 'IQ',
  }));
  return siteData(
    [{ id: 'many', countries: ['IQ', 'JO'], topics: ['casualties'], source: { outlet: 'bbc' }, figures }],
    [makeOutlet('bbc')],
    [makeTopic('casualties')],
    [],
  );
}

describe('countryFiguresPaths', () => {
  test('gives no separate ledger pages while every ledger fits on the country page', () => {
    expect(countryFiguresPaths(data, paginate.countryFiguresPaths)).toEqual([]);
  });

  test('paginates a ledger longer than a page, for that country only', () => {
    const paths = countryFiguresPaths(ledgerOf(PAGE_SIZE + 1), paginate.countryFiguresPaths);
    expect(paths.map((p) => [p.params.id, p.params.page])).toEqual([
      ['iq', undefined],
      ['iq', 'page/2'],
    ]);
    expect(paths.map((p) => p.props.page.data.length)).toEqual([PAGE_SIZE, 1]);
  });

  test('gives a ledger page as soon as the country page cuts the ledger', () => {
    expect(countryFiguresPaths(ledgerOf(COUNTRY_LEDGER_LIMIT), paginate.countryFiguresPaths)).toEqual([]);
    const big = ledgerOf(COUNTRY_LEDGER_LIMIT + 1);
    expect(
      countryFiguresPaths(big, paginate.countryFiguresPaths).map((p) => [p.params.id, p.props.page.data.length]),
    ).toEqual([['iq', COUNTRY_LEDGER_LIMIT + 1]]);
    const details = countryDetails(big, 'IQ', big.articles);
    expect([details.ledger.items.length, details.ledger.count]).toEqual([
      COUNTRY_LEDGER_LIMIT,
      COUNTRY_LEDGER_LIMIT + 1,
    ]);
    expect(details.keyFigures[0]?.claims).toBe(COUNTRY_LEDGER_LIMIT + 1);
  });
});

describe('countryStoryPaths', () => {
  test('gives no separate story pages while every country page shows all its stories', () => {
    expect(countryStoryPaths(data, paginate.countryStoryPaths)).toEqual([]);
  });

  test('lists every story of a country whose page cuts them, newest first, for that country only', () => {
    const paths = countryStoryPaths(big, paginate.countryStoryPaths);
    expect(paths.map((p) => [p.params.id, p.params.page, p.props.key])).toEqual([['np', undefined, 'NP']]);
    expect(paths[0]?.props.page.data.map((r) => r.story.id)).toEqual(
      Array.from({ length: COUNTRY_LIST_LIMIT + 1 }, (_, i) => `story-${COUNTRY_LIST_LIMIT - i}`),
    );
  });
});

describe('countrySourcePaths', () => {
  test('gives no separate outlet pages while every country page shows all its outlets', () => {
    expect(countrySourcePaths(data, paginate.countrySourcePaths)).toEqual([]);
  });

  test('lists every outlet of a country whose page cuts an outlet list, for that country only', () => {
    const paths = countrySourcePaths(big, paginate.countrySourcePaths);
    expect(paths.map((p) => [p.params.id, p.params.page])).toEqual([['np', undefined]]);
    const rows = paths[0]?.props.page.data ?? [];
    expect(rows.length).toBe(COUNTRY_LIST_LIMIT + 2);
    expect(rows[0]).toEqual({ id: 'np-0', name: 'np-0', country: 'NP', articles: 2 });
  });

  test('paginates a long outlet list', () => {
    const many = siteData(
      Array.from({ length: PAGE_SIZE + 1 }, (_, i) => ({ countries: ['NP'], source: { outlet: `o-${i}` } })),
      [],
      [],
      [],
    );
    expect(countrySourcePaths(many, paginate.countrySourcePaths).map((p) => p.params.page)).toEqual([
      undefined,
      'page/2',
    ]);
  });
});

describe('sourceListPaths', () => {
  test('lists every outlet by name on pages of PAGE_SIZE, the first with no parameter', () => {
    const outlets = Array.from({ length: PAGE_SIZE + 2 }, (_, i) => makeOutlet(`outlet-${String(i).padStart(3, '0')}`));
    const many = siteData(
      [{ id: 'x', topics: ['casualties'], source: { outlet: 'outlet-000' } }],
      outlets,
      [makeTopic('casualties')],
      [],
    );
    const paths = sourceListPaths(many, paginate.sourceListPaths);
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'page/2']);
    expect(paths.map((p) => p.props.page.data.length)).toEqual([PAGE_SIZE, 2]);
    expect(paths[0]?.props.page.data[0]?.articles).toBe(1);
  });
});

describe('cache keys (incremental builds)', () => {
  const articles: ItemOverrides[] = [
    { id: 'a', countries: ['JO'], topics: ['casualties'], story: 'one', source: { outlet: 'bbc' } },
    { id: 'b', countries: ['JO'], topics: ['casualties'], story: 'one', source: { outlet: 'bbc' } },
    { id: 'c', countries: ['IQ'], topics: ['casualties'], source: { outlet: 'bbc' } },
  ];
  const vocab = (name = 'BBC') =>
    [[makeOutlet('bbc', { name })], [makeTopic('casualties')], [makeStory('one')]] as const;
  const keyed = (site: SiteData) => ({
    article: new Map(articlePaths(site).map((p) => [p.params.slug, p.cacheKey])),
    country: new Map(
      countryPaths(site, paginate.countryPaths).map((p) => [`${p.params.id}/${p.params.page ?? ''}`, p.cacheKey]),
    ),
    list: articleListPaths(site, paginate.articleListPaths).map((p) => p.cacheKey),
    story: storyPaths(site).map((p) => p.cacheKey),
  });
  const base = keyed(siteData(articles, ...vocab()));

  test('are the same when nothing changed', () => {
    expect(keyed(siteData(articles, ...vocab()))).toEqual(base);
  });

  test('an edited article changes its own page, its story siblings, its country and the lists, nothing else', () => {
    const edited = articles.map((a) => (a.id === 'b' ? { ...a, title: 'A corrected headline' } : a));
    const after = keyed(siteData(edited, ...vocab()));
    expect(after.article.get('b')).not.toBe(base.article.get('b'));
    expect(after.article.get('a'), 'shows b under other coverage').not.toBe(base.article.get('a'));
    expect(after.article.get('c')).toBe(base.article.get('c'));
    expect(after.country.get('jo/')).not.toBe(base.country.get('jo/'));
    expect(after.country.get('iq/')).toBe(base.country.get('iq/'));
    expect(after.list).not.toEqual(base.list);
    expect(after.story).not.toEqual(base.story);
  });

  test('a renamed outlet changes every page that names it', () => {
    const after = keyed(siteData(articles, ...vocab('BBC News')));
    for (const id of ['a', 'b', 'c']) expect(after.article.get(id)).not.toBe(base.article.get(id));
    expect(after.country.get('iq/')).not.toBe(base.country.get('iq/'));
  });

  test("an article's part of the search index is in its props and its key: a year passing QUARTERS_ABOVE changes it", () => {
    const dated = (n: number, year: string) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${year}-${i}`,
        source: { outlet: 'bbc', published: `${year}-05-0${1 + (i % 9)}` },
      }));
    const old = { id: 'old', source: { outlet: 'bbc', published: '2019-02-01' } };
    const pathsOf = (n: number) =>
      new Map(articlePaths(siteData([old, ...dated(n, '2025')], ...vocab())).map((p) => [p.params.slug, p]));
    const whole = pathsOf(QUARTERS_ABOVE);
    const split = pathsOf(QUARTERS_ABOVE + 1);
    expect(whole.get('2025-0')?.props.part).toBe('2025');
    expect(split.get('2025-0')?.props.part).toBe('2025-q2');
    expect(split.get('2025-0')?.cacheKey).not.toBe(whole.get('2025-0')?.cacheKey);
    expect(split.get('old')?.props.part).toBe('2019');
    expect(split.get('old')?.cacheKey, 'another year is not rebuilt').toBe(whole.get('old')?.cacheKey);
  });

  test('a changed body (its digest) changes the page', () => {
    const site = siteData(articles, ...vocab());
    const before = articlePaths(site).find((p) => p.params.slug === 'c')?.cacheKey;
    const redigested = { ...site, articles: site.articles.map((a) => (a.id === 'c' ? { ...a, digest: 'new' } : a)) };
    const after = articlePaths(redigested as SiteData).find((p) => p.params.slug === 'c')?.cacheKey;
    expect(after).not.toBe(before);
  });
});
