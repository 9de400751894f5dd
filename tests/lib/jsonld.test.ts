import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { articleJsonLd, serialiseJsonLd } from '../../src/lib/jsonld.ts';
import { SITE_NAME } from '../../src/lib/site.ts';
import { makeItem } from './support.ts';

const SITE = 'https://example.org';

describe('articleJsonLd', () => {
  const article = makeItem({
    id: 'jordan-demands',
    title: 'Jordan demands an end to recruitment',
    summary: 'Amman summoned the ambassador.',
    added: '2026-01-05',
    countries: ['JO', 'IQ'],
    source: { url: 'https://thenational.ae/x', language: 'ar', title: 'الأردن يطالب', published: '2025-11-28' },
  });

  test('describes our page as a NewsArticle based on the original', () => {
    const [news] = articleJsonLd(article, 'The National', SITE);
    expect(news).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Jordan demands an end to recruitment',
      description: 'Amman summoned the ambassador.',
      url: 'https://example.org/articles/jordan-demands/',
      mainEntityOfPage: 'https://example.org/articles/jordan-demands/',
      inLanguage: 'en',
      dateCreated: '2026-01-05',
      datePublished: '2026-01-05',
      dateModified: '2026-01-05',
      isBasedOn: {
        '@type': 'NewsArticle',
        url: 'https://thenational.ae/x',
        publisher: { '@type': 'Organization', name: 'The National' },
        inLanguage: 'ar',
        headline: 'الأردن يطالب',
        datePublished: '2025-11-28',
      },
      publisher: { '@type': 'Organization', name: SITE_NAME },
      about: [
        { '@type': 'Country', identifier: 'JO' },
        { '@type': 'Country', identifier: 'IQ' },
      ],
    });
  });

  test('leaves out the original headline and date when they are unknown', () => {
    const [news] = articleJsonLd(makeItem({ source: { title: undefined, published: undefined } }), 'X', SITE) as [
      { isBasedOn: object },
    ];
    expect(news.isBasedOn).not.toHaveProperty('headline');
    expect(news.isBasedOn).not.toHaveProperty('datePublished');
  });

  test('adds breadcrumbs from home through the articles list to the page', () => {
    const [, crumbs] = articleJsonLd(article, 'The National', SITE) as [
      object,
      { itemListElement: { position: number; name: string; item: string }[] },
    ];
    expect(crumbs.itemListElement.map(({ position, name, item }) => [position, name, item])).toEqual([
      [1, 'Home', 'https://example.org/'],
      [2, 'Articles', 'https://example.org/articles/'],
      [3, 'Jordan demands an end to recruitment', 'https://example.org/articles/jordan-demands/'],
    ]);
  });
});

describe('serialiseJsonLd', () => {
  test("escapes '<' so '</script>' cannot appear", () => {
    const out = serialiseJsonLd({ headline: 'Bad </script><script>alert(1)</script> & <!-- x' });
    expect(out).not.toContain('</script');
    expect(out).not.toContain('<');
    expect(out).not.toContain('<!--');
  });

  test('round-trips any value through JSON.parse with no < > or & left in the text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = serialiseJsonLd(value);
        expect(/[<>&]/.test(out)).toBe(false);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  test('round-trips text built from script-closing fragments', () => {
    const piece = fc.constantFrom('<', '>', '&', '/', 'script', '\\', '"', '</script>', '<!--', 'a');
    fc.assert(
      fc.property(
        fc.array(piece).map((parts) => parts.join('')),
        (text) => {
          const out = serialiseJsonLd({ text });
          expect(out.toLowerCase()).not.toContain('</script');
          expect(JSON.parse(out)).toEqual({ text });
        },
      ),
    );
  });

  test('dates a corrected entry by its last correction', () => {
    const corrected = makeItem({
      added: '2026-01-05',
      corrections: [{ date: '2026-02-03', note: 'Fixed a claimant.' }],
    });
    const [news] = articleJsonLd(corrected, 'The National', 'https://example.org') as Record<string, unknown>[];
    expect(news).toMatchObject({ dateCreated: '2026-01-05', dateModified: '2026-02-03' });
  });
});
