import { describe, expect, test } from 'vitest';
import * as paths from '../../src/lib/paths.ts';

describe('contentDir', () => {
  test('defaults to ./content when no override is set', () => {
    expect(paths.contentDir(undefined)).toBe('./content');
    expect(paths.contentDir('  ')).toBe('./content');
  });

  test('uses the override without trailing slashes', () => {
    expect(paths.contentDir('/tmp/corpus//')).toBe('/tmp/corpus');
  });
});

describe('articleIdFromPath', () => {
  test('drops the year folder and the .md extension', () => {
    expect(paths.articleIdFromPath('2025/jordan-demands-the-national.md')).toBe('jordan-demands-the-national');
    expect(paths.articleIdFromPath('undated/some-story.MD')).toBe('some-story');
    expect(paths.articleIdFromPath('plain')).toBe('plain');
  });
});

describe('page paths', () => {
  test('build every directory URL with a trailing slash', () => {
    expect(paths.homePath()).toBe('/');
    expect(paths.articlePath('a-slug')).toBe('/articles/a-slug/');
    expect(paths.articlesPath()).toBe('/articles/');
    expect(paths.articlesPath(1)).toBe('/articles/');
    expect(paths.articlesPath(4)).toBe('/articles/page/4/');
    expect(paths.sourcePath()).toBe('/sources/');
    expect(paths.sourcePath('the-national')).toBe('/sources/the-national/');
    expect(paths.topicPath()).toBe('/topics/');
    expect(paths.topicPath('casualties')).toBe('/topics/casualties/');
    expect(paths.storyPath()).toBe('/stories/');
    expect(paths.storyPath('one')).toBe('/stories/one/');
    expect(paths.searchPath()).toBe('/search/');
    expect(paths.aboutPath()).toBe('/about/');
    expect(paths.figuresPath()).toBe('/figures/');
  });

  test('link a ledger figure to its row on its article page', () => {
    expect(paths.figurePath('jordan-demands-the-national#2')).toBe('/articles/jordan-demands-the-national/#figure-2');
  });

  test('put country codes in lower case', () => {
    expect(paths.countryPath()).toBe('/countries/');
    expect(paths.countryPath('IQ')).toBe('/countries/iq/');
    expect(paths.rssPath('JO')).toBe('/countries/jo/rss.xml');
    expect(paths.countryFiguresPath('IN')).toBe('/countries/in/figures/');
    expect(paths.countryStoriesPath('IN')).toBe('/countries/in/stories/');
    expect(paths.countrySourcesPath('IN')).toBe('/countries/in/sources/');
  });

  test('name the site-wide feeds', () => {
    expect(paths.rssPath()).toBe('/rss.xml');
    expect(paths.jsonFeedPath()).toBe('/feed.json');
  });
});
