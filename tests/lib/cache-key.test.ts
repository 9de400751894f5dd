import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cacheKey, stableJson } from '../../src/lib/cache-key.ts';

describe('stableJson', () => {
  test('gives equal text for equal data whatever the order of keys, Map entries or Set members', () => {
    expect(stableJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(stableJson({ a: [1, { c: 3, d: 2 }], b: 1 }));
    expect(
      stableJson(
        new Map([
          ['x', 1],
          ['y', 2],
        ]),
      ),
    ).toBe(
      stableJson(
        new Map([
          ['y', 2],
          ['x', 1],
        ]),
      ),
    );
    expect(stableJson(new Set(['p', 'q']))).toBe(stableJson(new Set(['q', 'p'])));
  });

  test('tells apart what JSON would merge: undefined from a missing key, array order, a Map from an object', () => {
    expect(stableJson({ a: undefined })).not.toBe(stableJson({}));
    expect(stableJson([1, 2])).not.toBe(stableJson([2, 1]));
    expect(stableJson(new Map([['a', 1]]))).not.toBe(stableJson({ a: 1 }));
    expect(stableJson(new Set(['a']))).not.toBe(stableJson(['a']));
    expect(stableJson(new Date('2025-01-02T00:00:00Z'))).toBe('"2025-01-02T00:00:00.000Z"');
  });

  test('refuses values it cannot key', () => {
    expect(() => stableJson({ f: () => 1 })).toThrow(/cannot key a function/);
  });
});

describe('cacheKey', () => {
  test('is the same for equal data and differs when any leaf changes', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.string(), (value, extra) => {
        const reordered = Object.fromEntries(Object.entries(value).reverse());
        expect(cacheKey(reordered)).toBe(cacheKey(value));
        const [first] = Object.keys(value);
        const changed = { ...value, [first as string]: { was: value[first as string] ?? null, extra } };
        expect(cacheKey(changed)).not.toBe(cacheKey(value));
      }),
    );
  });

  test('keys its parts in order', () => {
    expect(cacheKey('a', 'b')).not.toBe(cacheKey('b', 'a'));
    expect(cacheKey('a', 'b')).toMatch(/^[\w-]{43}$/);
  });
});
