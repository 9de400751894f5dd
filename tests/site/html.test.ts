import { describe, expect, inject, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import {
  aboutPath,
  articlePath,
  articlesPath,
  countryPath,
  figuresPath,
  homePath,
  searchPath,
  sourcePath,
  storyPath,
  topicPath,
} from '../../src/lib/paths.ts';
import type { ArticleItem } from '../../src/lib/types.ts';
import { readPage } from '../helpers/dist.ts';
import { loadContent } from './support.ts';

const siteDir = inject('siteDir');

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Article pages are titled with the editor's headline (up to 160 characters by the schema) plus the site name;
    // a long <title> is an editorial choice that search engines truncate, not a markup error.
    'long-title': 'off',
  },
});

/** The key most articles share for `keys`, ties broken alphabetically. */
function mostCommon(articles: readonly ArticleItem[], keys: (a: ArticleItem) => string[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) for (const k of new Set(keys(a))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!top) throw new Error('the content has no articles to pick pages from');
  return top[0];
}

/** One page of every page type, each the fullest of its kind (most figures, most articles). */
async function samplePages(): Promise<string[]> {
  const { articles } = await loadContent();
  const fullest = [...articles].sort(
    (a, b) =>
      (b.data.figures?.length ?? 0) + (b.data.story ? 1 : 0) - (a.data.figures?.length ?? 0) - (a.data.story ? 1 : 0),
  )[0];
  const pages = [
    homePath(),
    articlesPath(),
    articlePath(fullest?.id ?? ''),
    countryPath(),
    countryPath(mostCommon(articles, (a) => a.data.countries)),
    // Key figures: a country page with claims charts, and the comparison across countries.
    countryPath('NP'),
    figuresPath(),
    sourcePath(),
    sourcePath(mostCommon(articles, (a) => [a.data.source.outlet])),
    topicPath(),
    topicPath(mostCommon(articles, (a) => a.data.topics)),
    storyPath(),
    storyPath(mostCommon(articles, (a) => (a.data.story ? [a.data.story] : []))),
    aboutPath(),
    searchPath(),
    '/404.html',
  ];
  // The second page of the article list, when there is one (it renders the pagination in both directions).
  return existsSync(join(siteDir, articlesPath(2))) ? [...pages, articlesPath(2)] : pages;
}

/** One line per problem, readable in a failure. */
const describeMessage = (path: string, m: Message) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`;

describe('HTML validity', () => {
  test('one page of every type has no html-validate errors or warnings', async () => {
    const pages = await samplePages();
    expect(pages.length).toBeGreaterThanOrEqual(14);
    const problems: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(await readPage(siteDir, path), path);
      for (const result of report.results) problems.push(...result.messages.map((m) => describeMessage(path, m)));
    }
    expect(problems).toEqual([]);
  });

  test('the validator, as configured, rejects broken markup', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p><a href="#">x</a><a href="#">x</a><img src="a.png"></body></html>',
    );
    expect(report.valid).toBe(false);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('wcag/h37');
  });
});
