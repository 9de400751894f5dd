import { describe, expect, test } from 'vitest';
import { parseMarkdownOrThrow } from '../../src/content-files/index.ts';
import {
  articleTemplate,
  cleanSourceUrl,
  looksLikeAmp,
  parseSourceUrl,
  publishedFromPath,
  recogniseOutlet,
  slugFromTitle,
  slugFromUrl,
  type KnownOutlet,
} from '../../src/cli/new/template.ts';
import { readCase, NOW } from '../helpers/content.ts';
import { checkSummary } from '../../src/content-files/validate/body.ts';

/** A scaffold parsed as the validator reads it (as loose as gray-matter's own result, for the assertions). */
const parse = (text: string) =>
  parseMarkdownOrThrow(text) as { data: { source: { [key: string]: unknown }; [key: string]: unknown }; body: string };

describe('parseSourceUrl', () => {
  test('accepts http and https URLs', () => {
    expect(parseSourceUrl('https://example.org/news/story').href).toBe('https://example.org/news/story');
    expect(parseSourceUrl('http://example.org/').protocol).toBe('http:');
  });

  test('rejects ftp: and javascript: URLs', () => {
    expect(() => parseSourceUrl('ftp://example.org/file')).toThrow(/http/);
    expect(() => parseSourceUrl('javascript:alert(1)')).toThrow(/http/);
  });

  test('rejects text that is not a URL', () => {
    expect(() => parseSourceUrl('example.org/news')).toThrow(/not a URL/);
  });
});

describe('recogniseOutlet', () => {
  const outlets: KnownOutlet[] = [
    { id: 'bbc', homepage: 'https://www.bbc.co.uk/' },
    { id: 'bbc-russian', homepage: 'https://russian.bbc.co.uk/' },
    { id: 'example', homepage: 'https://example.org' },
    { id: 'no-homepage', homepage: undefined },
  ];

  test('matches the homepage host, ignoring www', () => {
    expect(recogniseOutlet(new URL('https://bbc.co.uk/news/1'), outlets)).toBe('bbc');
    expect(recogniseOutlet(new URL('https://www.example.org/a'), outlets)).toBe('example');
  });

  test('matches subdomains of the homepage host', () => {
    expect(recogniseOutlet(new URL('https://en.example.org/a'), outlets)).toBe('example');
  });

  test('prefers the longest matching host', () => {
    expect(recogniseOutlet(new URL('https://russian.bbc.co.uk/features/1'), outlets)).toBe('bbc-russian');
    expect(recogniseOutlet(new URL('https://russian.bbc.co.uk/x'), [...outlets].reverse())).toBe('bbc-russian');
  });

  test('does not match a host that only ends with the same letters', () => {
    expect(recogniseOutlet(new URL('https://notexample.org/a'), outlets)).toBeUndefined();
  });

  test("matches every host in an outlet's hosts list as well as its homepage's", () => {
    const bbc: KnownOutlet[] = [
      { id: 'bbc-news', homepage: 'https://www.bbc.co.uk/', hosts: ['bbc.com', 'bbc.co.uk'] },
    ];
    expect(recogniseOutlet(new URL('https://www.bbc.com/news/articles/c4ng7x1ydv1o'), bbc)).toBe('bbc-news');
    expect(recogniseOutlet(new URL('https://www.bbc.co.uk/news/world-africa-63627759'), bbc)).toBe('bbc-news');
    expect(recogniseOutlet(new URL('https://www.bbc.co.uk.example.net/news'), bbc)).toBeUndefined();
  });

  test('returns undefined for an unknown host', () => {
    expect(recogniseOutlet(new URL('https://unknown.net/'), outlets)).toBeUndefined();
  });
});

describe('slugFromUrl', () => {
  test('takes the last meaningful path segment and appends the outlet', () => {
    expect(
      slugFromUrl(new URL('https://example.org/news/2025/11/jordan-demands-russia-stop/12345'), 'the-national'),
    ).toBe('jordan-demands-russia-stop-the-national');
  });

  test('drops a file extension and lower-cases', () => {
    expect(slugFromUrl(new URL('https://example.org/World/Nepal_Bans_Permits.html'), undefined)).toBe(
      'nepal-bans-permits',
    );
  });

  test('keeps the ASCII letters of accented words', () => {
    expect(slugFromUrl(new URL('https://example.org/a/%C3%A9tudiants-recrut%C3%A9s'), 'lemonde')).toBe(
      'etudiants-recrutes-lemonde',
    );
  });

  test('falls back to the host when the path gives no words', () => {
    expect(slugFromUrl(new URL('https://example.org/'), undefined)).toBe('article-example-org');
    const bbc = new URL('https://www.bbc.com/news/articles/c4ng7x1ydv1o');
    expect(slugFromUrl(bbc, 'bbc-news')).toBe('article-bbc-com-bbc-news');
  });

  test('keeps a segment with a bare percent sign instead of failing', () => {
    expect(slugFromUrl(new URL('https://example.org/news/russia-offers-100%-bonus'), 'x')).toBe(
      'russia-offers-100-bonus-x',
    );
  });

  test('limits the slug to 60 characters without a trailing hyphen', () => {
    const slug = slugFromUrl(new URL(`https://example.org/${'word-'.repeat(30)}end`), undefined);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('articleTemplate', () => {
  const url = new URL('https://example.org/news/story?id=1&x=2');

  test('contains the added date and the source URL', () => {
    const text = articleTemplate({ url, outlet: 'example', today: '2026-01-05' });
    expect(text).toContain('added: "2026-01-05"');
    expect(text).toContain('url: "https://example.org/news/story?id=1&x=2"');
  });

  test('parses as frontmatter with the outlet, URL and date filled in', () => {
    const { data } = parse(articleTemplate({ url, outlet: 'example', today: '2026-01-05' }));
    expect(data['source']).toMatchObject({ outlet: 'example', url: url.href });
    expect(data['added']).toBe('2026-01-05');
    expect(data['topics']).toEqual([]);
    expect(data['source']).not.toHaveProperty('published');
  });

  test('leaves the outlet empty when it is not recognised', () => {
    expect(parse(articleTemplate({ url, outlet: undefined, today: '2026-01-05' })).data['source']['outlet']).toBe('');
  });

  test('fills the headline and the publication date when they are known', () => {
    const scaffold = { url, outlet: 'x', today: '2026-01-05', published: '2025-11', title: 'Our "headline"' };
    const { data } = parse(articleTemplate(scaffold));
    expect(data['title']).toBe('Our "headline"');
    expect(data['source']['published']).toBe('2025-11');
  });

  test('has the placeholder body that the validator refuses', async () => {
    const body = parse(articleTemplate({ url, outlet: 'x', today: '2026-01-05' })).body;
    const message = "the body is still the scaffold's placeholder: replace it with our summary";
    expect(checkSummary(body)).toEqual([{ line: 2, message }]);
    expect(await readCase('placeholder-body.md')).toContain(body.trim());
  });
});

describe('cleanSourceUrl', () => {
  test('strips tracking parameters and the fragment, keeping every other parameter as written', () => {
    const given = new URL('https://example.org/news/story?id=7&utm_source=x&utm_medium=rss&fbclid=abc&page=2#comments');
    expect(cleanSourceUrl(given).href).toBe('https://example.org/news/story?id=7&page=2');
    expect(cleanSourceUrl(new URL('https://example.org/a?q=a%20b#top')).href).toBe('https://example.org/a?q=a%20b');
  });

  test("unwraps Google's AMP cache addresses to the publisher's", () => {
    expect(cleanSourceUrl(new URL('https://www.google.com/amp/s/www.example.org/news/a-story/amp?gclid=1')).href).toBe(
      'https://www.example.org/news/a-story/amp',
    );
    expect(
      cleanSourceUrl(new URL('https://www-example-org.cdn.ampproject.org/c/s/www.example.org/a/b.amp.html')).href,
    ).toBe('https://www.example.org/a/b.amp.html');
  });

  test('tells AMP pages from canonical ones', () => {
    expect(looksLikeAmp(new URL('https://example.org/news/a-story/amp'))).toBe(true);
    expect(looksLikeAmp(new URL('https://example.org/news/a-story.amp.html'))).toBe(true);
    expect(looksLikeAmp(new URL('https://example.org/news/amplified-voices'))).toBe(false);
  });
});

describe('publishedFromPath', () => {
  const today = '2026-12-01';

  test('reads /yyyy/mm/dd/ and /yyyy/mm/', () => {
    const daily = new URL('https://example.org/news/2025/11/27/jordan-calls-on-russia/');
    expect(publishedFromPath(daily, today)).toBe('2025-11-27');
    expect(publishedFromPath(new URL('https://example.org/2025/11/jordan-calls-on-russia'), today)).toBe('2025-11');
  });

  test('ignores impossible dates, dates after today, and numbers that are not a date path', () => {
    expect(publishedFromPath(new URL('https://example.org/2025/02/30/story'), today)).toBeUndefined();
    expect(publishedFromPath(new URL('https://example.org/2025/13/story'), today)).toBeUndefined();
    expect(publishedFromPath(new URL('https://example.org/2027/01/02/story'), today)).toBeUndefined();
    expect(publishedFromPath(new URL('https://example.org/news/892421/2025-story'), today)).toBeUndefined();
    expect(publishedFromPath(new URL('https://example.org/2025/11'), NOW.toISOString().slice(0, 10))).toBe('2025-11');
  });
});

describe('slugFromTitle', () => {
  test('makes the slug from our headline, cut at a word, ending with the outlet', () => {
    expect(slugFromTitle("Russia's recruiters: Nepal bans permits — again", 'kathmandu-post')).toBe(
      'russias-recruiters-nepal-bans-permits-again-kathmandu-post',
    );
    const headline = 'Jordan asks Moscow to stop recruiting Jordanians after two citizens were killed fighting';
    const long = slugFromTitle(headline, 'lbci');
    expect(long).toBe('jordan-asks-moscow-to-stop-recruiting-jordanians-after-two-lbci');
  });

  test('refuses a headline with nothing to make a slug from', () => {
    expect(() => slugFromTitle('—', undefined)).toThrow(/no letters or digits/);
  });
});
