import { describe, expect, test } from 'vitest';
import { outletNamer } from '../../src/lib/outlets.ts';

describe('outletNamer', () => {
  test('names a known outlet and shows an unknown id as itself', () => {
    const name = outletNamer(new Map([['bbc-news', { data: { name: 'BBC News' } }]]));
    expect(name('bbc-news')).toBe('BBC News');
    expect(name('missing')).toBe('missing');
  });
});
