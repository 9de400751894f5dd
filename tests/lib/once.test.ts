import { describe, expect, test } from 'vitest';
import { once } from '../../src/lib/once.ts';

describe('once', () => {
  test('computes once per key object and returns the first result after', () => {
    let calls = 0;
    const length = once((list: readonly number[], extra: number) => {
      calls++;
      return list.length + extra;
    });
    const list = [1, 2, 3];
    expect(length(list, 0)).toBe(3);
    expect(length(list, 10)).toBe(3);
    expect(length([1, 2, 3], 10)).toBe(13);
    expect(calls).toBe(2);
  });

  test('remembers undefined results too', () => {
    let calls = 0;
    const nothing = once((_key: object) => void calls++);
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});
