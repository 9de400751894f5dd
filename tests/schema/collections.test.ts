import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { outletSchema, storySchema, topicSchema } from '../../src/schema/index.ts';

function issues(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('outletSchema', () => {
  const outlet = { name: 'Example Gazette (fixture)', languages: ['en'] };

  test('accepts a minimal outlet and a full one', () => {
    expect(outletSchema.parse(outlet)).toEqual(outlet);
    const full = {
      ...outlet,
      homepage: 'https://www.example.org/',
      country: 'GB',
      kind: 'NGO or research',
      notes: 'Made up.',
    };
    expect(outletSchema.parse(full)).toEqual(full);
  });

  test('requires at least one valid language', () => {
    expect(issues(outletSchema, { ...outlet, languages: [] })).toEqual(['languages: at least one language']);
    expect(issues(outletSchema, { ...outlet, languages: ['english'] })).toEqual([
      'languages.0: "english" is not an ISO 639-1 language code',
    ]);
  });

  test('rejects an unknown kind, a javascript: homepage and a lower-case country', () => {
    expect(issues(outletSchema, { ...outlet, kind: 'blog' })[0]).toMatch(/^kind: expected one of: newspaper, /);
    expect(issues(outletSchema, { ...outlet, homepage: 'javascript:alert(1)' })).toEqual([
      'homepage: expected an absolute http:// or https:// URL',
    ]);
    expect(issues(outletSchema, { ...outlet, country: 'gb' })).toEqual([
      'country: country code must be upper case: "GB"',
    ]);
  });

  test('rejects an unknown key and a missing name', () => {
    expect(issues(outletSchema, { ...outlet, url: 'https://example.org/' })[0]).toMatch(/url/);
    expect(issues(outletSchema, { languages: ['en'] }).map((i) => i.split(':')[0])).toEqual(['name']);
  });
});

describe('storySchema', () => {
  const story = { title: 'Fixture story', date: '2025-11', summary: 'A made-up event.' };

  test('accepts a story dated at any precision', () => {
    expect(storySchema.parse(story)).toEqual(story);
    expect(storySchema.parse({ ...story, date: 2025 }).date).toBe('2025');
  });

  test('rejects an impossible date, a missing summary and an over-long summary', () => {
    expect(issues(storySchema, { ...story, date: '2025-02-30' })).toEqual(['date: not a real calendar date']);
    expect(issues(storySchema, { title: story.title, date: story.date }).map((i) => i.split(':')[0])).toEqual([
      'summary',
    ]);
    expect(issues(storySchema, { ...story, summary: 'x'.repeat(601) })).toEqual([
      'summary: must be at most 600 characters',
    ]);
  });

  test('rejects an unknown key', () => {
    expect(issues(storySchema, { ...story, articles: [] })[0]).toMatch(/articles/);
  });
});

describe('topicSchema', () => {
  test('accepts a title and description', () => {
    expect(topicSchema.parse({ title: 'Casualties', description: 'Made up.' })).toEqual({
      title: 'Casualties',
      description: 'Made up.',
    });
  });

  test('rejects an empty description, an over-long title and an unknown key', () => {
    expect(issues(topicSchema, { title: 'Casualties', description: ' ' })).toEqual(['description: must not be empty']);
    expect(issues(topicSchema, { title: 'x'.repeat(81), description: 'd' })).toEqual([
      'title: must be at most 80 characters',
    ]);
    expect(issues(topicSchema, { title: 't', description: 'd', order: 1 })[0]).toMatch(/order/);
  });
});
