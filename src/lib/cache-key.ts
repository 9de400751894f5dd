/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned by `getStaticPaths()`
 * with a `cacheKey` is copied from the previous build when its key and its code are unchanged. A key must therefore
 * change whenever anything the page shows changes: it is a digest of every value the page reads.
 */
import { createHash } from 'node:crypto';

/**
 * The values as JSON with object keys sorted, Maps as sorted [key, value] pairs, Sets as sorted arrays and
 * `undefined` kept apart from a missing key, so equal data gives equal text whatever its insertion order.
 */
export function stableJson(value: unknown): string {
  if (value === undefined) return '"\\u0000undefined"';
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol')
      throw new TypeError(`cannot key a ${typeof value}`);
    return JSON.stringify(value);
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value instanceof Map) {
    const pairs = [...value].map(([k, v]) => [stableJson(k), stableJson(v)] as const);
    return `{"\\u0000map":[${pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `[${k},${v}]`)}]}`;
  }
  if (value instanceof Set) return `{"\\u0000set":[${[...value].map(stableJson).sort()}]}`;
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** A short digest of `parts` (sha-256 of their stable JSON, base64url): the page's cache key. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(stableJson(parts)).digest('base64url');
}
