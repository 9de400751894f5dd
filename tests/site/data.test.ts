import { describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articlePath } from '../../src/lib/paths.ts';
import { absolute, loadContent, parseCsv } from './support.ts';

const siteDir = inject('siteDir');

type Row = Record<string, unknown>;

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(join(siteDir, path), 'utf8')) as T;
}

/** Every figure in the content: its stable id, the figure and its article. */
async function contentFigures() {
  const { articles } = await loadContent();
  return articles.flatMap((article) =>
    (article.data.figures ?? []).map((figure, i) => ({ id: `${article.id}#${i + 1}`, figure, article })),
  );
}

/** How a JSON value is written in the CSV: empty for null, text as is, a formula-like text cell prefixed with "'". */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('/data/articles.json', () => {
  test('has one record per published article, newest first, with its URL and frontmatter', async () => {
    const { articles } = await loadContent();
    const records = await readJson<Row[]>('data/articles.json');
    expect(records.map((r) => r['id'])).toEqual(articles.map((a) => a.id));
    articles.forEach((article, i) => {
      const expected = JSON.parse(
        JSON.stringify({ id: article.id, url: absolute(articlePath(article.id)), ...article.data }),
      ) as Row;
      expect(records[i], article.id).toEqual(expected);
    });
  });
});

describe('/data/figures.json', () => {
  test('has one row per figure in the content, with stable "<slug>#<n>" ids', async () => {
    const figures = await contentFigures();
    const rows = await readJson<Row[]>('data/figures.json');
    expect(rows.length).toBe(figures.length);
    expect(rows.map((r) => r['id']).sort()).toEqual(figures.map((f) => f.id).sort());
  });

  test('gives each figure its values, claimant, article URL and source URL', async () => {
    const byId = new Map((await contentFigures()).map((f) => [f.id, f]));
    for (const row of await readJson<Row[]>('data/figures.json')) {
      const entry = byId.get(String(row['id']));
      expect(entry, String(row['id'])).toBeDefined();
      const { figure, article } = entry ?? ({} as never);
      expect(row, String(row['id'])).toMatchObject({
        value: figure.value ?? null,
        min: figure.min ?? null,
        max: figure.max ?? null,
        measure: figure.measure,
        what: figure.what,
        claimant: figure.claimant,
        country: figure.country ?? null,
        as_of: figure.as_of ?? null,
        basis: figure.basis,
        span: figure.span,
        period: figure.period ?? null,
        side: figure.side,
        article_url: absolute(articlePath(article.id)),
        source_url: article.data.source.url,
      });
    }
  });
});

describe('/data/figures.csv', () => {
  test('parses as RFC 4180 CSV and matches figures.json row for row', async () => {
    const json = await readJson<Row[]>('data/figures.json');
    const text = await readFile(join(siteDir, 'data/figures.csv'), 'utf8');
    expect(text.endsWith('\r\n'), 'records end in CRLF').toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(json.length).toBeGreaterThan(0);
    expect(header).toEqual(Object.keys(json[0] ?? {}));
    expect(rows.length).toBe(json.length);
    rows.forEach((row, i) => {
      expect(row.length, `row ${i + 1}`).toBe(header?.length);
      const expected = (header ?? []).map((column) => csvCell(json[i]?.[column]));
      expect(row, String(json[i]?.['id'])).toEqual(expected);
    });
  });
});

describe('parseCsv', () => {
  test('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n,,\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
      ['', '', ''],
    ]);
  });

  test('refuses an unclosed quote', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/unclosed/);
  });
});
