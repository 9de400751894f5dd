import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schema/index.ts';
import { mayFollow } from '../../src/schema/article.ts';
import { articleInput, makeArticle } from '../helpers/factories.ts';

/** Each issue as "path: message". */
function issues(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('makeArticle', () => {
  test('returns data parsed by the real schema', () => {
    const article = makeArticle({ title: '  Padded headline  ' });
    expect(article.title).toBe('Padded headline');
    expect(article.source.outlet).toBe('example-gazette');
    expect(article.topics).toEqual(['recruitment-networks']);
  });

  test('merges source overrides and drops keys set to undefined', () => {
    const article = makeArticle({ source: { published: undefined, title: 'Заголовок' }, story: 'fixture-story-one' });
    expect(article.source.published).toBeUndefined();
    expect(article.source.title).toBe('Заголовок');
    expect(article.source.url).toBe('https://www.example.org/news/factory-fixture');
    expect(article.story).toBe('fixture-story-one');
  });

  test('throws when the overrides make the article invalid', () => {
    expect(() => makeArticle({ countries: ['jo'] })).toThrow(/upper case/);
  });
});

describe('articleSchema', () => {
  test('accepts an article with every optional field', () => {
    const article = makeArticle({
      source: { title: 'تقرير', archived: 'https://archive.example.com/x' },
      story: 'fixture-story-one',
      draft: true,
      figures: [
        {
          value: 3,
          measure: 'killed',
          what: 'Fixture figure',
          claimant: 'Fixture NGO',
          basis: 'official',
          span: 'total',
          side: 'russia',
          country: 'NP',
          as_of: '2025',
        },
      ],
    });
    expect(article.figures?.[0]?.country).toBe('NP');
    expect(article.draft).toBe(true);
  });

  test('stores dates that YAML parsed as Date objects as strings', () => {
    const article = makeArticle({ added: new Date(Date.UTC(2026, 0, 10)), source: { published: 2024 } });
    expect(article.added).toBe('2026-01-10');
    expect(article.source.published).toBe('2024');
  });

  test.each(['title', 'summary', 'source', 'countries', 'topics', 'added'])('requires %s', (key) => {
    expect(issues(articleInput({ [key]: undefined })).map((i) => i.split(':')[0])).toEqual([key]);
  });

  test.each(['outlet', 'url', 'language'])('requires source.%s', (key) => {
    expect(issues(articleInput({ source: { [key]: undefined } })).map((i) => i.split(':')[0])).toEqual([
      `source.${key}`,
    ]);
  });

  test('rejects an unknown key such as a misspelt "contries"', () => {
    const result = articleSchema.safeParse({ ...articleInput(), contries: ['JO'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['contries'] }),
    );
  });

  test('rejects an unknown key inside source', () => {
    expect(issues(articleInput({ source: { publisher: 'x' } }))[0]).toMatch(/^source: .*publisher/);
  });

  test('rejects topics given as a string, and an empty topic list', () => {
    expect(issues(articleInput({ topics: 'casualties' }))).toEqual(['topics: expected a list of topic ids']);
    expect(issues(articleInput({ topics: [] }))).toEqual(['topics: at least one topic is required']);
  });

  test('rejects countries given as a string and bad codes inside the list', () => {
    expect(issues(articleInput({ countries: 'JO' }))).toEqual(['countries: expected a list of country codes']);
    expect(issues(articleInput({ countries: ['JO', 'jo'] }))).toEqual([
      'countries.1: country code must be upper case: "JO"',
    ]);
  });

  test('accepts an empty countries list (a regional article)', () => {
    expect(makeArticle({ countries: [] }).countries).toEqual([]);
  });

  test('rejects unsafe or malformed source URLs', () => {
    expect(issues(articleInput({ source: { url: 'javascript:alert(1)' } }))).toEqual([
      'source.url: expected an absolute http:// or https:// URL',
    ]);
    expect(issues(articleInput({ source: { archived: 'ftp://example.org/x' } }))).toEqual([
      'source.archived: expected an absolute http:// or https:// URL',
    ]);
  });

  test('requires a full date for added', () => {
    expect(issues(articleInput({ added: '2026-01' }))).toEqual(['added: expected YYYY-MM-DD']);
  });

  test('rejects a non-boolean draft and a story id that is not kebab-case', () => {
    expect(issues(articleInput({ draft: 'yes' }))).toEqual(['draft: expected true or false']);
    expect(issues(articleInput({ story: 'Fixture Story' }))[0]).toMatch(/^story: expected a lower-case kebab-case id/);
  });

  test('limits the length of title and summary', () => {
    expect(issues(articleInput({ title: 'x'.repeat(161) }))).toEqual(['title: must be at most 160 characters']);
    expect(issues(articleInput({ summary: 'x'.repeat(301) }))).toEqual(['summary: must be at most 300 characters']);
    expect(makeArticle({ title: 'x'.repeat(160) }).title).toHaveLength(160);
  });
});

describe('copies, author and corrections', () => {
  const copy = {
    outlet: 'wtop',
    url: 'https://wtop.com/x',
    title: 'AP headline',
    published: '2025-11-28',
    language: 'en',
  };

  test('accepts the wire author, copies with their own headline and date, and corrections', () => {
    const article = makeArticle({
      source: { author: 'Associated Press' },
      copies: [copy, { outlet: 'japan-today', url: 'https://japantoday.com/y' }],
      updated: '2026-02-01',
      corrections: [{ date: '2026-02-01', note: 'The claimant is a security source, not a court source.' }],
    });
    expect(article.source.author).toBe('Associated Press');
    expect(article.copies).toHaveLength(2);
    expect(article.corrections?.[0]?.date).toBe('2026-02-01');
  });

  test('refuses a copy with a non-http URL, an unknown key, a bad outlet id or a partial date that is not real', () => {
    expect(issues(articleInput({ copies: [{ ...copy, url: 'javascript:alert(1)' }] }))).toEqual([
      'copies.0.url: expected an absolute http:// or https:// URL',
    ]);
    expect(issues(articleInput({ copies: [{ ...copy, via: 'AP' }] }))).toEqual(['copies.0: Unrecognized key: "via"']);
    expect(issues(articleInput({ copies: [{ ...copy, outlet: 'WTOP' }] }))[0]).toMatch(
      /^copies\.0\.outlet: expected a lower-case/,
    );
    expect(issues(articleInput({ copies: [{ ...copy, published: '2025-02-30' }] }))).toEqual([
      'copies.0.published: not a real calendar date',
    ]);
    expect(issues(articleInput({ copies: 'https://wtop.com/x' }))).toEqual(['copies: expected a list of copies']);
  });

  test('refuses an empty author and a correction without a note or with a partial date', () => {
    expect(issues(articleInput({ source: { author: ' ' } }))).toEqual(['source.author: must not be empty']);
    expect(issues(articleInput({ corrections: [{ date: '2026-02', note: 'x' }] }))).toEqual([
      'corrections.0.date: expected YYYY-MM-DD',
    ]);
    expect(issues(articleInput({ corrections: [{ date: '2026-02-01' }] }))[0]).toMatch(/^corrections\.0\.note: /);
  });
});

describe('articleSchema summaries', () => {
  test('accepts a summary in a known locale', () => {
    const article = makeArticle({ summaries: { ne: 'नेपाली सारांश।', ar: 'ملخص بالعربية.' } });
    expect(article.summaries).toEqual({ ne: 'नेपाली सारांश।', ar: 'ملخص بالعربية.' });
  });

  test('refuses an unknown locale', () => {
    expect(issues(articleInput({ summaries: { de: 'Eine Zusammenfassung.' } })).join('\n')).toMatch(
      /summaries.*(locale|key)/i,
    );
  });

  test('refuses an empty summary', () => {
    expect(issues(articleInput({ summaries: { fr: '   ' } }))).toContain('summaries.fr: must not be empty');
  });

  test('refuses a summary identical to the English one', () => {
    const input = articleInput({});
    const english = (input as { summary: string }).summary;
    expect(issues(articleInput({ summaries: { es: english } }))).toEqual([
      'summaries.es: the es summary is the English one: translate it, or leave it out',
    ]);
  });
});

describe('date bounds and dates in another calendar', () => {
  test('keeps the printed date and the bound', () => {
    const source = { published: undefined, published_original: '२०८१ असार १५', not_before: '2024-06' };
    const article = makeArticle({ source });
    expect(article.source.published_original).toBe('२०८१ असार १५');
    expect(article.source.not_before).toBe('2024-06');
  });

  test('accepts a date on or after its bound, at any precision', () => {
    for (const [published, bound] of [
      ['2024-06-01', '2024-06'],
      ['2024', '2024-06'],
      ['2025-01', '2024-12-31'],
    ]) {
      expect(issues(articleInput({ source: { published, not_before: bound } }))).toEqual([]);
    }
  });

  test('refuses a date before its bound', () => {
    expect(issues(articleInput({ source: { published: '2024-05-30', not_before: '2024-06' } }))).toEqual([
      'source.not_before: the source is dated 2024-05-30, before its bound 2024-06: correct one of them',
    ]);
  });

  test('keeps how an inferred date was worked out, and refuses a basis with no date', () => {
    const basis = 'the page says "yesterday" of the arrests the CBI announced on 2024-05-07';
    const article = makeArticle({ source: { published: '2024-05', date_basis: basis } });
    expect(article.source.date_basis).toBe(basis);
    expect(issues(articleInput({ source: { published: undefined, date_basis: basis } }))).toEqual([
      'source.date_basis: a date basis explains a date: add source.published, or leave the basis out',
    ]);
  });

  test('refuses an impossible bound', () => {
    expect(issues(articleInput({ source: { not_before: '2024-02-30' } }))).toEqual([
      'source.not_before: not a real calendar date',
    ]);
  });
});

describe('mayFollow', () => {
  test('compares at the shorter precision', () => {
    expect(mayFollow('2024', '2024-06')).toBe(true);
    expect(mayFollow('2024-05', '2024-06')).toBe(false);
    expect(mayFollow('2023-12-31', '2024')).toBe(false);
  });
});
