import { describe, expect, test } from 'vitest';
import { citationMeta, citations, reportErrorHref } from '../../src/lib/cite.ts';
import { makeItem } from './support.ts';

const SITE = 'https://example.org';

describe('citations', () => {
  test('cites our entry and the original with its author, headline, date at its precision and URL', () => {
    const article = makeItem({
      id: 'x',
      title: 'Our headline',
      added: '2026-12-01',
      source: {
        outlet: 'wtop',
        url: 'https://wtop.com/a',
        title: 'Their headline',
        published: '2025-11',
        author: 'Associated Press',
      },
    });
    expect(citations(article, 'WTOP', SITE, 'Monitor')).toEqual({
      entry: 'Monitor. "Our headline". Added 1 December 2026. https://example.org/articles/x/',
      original: 'Associated Press. "Their headline". WTOP. November 2025. https://wtop.com/a',
    });
  });

  test('says so when the headline or date is unknown, and names the outlet when there is no author', () => {
    const article = makeItem({
      source: { outlet: 'bbc', url: 'https://bbc.com/a', title: undefined, published: undefined },
    });
    expect(citations(article, 'BBC', SITE, 'Monitor').original).toBe(
      'BBC. [headline not recorded]. date unknown. https://bbc.com/a',
    );
  });
});

describe('citationMeta', () => {
  test('gives the title, our name, the dates added and last changed, and the address', () => {
    const article = makeItem({
      id: 'x',
      title: 'T',
      added: '2026-01-05',
      corrections: [{ date: '2026-02-01', note: 'n' }],
    });
    expect(citationMeta(article, SITE, 'Monitor')).toEqual(
      expect.arrayContaining([
        { name: 'citation_title', content: 'T' },
        { name: 'citation_author', content: 'Monitor' },
        { name: 'citation_publication_date', content: '2026/01/05' },
        { name: 'citation_online_date', content: '2026/02/01' },
        { name: 'citation_public_url', content: 'https://example.org/articles/x/' },
      ]),
    );
  });
});

describe('reportErrorHref', () => {
  test('opens a message to the contact with the page address in it', () => {
    const href = reportErrorHref('fix@example.org', 'https://example.org/articles/x/', 'T & U');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('fix@example.org');
    expect(url.searchParams.get('subject')).toBe('Error on: T & U');
    expect(url.searchParams.get('body')).toContain('Page: https://example.org/articles/x/');
  });
});
