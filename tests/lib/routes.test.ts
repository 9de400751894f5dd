import { describe, expect, test } from 'vitest';
import type { SiteData } from '../../src/lib/content.ts';
import {
  articleListPaths,
  articlePaths,
  countryDetails,
  countryFiguresPaths,
  countryPaths,
  sourceListPaths,
  sourcePaths,
  storyListPaths,
  storyPaths,
  topicPaths,
} from '../../src/lib/routes.ts';
import { PAGE_SIZE } from '../../src/lib/paginate.ts';
import { makeItem, makeOutlet, makeStory, makeTopic, type ItemOverrides } from './support.ts';

type Fixture = { id: string; data: unknown };

/** A SiteData built from fixtures; content.ts itself needs astro:content, so only its type is used. */
function siteData(articles: ItemOverrides[], outlets: Fixture[], topics: Fixture[], stories: Fixture[]): SiteData {
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
    const paths = articleListPaths(many);
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'page/2', 'page/3']);
    expect(paths.map((p) => p.props.page.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
  });
});

describe('countryPaths', () => {
  test('gives each country with articles a lower-case page', () => {
    const paths = countryPaths(data);
    expect(paths.map((p) => [p.params.id, p.params.page, p.props.key, p.props.page.count])).toEqual([
      ['iq', undefined, 'IQ', 2],
      ['jo', undefined, 'JO', 2],
    ]);
  });

  test('splits a large country into pages', () => {
    const many = siteData(
      Array.from({ length: PAGE_SIZE + 1 }, () => ({ countries: ['NP'] })),
      [],
      [],
      [],
    );
    expect(countryPaths(many).map((p) => p.params)).toEqual([
      { id: 'np', page: undefined },
      { id: 'np', page: 'page/2' },
    ]);
  });
});

describe('sourcePaths', () => {
  test('gives every outlet a page, including outlets without articles', () => {
    const paths = sourcePaths(data);
    expect(paths.map((p) => [p.params.id, p.props.page.count])).toEqual([
      ['bbc', 2],
      ['the-national', 1],
      ['idle', 0],
    ]);
  });
});

describe('topicPaths', () => {
  test('gives every topic a page, including unused topics', () => {
    expect(topicPaths(data).map((p) => [p.params.id, p.props.page.count])).toEqual([
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
    expect(details.based).toEqual(['the-national']);
    expect(details.elsewhere).toEqual(['bbc']);
    expect(details.outlets).toBe(2);
    expect(details.stories.map((s) => s.id)).toEqual(['one']);
  });

  test('keeps only the figures about the country', () => {
    const articles = data.articles.filter((a) => a.data.countries.includes('IQ'));
    expect(countryDetails(data, 'IQ', articles).ledger.map((r) => r.id)).toEqual(['c#1']);
  });
});

describe('storyListPaths', () => {
  test('lists every story, including one without articles, on a first page with no parameter', () => {
    const paths = storyListPaths(data);
    expect(paths.map((p) => p.params.page)).toEqual([undefined]);
    expect(paths[0]?.props.page.items.map((r) => [r.story.id, r.articles]).sort()).toEqual([
      ['empty', 0],
      ['one', 2],
    ]);
  });
});

describe('countryFiguresPaths', () => {
  test('gives no separate ledger pages while every ledger fits on the country page', () => {
    expect(countryFiguresPaths(data)).toEqual([]);
  });

  test('paginates a ledger longer than a page, for that country only', () => {
    const figures = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => ({
      value: i,
      measure: 'killed',
      what: 'Killed',
      claimant: 'Ministry',
      basis: 'official',
      span: 'total',
      side: 'russia',
      country: 'IQ',
    }));
    const big = siteData(
      [{ id: 'many', countries: ['IQ', 'JO'], topics: ['casualties'], source: { outlet: 'bbc' }, figures }],
      [makeOutlet('bbc')],
      [makeTopic('casualties')],
      [],
    );
    const paths = countryFiguresPaths(big);
    expect(paths.map((p) => [p.params.id, p.params.page])).toEqual([
      ['iq', undefined],
      ['iq', 'page/2'],
    ]);
    expect(paths.map((p) => p.props.page.items.length)).toEqual([PAGE_SIZE, 1]);
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
    const paths = sourceListPaths(many);
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'page/2']);
    expect(paths.map((p) => p.props.page.items.length)).toEqual([PAGE_SIZE, 2]);
    expect(paths[0]?.props.page.items[0]?.articles).toBe(1);
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
    country: new Map(countryPaths(site).map((p) => [`${p.params.id}/${p.params.page ?? ''}`, p.cacheKey])),
    list: articleListPaths(site).map((p) => p.cacheKey),
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

  test('a changed body (its digest) changes the page', () => {
    const site = siteData(articles, ...vocab());
    const before = articlePaths(site).find((p) => p.params.slug === 'c')?.cacheKey;
    const redigested = { ...site, articles: site.articles.map((a) => (a.id === 'c' ? { ...a, digest: 'new' } : a)) };
    const after = articlePaths(redigested as SiteData).find((p) => p.params.slug === 'c')?.cacheKey;
    expect(after).not.toBe(before);
  });
});
