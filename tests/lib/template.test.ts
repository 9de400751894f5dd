import { describe, expect, test } from 'vitest';
import matter from 'gray-matter';
import { articleTemplate, parseSourceUrl, recogniseOutlet, slugFromUrl, type KnownOutlet } from '../../src/cli/new/template.ts';

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

  test('returns undefined for an unknown host', () => {
    expect(recogniseOutlet(new URL('https://unknown.net/'), outlets)).toBeUndefined();
  });
});

describe('slugFromUrl', () => {
  test('takes the last meaningful path segment and appends the outlet', () => {
    expect(slugFromUrl(new URL('https://example.org/news/2025/11/jordan-demands-russia-stop/12345'), 'the-national')).toBe('jordan-demands-russia-stop-the-national');
  });

  test('drops a file extension and lower-cases', () => {
    expect(slugFromUrl(new URL('https://example.org/World/Nepal_Bans_Permits.html'), undefined)).toBe('nepal-bans-permits');
  });

  test('keeps the ASCII letters of accented words', () => {
    expect(slugFromUrl(new URL('https://example.org/a/%C3%A9tudiants-recrut%C3%A9s'), 'lemonde')).toBe('etudiants-recrutes-lemonde');
  });

  test('falls back to the host when the path gives no slug', () => {
    expect(slugFromUrl(new URL('https://www.aljazeera.net/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86'), 'al-jazeera')).toBe('article-aljazeera-net-al-jazeera');
    expect(slugFromUrl(new URL('https://example.org/'), undefined)).toBe('article-example-org');
  });

  test('keeps a segment with a bare percent sign instead of failing', () => {
    expect(slugFromUrl(new URL('https://example.org/news/russia-offers-100%-bonus'), 'x')).toBe('russia-offers-100-bonus-x');
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
    const text = articleTemplate(url, 'example', '2026-01-05');
    expect(text).toContain('added: "2026-01-05"');
    expect(text).toContain('url: "https://example.org/news/story?id=1&x=2"');
  });

  test('parses as frontmatter with the outlet, URL and date filled in', () => {
    const { data } = matter(articleTemplate(url, 'example', '2026-01-05'));
    expect(data['source']).toMatchObject({ outlet: 'example', url: url.href });
    expect(data['added']).toBe('2026-01-05');
    expect(data['topics']).toEqual([]);
  });

  test('leaves the outlet empty when it is not recognised', () => {
    expect(matter(articleTemplate(url, undefined, '2026-01-05')).data['source']['outlet']).toBe('');
  });
});
