/** Memoizing per object: a value computed once per list, entry or site data, for all the pages of one build. */

/**
 * `compute(key, ...rest)` once per `key` object: later calls with the same key get the first result, whatever their
 * other arguments (they must not change it: the callers pass the same helpers every time).
 */
export function once<K extends object, A extends unknown[], V>(
  compute: (key: K, ...rest: A) => V,
): (key: K, ...rest: A) => V {
  const seen = new WeakMap<K, V>();
  return (key, ...rest) => {
    if (seen.has(key)) return seen.get(key) as V;
    const value = compute(key, ...rest);
    seen.set(key, value);
    return value;
  };
}
